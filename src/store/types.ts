// Narrow storage interfaces (DESIGN.md "Storage"). The embedded SQLite implementations live next to
// this file; a PostgreSQL implementation must pass the same suites.
//
// This module holds types only: no I/O, no cost, no failure mode of its own.

// ---------------------------------------------------------------------------------------------
// Audit

/** One stored audit record. `body` is the RFC 8785 canonical JSON of the record (including its
 * `seq` and `prev`); `hash` is the hex SHA-256 of exactly those bytes. */
export interface AuditRow {
  readonly seq: number;
  /** Milliseconds since the epoch (copied from the body; indexed for retention and tail). */
  readonly time: number;
  readonly kind: string;
  readonly hash: string;
  readonly body: string;
}

/** A signed statement "the record with sequence `seq` has hash `hash`". */
export interface AuditCheckpointRow {
  readonly seq: number;
  readonly time: number;
  readonly hash: string;
  readonly keyId: string;
  /** Base64url Ed25519 signature over the canonical checkpoint statement (src/audit/chain.ts). */
  readonly signature: string;
}

/** The chain's tip as the store last committed it. `seq` is 0 and `hash` the genesis hash for an
 * empty log. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
  /** Sequence number and time of the newest checkpoint (0 when none). */
  readonly checkpointSeq: number;
  readonly checkpointTime: number;
}

export interface AuditBatch {
  readonly records: readonly AuditRow[];
  readonly checkpoints: readonly AuditCheckpointRow[];
}

export interface AuditRange {
  /** First sequence number (inclusive). */
  readonly fromSeq?: number;
  /** Last sequence number (inclusive). */
  readonly toSeq?: number;
  readonly limit?: number;
}

/**
 * Append-only storage of the audit chain.
 *
 * INVARIANT: `append` runs `build` with the committed head and writes what it returns in ONE
 * transaction; the promise resolves only after that transaction committed durably, and rejects
 * (promptly, never hangs on an error) when it did not. A store shared by several writers must
 * serialize `append` calls (e.g. a row lock on the head) so `build` always sees the true head.
 */
export interface AuditStore {
  append(build: (head: AuditHead) => AuditBatch): Promise<AuditBatch>;
  head(): Promise<AuditHead>;
  /** Records in ascending `seq` order. */
  records(range?: AuditRange): AsyncIterable<AuditRow>;
  /** The newest `n` records, ascending. */
  tail(n: number): Promise<AuditRow[]>;
  /** All checkpoints, ascending. */
  checkpoints(): Promise<AuditCheckpointRow[]>;
  /** Highest checkpoint seq such that every record before it is older than `cutoffTime`. */
  retentionBoundary(cutoffTime: number): Promise<number | undefined>;
  /** Delete records and checkpoints with `seq < keepFrom`. Returns the number of records deleted. */
  prune(keepFrom: number): Promise<number>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Session state (src/session/state.ts keeps a write-through cache in front of this store)

/** What one stored session value records. */
export type SessionValueKind = 'untrusted' | 'sensitive' | 'tenant' | 'tool' | 'fingerprint';

export interface SessionValue {
  readonly kind: SessionValueKind;
  /** An untrusted source, a sensitive data kind, a tenant, a tool id, or a keyed fingerprint
   * (HMAC of a value: never the value in clear). */
  readonly value: string;
  /** For fingerprints, the entity (`api_key`, `ssn`, …); '' otherwise. */
  readonly detail: string;
}

export interface StoredSession {
  readonly id: string;
  readonly created: number;
  /** Last activity the store was told about (milliseconds since the epoch). */
  readonly touched: number;
  readonly values: readonly SessionValue[];
}

/**
 * Storage of per-session taint and of the cross-tenant fingerprint table.
 *
 * INVARIANT: synchronous, and `save` is one transaction: after it returns, the values survive a
 * process restart (the SQLite store commits in WAL mode with synchronous=NORMAL, so a power loss
 * may lose the last commits but a crash does not). Values are only ever added to a session; a
 * session disappears as a whole (`delete`, `prune`). A store for several replicas (Redis) needs an
 * asynchronous variant behind the same cache; this interface is the embedded one.
 */
export interface StateStore {
  /** The session with all its values, or undefined when absent. */
  load(session: string): StoredSession | undefined;
  /** Create the session if absent, set `touched`, add `values` (already present ones are kept). */
  save(session: string, touched: number, values: readonly SessionValue[]): void;
  delete(session: string): void;
  /** Delete sessions idle since before `cutoff`, then the least recently touched beyond
   * `maxSessions`, then the oldest fingerprint-table rows beyond `maxFingerprints`. Returns the
   * number of sessions deleted. */
  prune(cutoff: number, maxSessions: number, maxFingerprints: number): number;
  /** Number of stored sessions. */
  count(): number;
  /** The tenant whose traffic first carried this fingerprint. */
  firstTenant(fingerprint: string): string | undefined;
  /** Record the first tenant of a fingerprint; an existing entry is never replaced. */
  setFirstTenant(fingerprint: string, tenant: string, time: number): void;
}
