// Human approval gates (DESIGN.md "Decisions"): a forbid annotated @approval holds a call for a
// human instead of denying it. An approval is bound to the principal, action, resource and the
// exact arguments (sha256 of their RFC 8785 canonical JSON), and releases exactly one call.
//
// Lifecycle: pending -> approved | denied | expired;  approved -> used (by consume) | expired.
// Misses: no notification channel (callers poll with `wait`); a Redis-backed store for several
// replicas is future work behind the same interface.
// Cost: every operation is one indexed SQLite statement; `wait` polls every `pollMs`.
// Failure mode: SQLite errors propagate (the authorizer's caller fails closed); an expired
// approval never releases a call, and `wait` resolves it as `expired`, which callers treat as deny.
// Secrets: the preview a reviewer reads is stored with every credential the `secrets` detector
// finds masked (`[REDACTED:<entity>]`), so state.db never holds a held call's keys in clear; the
// hash binding the approval is over the real arguments. PII stays visible: the reviewer needs to
// see who a call is addressed to in order to decide it.

import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import canonicalizeModule from 'canonicalize';
import { PaviseError } from '../engine/errors.js';
import type { SqliteDatabase } from '../store/sqlite.js';
import { openDatabase } from '../store/sqlite.js';
import { scanSecrets } from '../detect/secrets/index.js';

// The package is CommonJS (`module.exports = fn`) but its typings declare an ES default export;
// under NodeNext the default import IS the function at runtime.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;

export type ApprovalStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'used';

export interface Approval {
  readonly id: string;
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly argsHash: string;
  /** Canonical JSON of the arguments, for the human reviewer; truncated past MAX_ARGS_PREVIEW. */
  readonly argsPreview: string;
  readonly reason: string;
  readonly status: ApprovalStatus;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly decidedAt?: number;
  readonly decidedBy?: string;
  readonly usedAt?: number;
}

export interface DecideResult {
  readonly approval: Approval;
  readonly changed: boolean;
}

export interface CreateApproval {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly args: unknown;
  readonly reason: string;
  readonly ttlMs: number;
}

export interface ApprovalStore {
  create(req: CreateApproval): Promise<Approval>;
  get(id: string): Promise<Approval | undefined>;
  list(filter?: { status?: ApprovalStatus; limit?: number }): Promise<Approval[]>;
  /** Decide a pending approval. Rejects with PAVISE_NOT_FOUND for an unknown id; `changed` is false
   * (and the approval as it stands is returned) when it was no longer pending. */
  decide(id: string, decision: 'approved' | 'denied', by: string): Promise<DecideResult>;
  /** Atomically mark one approved, unexpired approval for exactly these arguments as used. */
  consume(principal: string, action: string, resource: string, argsHash: string): Promise<Approval | undefined>;
  /** A pending, unexpired approval for exactly this call, so a retry does not queue another. */
  findPending(principal: string, action: string, resource: string, argsHash: string): Promise<Approval | undefined>;
  /** Resolve once decided or expired; rejects with an AbortError when `signal` aborts. */
  wait(id: string, opts?: { signal?: AbortSignal; pollMs?: number }): Promise<Approval>;
  close(): void;
}

export const MAX_ARGS_PREVIEW = 16 * 1024;

/** Score from which a secrets finding is masked in a preview (the detector's redact threshold). */
const PREVIEW_MASK_SCORE = 0.5;

/** The reviewer's view of the arguments: credentials masked, then truncated past MAX_ARGS_PREVIEW.
 * Masking runs on the whole canonical JSON before truncation so a key cut at the boundary is
 * still recognised. */
export function previewArgs(json: string): string {
  let out = '';
  let at = 0;
  for (const m of scanSecrets(json)) {
    if (m.score < PREVIEW_MASK_SCORE || m.start < at) continue;
    out += `${json.slice(at, m.start)}[REDACTED:${m.rule.entity}]`;
    at = m.end;
  }
  out += json.slice(at);
  return out.length > MAX_ARGS_PREVIEW ? `${out.slice(0, MAX_ARGS_PREVIEW)}…` : out;
}
export const DEFAULT_APPROVAL_TTL_MS = 15 * 60 * 1000;

/** sha256 of the RFC 8785 canonical JSON of `args` (undefined hashes as `null`). */
export function hashArgs(args: unknown): string {
  return createHash('sha256').update(canonicalJson(args)).digest('hex');
}

function canonicalJson(args: unknown): string {
  try {
    return canonicalize(args === undefined ? null : args) ?? 'null';
  } catch {
    // INVARIANT: unserialisable arguments (cycles, BigInt) get a hash no approval can match.
    return `unserialisable:${randomUUID()}`;
  }
}

interface Row {
  id: string;
  principal: string;
  action: string;
  resource: string;
  args_hash: string;
  args_preview: string;
  reason: string;
  status: string;
  created_at: number;
  expires_at: number;
  decided_at: number | null;
  decided_by: string | null;
  used_at: number | null;
}

function toApproval(r: Row, now: number): Approval {
  let status = r.status as ApprovalStatus;
  // Expiry is also applied on read, so no reader ever sees a stale pending/approved.
  if ((status === 'pending' || status === 'approved') && now >= r.expires_at) status = 'expired';
  return {
    id: r.id,
    principal: r.principal,
    action: r.action,
    resource: r.resource,
    argsHash: r.args_hash,
    argsPreview: r.args_preview,
    reason: r.reason,
    status,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    ...(r.decided_at !== null ? { decidedAt: r.decided_at } : {}),
    ...(r.decided_by !== null ? { decidedBy: r.decided_by } : {}),
    ...(r.used_at !== null ? { usedAt: r.used_at } : {}),
  };
}

export interface SqliteApprovalOptions {
  readonly now?: () => number;
}

/** The embedded store: table `approvals` in `<dataDir>/state.db` (or a given database). */
export class SqliteApprovalStore implements ApprovalStore {
  private readonly db: SqliteDatabase;
  private readonly owned: boolean;
  private readonly now: () => number;

  static open(dataDir: string, opts: SqliteApprovalOptions = {}): SqliteApprovalStore {
    return new SqliteApprovalStore(openDatabase(join(dataDir, 'state.db'), { synchronous: 'NORMAL' }), opts, true);
  }

  constructor(db: SqliteDatabase, opts: SqliteApprovalOptions = {}, owned = false) {
    this.db = db;
    this.owned = owned;
    this.now = opts.now ?? Date.now;
    this.db.exec(`CREATE TABLE IF NOT EXISTS approvals (
      id TEXT PRIMARY KEY,
      principal TEXT NOT NULL,
      action TEXT NOT NULL,
      resource TEXT NOT NULL,
      args_hash TEXT NOT NULL,
      args_preview TEXT NOT NULL,
      reason TEXT NOT NULL,
      status TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      decided_at INTEGER,
      decided_by TEXT,
      used_at INTEGER
    );
    CREATE INDEX IF NOT EXISTS approvals_call ON approvals (principal, action, resource, args_hash, status);
    CREATE INDEX IF NOT EXISTS approvals_status ON approvals (status, created_at);`);
  }

  create(req: CreateApproval): Promise<Approval> {
    if (!(req.ttlMs > 0) || !Number.isFinite(req.ttlMs)) return Promise.reject(new PaviseError('PAVISE_BAD_REQUEST', 'approval ttl must be a positive number of milliseconds'));
    const now = this.now();
    const json = canonicalJson(req.args);
    const row: Row = {
      id: `apr_${randomUUID().replace(/-/g, '')}`,
      principal: req.principal,
      action: req.action,
      resource: req.resource,
      args_hash: hashArgs(req.args),
      args_preview: previewArgs(json),
      reason: req.reason,
      status: 'pending',
      created_at: now,
      expires_at: now + Math.floor(req.ttlMs),
      decided_at: null,
      decided_by: null,
      used_at: null,
    };
    this.db
      .prepare(
        `INSERT INTO approvals (id, principal, action, resource, args_hash, args_preview, reason, status, created_at, expires_at)
         VALUES (@id, @principal, @action, @resource, @args_hash, @args_preview, @reason, @status, @created_at, @expires_at)`,
      )
      .run(row);
    return Promise.resolve(toApproval(row, now));
  }

  private row(id: string): Row | undefined {
    return this.db.prepare('SELECT * FROM approvals WHERE id = ?').get(id) as Row | undefined;
  }

  /** Persist lazily-observed expiry so lists and audits agree with reads. */
  private expire(now: number): void {
    this.db.prepare(`UPDATE approvals SET status = 'expired' WHERE status IN ('pending', 'approved') AND expires_at <= ?`).run(now);
  }

  get(id: string): Promise<Approval | undefined> {
    const r = this.row(id);
    return Promise.resolve(r ? toApproval(r, this.now()) : undefined);
  }

  list(filter: { status?: ApprovalStatus; limit?: number } = {}): Promise<Approval[]> {
    const now = this.now();
    this.expire(now);
    const limit = Math.max(1, Math.min(filter.limit ?? 1000, 10_000));
    const rows = (
      filter.status
        ? this.db.prepare('SELECT * FROM approvals WHERE status = ? ORDER BY created_at DESC, id LIMIT ?').all(filter.status, limit)
        : this.db.prepare('SELECT * FROM approvals ORDER BY created_at DESC, id LIMIT ?').all(limit)
    ) as Row[];
    return Promise.resolve(rows.map((r) => toApproval(r, now)));
  }

  decide(id: string, decision: 'approved' | 'denied', by: string): Promise<DecideResult> {
    const now = this.now();
    const res = this.db
      .prepare(`UPDATE approvals SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'pending' AND expires_at > ?`)
      .run(decision, now, by.slice(0, 200), id, now);
    const r = this.row(id);
    if (!r) return Promise.reject(new PaviseError('PAVISE_NOT_FOUND', `approval ${id}`));
    return Promise.resolve({ approval: toApproval(r, now), changed: res.changes === 1 });
  }

  consume(principal: string, action: string, resource: string, argsHash: string): Promise<Approval | undefined> {
    const now = this.now();
    // INVARIANT: one UPDATE … RETURNING statement: SQLite runs it atomically, so two concurrent
    // calls (even from two processes on the same file) can never both use the same approval.
    const r = this.db
      .prepare(
        `UPDATE approvals SET status = 'used', used_at = @now
         WHERE id = (SELECT id FROM approvals
                     WHERE principal = @principal AND action = @action AND resource = @resource
                       AND args_hash = @argsHash AND status = 'approved' AND expires_at > @now
                     ORDER BY created_at, id LIMIT 1)
         RETURNING *`,
      )
      .get({ now, principal, action, resource, argsHash }) as Row | undefined;
    return Promise.resolve(r ? toApproval(r, now) : undefined);
  }

  findPending(principal: string, action: string, resource: string, argsHash: string): Promise<Approval | undefined> {
    const now = this.now();
    const r = this.db
      .prepare(
        `SELECT * FROM approvals WHERE principal = ? AND action = ? AND resource = ? AND args_hash = ?
           AND status = 'pending' AND expires_at > ? ORDER BY created_at DESC, id LIMIT 1`,
      )
      .get(principal, action, resource, argsHash, now) as Row | undefined;
    return Promise.resolve(r ? toApproval(r, now) : undefined);
  }

  async wait(id: string, opts: { signal?: AbortSignal; pollMs?: number } = {}): Promise<Approval> {
    const pollMs = Math.max(10, opts.pollMs ?? 500);
    for (;;) {
      opts.signal?.throwIfAborted();
      const now = this.now();
      const r = this.row(id);
      if (!r) throw new PaviseError('PAVISE_NOT_FOUND', `approval ${id}`);
      const a = toApproval(r, now);
      if (a.status !== 'pending') {
        if (a.status === 'expired' && r.status !== 'expired') this.expire(now);
        return a;
      }
      await sleep(Math.min(pollMs, Math.max(1, r.expires_at - now)), opts.signal);
    }
  }

  close(): void {
    if (this.owned) this.db.close();
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
