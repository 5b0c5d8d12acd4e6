// Public entry of the audit subsystem: open the embedded log for the runtime, open it read-only
// for the CLI, verify, prune by retention.
//
// `openAudit({dataDir, config})` creates `<dataDir>/audit.db`, `<dataDir>/audit-signing.key` and
// `<dataDir>/audit-hmac.key` (0600) on first start and returns the engine's AuditSink. By default
// the writer is chosen by `audit.writer` (resolveWriter): `worker` — a WorkerAuditLog (sealing and
// SQLite writes on a worker thread, so the event loop never waits for fsync); `inline` — the same
// overlapping, lazily syncing writer on the calling thread (InlineAuditLog: no thread hand-off
// per record, fdatasync still on the threadpool); `auto` (the default) — inline when the process
// may run on one CPU only, worker otherwise; `inThread: true` keeps the plain single-thread log
// (tests, tools). `store` is a
// main-thread connection for readers (tail, verify, admin queries; WAL lets them run beside the
// writer) and for retention's prune.
// Retention (`audit.retentionDays`) runs at open and hourly: it deletes only records before a
// checkpoint, after first appending an `audit.retention` record that states where the log now
// starts, so `verify` can tell retention from removal.
// Misses: single-writer — two gateway processes on one data dir serialize on SQLite's write lock
// but each caches the head, so only one may append (use PostgreSQL for replicas).
// Cost/failure: see log.ts and store/audit-sqlite.ts; opening throws if the files are unusable.

import { join } from 'node:path';
import type { AuditSink } from '../engine/pipeline.js';
import type { PaviseConfig } from '../policy/config.js';
import { SqliteAuditStore } from '../store/audit-sqlite.js';
import type { AuditStore } from '../store/types.js';
import { usableCpus } from '../util/cpus.js';
import type { AuditKeys } from './keys.js';
import { keyIdOf, loadOrCreateKeys, loadPublicKey } from './keys.js';
import type { AuditWriter } from './log.js';
import { AuditLog } from './log.js';
import { WorkerAuditLog } from './worker-log.js';
import { InlineAuditLog } from './inline-log.js';
import type { VerifyResult } from './verify.js';
import { verifyChain } from './verify.js';

export { AuditLog } from './log.js';
export type { AuditLogOptions, AuditWriter } from './log.js';
export { WorkerAuditLog } from './worker-log.js';
export { InlineAuditLog } from './inline-log.js';
export type { InlineAuditLogOptions } from './inline-log.js';
export type { WorkerAuditLogOptions } from './worker-log.js';
export type { AuditRecord, GenericRecordInput, RecordContent } from './record.js';
export type { VerifyProblem, VerifyResult } from './verify.js';
export { verifyChain } from './verify.js';
export { toJsonl, toOcsf } from './export.js';

export const AUDIT_DB_FILE = 'audit.db';

/** `pavise.yaml`'s `audit` section; `synchronous` may be omitted (default `full`). */
export type AuditConfig = Omit<PaviseConfig['audit'], 'synchronous' | 'writer'> & {
  readonly synchronous?: PaviseConfig['audit']['synchronous'];
  readonly writer?: PaviseConfig['audit']['writer'];
};

export interface OpenAuditOptions {
  readonly dataDir: string;
  readonly config: AuditConfig;
  readonly now?: () => number;
  /** Run the writer on the calling thread instead of a worker (tests, short-lived CLI tools). */
  readonly inThread?: boolean;
  /** CPUs this process may run on, for `writer: auto` (default usableCpus(): affinity mask and
   * cgroup CPU quota; tests). */
  readonly cpus?: number;
}

/**
 * `audit.writer` → the writer that runs. `auto` (also when unset): `inline` when the process has
 * less than two CPUs to run on — its affinity mask (`taskset -c 1`, a 1-CPU cpuset) or its cgroup
 * CPU quota (a Kubernetes limit of `1` or `1500m`, `docker --cpus 1.5`), whichever is smaller
 * (src/util/cpus.ts) — `worker` otherwise. Why (docs/audit.md "Writer", session 8): on one CPU the worker cannot run
 * beside the event loop — every record costs two thread hand-offs on the same core plus a clone,
 * and its CPU competes with the loop anyway (measured pinned at 200 requests/s: ~30 % more CPU
 * per request and a higher p50 than inline); with a second CPU the worker keeps the records' CPU
 * off the loop, which measured better latency under machine load and leaves the loop headroom.
 */
export function resolveWriter(writer: AuditConfig['writer'], cpus: number = usableCpus()): 'worker' | 'inline' {
  if (writer === 'worker' || writer === 'inline') return writer;
  // A fractional quota (1.5 CPUs) leaves the worker no whole core of its own either (its CPU is
  // charged to the same quota), so it takes the one-CPU choice; not measured separately.
  return cpus < 2 ? 'inline' : 'worker';
}

export interface OpenedAudit {
  /** Give this to `new Engine({audit: sink})`. Also has `appendRecord` for non-request records. */
  readonly sink: AuditSink & Pick<AuditWriter, 'appendRecord'>;
  readonly log: AuditWriter;
  readonly store: AuditStore;
  readonly keys: AuditKeys;
  /** Resolves once the writer can commit (the worker started and opened the store). */
  ready(): Promise<void>;
  /** Run retention now (no-op without `retentionDays`); returns records deleted. */
  prune(): Promise<number>;
  close(): Promise<void>;
}

export function openAudit(opts: OpenAuditOptions): OpenedAudit {
  const keys = loadOrCreateKeys(opts.dataDir);
  const dbPath = join(opts.dataDir, AUDIT_DB_FILE);
  const synchronous = opts.config.synchronous === 'normal' ? 'NORMAL' : 'FULL';
  // Opened here first (synchronously) so an unusable file throws from openAudit, and the schema
  // exists before the worker connects.
  const store = new SqliteAuditStore(dbPath, { synchronous });
  const now = opts.now ?? Date.now;
  const logOpts = {
    storeBodies: opts.config.storeBodies,
    checkpointEvery: opts.config.checkpointEvery,
    checkpointSeconds: opts.config.checkpointSeconds,
    now,
  };
  let log: AuditWriter;
  try {
    log =
      opts.inThread === true
        ? new AuditLog(store, keys, logOpts)
        : resolveWriter(opts.config.writer, opts.cpus) === 'inline'
          ? new InlineAuditLog(keys, { ...logOpts, dbPath, synchronous })
          : new WorkerAuditLog(keys, { ...logOpts, dbPath, dataDir: opts.dataDir, synchronous });
  } catch (err) {
    void store.close();
    throw err;
  }
  const days = opts.config.retentionDays;
  const prune = async (): Promise<number> => (days === undefined ? 0 : applyRetention(log, store, now() - days * 86_400_000));
  let timer: NodeJS.Timeout | undefined;
  if (days !== undefined) {
    prune().catch(() => undefined);
    timer = setInterval(() => void prune().catch(() => undefined), 3_600_000);
    timer.unref();
  }
  return {
    sink: log,
    log,
    store,
    keys,
    ready: () => (log instanceof WorkerAuditLog ? log.ready() : Promise.resolve()),
    prune,
    close: async () => {
      if (timer) clearInterval(timer);
      await log.close();
      await store.close();
    },
  };
}

/**
 * Delete records older than `cutoff`, but only up to the newest checkpoint that has nothing newer
 * before it. INVARIANT: the `audit.retention` record is committed before anything is deleted, so a
 * crash in between leaves extra records, never an unexplained gap.
 */
export async function applyRetention(log: AuditWriter, store: AuditStore, cutoff: number): Promise<number> {
  await log.flush();
  const boundary = await store.retentionBoundary(cutoff);
  if (boundary === undefined) return 0;
  let first: number | undefined;
  for await (const r of store.records({ limit: 1 })) first = r.seq;
  if (first === undefined || boundary <= first) return 0;
  await log.appendRecord({ kind: 'audit.retention', principal: 'system', data: { keptFrom: boundary, cutoff } });
  return store.prune(boundary);
}

/** Open the log read-only (CLI). Throws when the database does not exist. */
export function openAuditReadonly(dataDir: string): SqliteAuditStore {
  return new SqliteAuditStore(join(dataDir, AUDIT_DB_FILE), { readonly: true });
}

/** Verify a store's chain and checkpoints against the data dir's key (or a PEM public key). */
export async function verifyStore(store: AuditStore, dataDir: string, pubkeyPath?: string): Promise<VerifyResult> {
  const publicKey = loadPublicKey(dataDir, pubkeyPath);
  const checkpoints = await store.checkpoints();
  return verifyChain(store.records(), checkpoints, { publicKey, keyId: keyIdOf(publicKey) });
}
