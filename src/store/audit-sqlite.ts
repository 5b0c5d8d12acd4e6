// The embedded AuditStore: two tables in `<dataDir>/audit.db` (WAL).
//
// What it does: appends a batch of chained records (and any checkpoints) in one transaction, reads
// them back in order, prunes up to a checkpoint. The chain itself (hashes, signatures) is built by
// src/audit; this file only persists it.
// Durability: `synchronous: 'FULL'` (default) means an append resolves only after its commit is on
// disk; `appendStaged` splits the two phases (committed now, the sync as a promise) for the audit
// log's written/durable acknowledgement (docs/audit.md "Durability"). SQLite's own FULL mode would fsync the WAL inside the commit, on the event loop (~4 ms
// per commit on a VM disk, ~40 ms at p99, stalling every request). Instead the connection runs
// with synchronous=NORMAL and the store fdatasyncs the WAL file itself on the libuv threadpool
// after the commit and before resolving — the same extra WAL sync SQLite's FULL adds ("an
// additional sync of the WAL file after each transaction commit"), without blocking the loop;
// appends arriving meanwhile form the next group commit. `'NORMAL'`: no per-commit sync (survives
// a process crash, not a power loss).
// Misses: the UPDATE trigger stops accidents, not an attacker with write access to the file —
// tamper evidence comes from the hash chain and signed checkpoints, not from here.
// Cost: one prepared INSERT per 16 records (then one per remaining record) inside one transaction
// per batch, one fdatasync per commit off the calling thread's loop. WAL checkpoints: with
// `checkpoints: 'auto'` SQLite's automatic ones (every ~1000 pages) run inside a commit on the
// calling thread; the runtime's audit worker opens the store with `'external'` and leaves them to
// src/audit/checkpointer.ts on another thread, so no commit waits for a database-file fsync.
// Failure mode: better-sqlite3 is synchronous, so a write error (SQLITE_FULL, SQLITE_READONLY,
// closed database, I/O error) throws inside `append` and the promise rejects at once; the cached
// head is updated only after a successful commit. A failed WAL sync rejects the batch (its records
// are committed but not known durable, so the requests are refused — fail closed) AND breaks the
// store for good: Linux reports a write-back error to one fdatasync only (a later one on the same
// file succeeds although frames before it were lost, and SQLite's WAL recovery stops at the first
// bad frame, taking every later commit with it), so after one failed sync no later sync — nor one
// running beside it — can vouch for anything; every later append rejects until a restart.

import { open as openFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type Database from 'better-sqlite3';
import type { SqliteDatabase } from './sqlite.js';
import { openDatabase } from './sqlite.js';
import type { AuditBatch, AuditCheckpointRow, AuditHead, AuditRange, AuditRow, AuditStore } from './types.js';

export const GENESIS_HASH = '0'.repeat(64);
const ROWS_PER_INSERT = 16;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_records (
  seq   INTEGER PRIMARY KEY,
  time  INTEGER NOT NULL,
  kind  TEXT NOT NULL,
  hash  TEXT NOT NULL,
  body  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_records_time ON audit_records(time);
CREATE TABLE IF NOT EXISTS audit_checkpoints (
  seq       INTEGER PRIMARY KEY,
  time      INTEGER NOT NULL,
  hash      TEXT NOT NULL,
  key_id    TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
`;

interface CheckpointDbRow {
  seq: number;
  time: number;
  hash: string;
  key_id: string;
  signature: string;
}

export interface SqliteAuditStoreOptions {
  readonly readonly?: boolean;
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** Upper bound on the database file size; appends beyond it fail with SQLITE_FULL (bounded
   * disk use, and how tests simulate a full disk). */
  readonly maxBytes?: number;
  /**
   * WAL pages after which SQLite checkpoints inside a commit on this connection (default 1000,
   * SQLite's). The audit worker raises it and checkpoints from another thread at idle moments
   * (src/audit/checkpointer.ts); the threshold then only bounds the WAL.
   */
  readonly autoCheckpointPages?: number;
}

export class SqliteAuditStore implements AuditStore {
  private readonly db: SqliteDatabase;
  private cached: AuditHead;
  private readonly insertRecord: Database.Statement<[number, number, string, string, string]>;
  /** INSERT of ROWS_PER_INSERT records at once: ~30% less CPU per row than one INSERT each. */
  private readonly insertRecords: Database.Statement<(number | string)[]>;
  private readonly insertCheckpoint: Database.Statement<[number, number, string, string, string]>;
  private readonly tx: Database.Transaction<(build: (head: AuditHead) => AuditBatch) => AuditBatch>;

  private readonly walPath: string;
  /** Sync the WAL after each commit ourselves (FULL durability off the event loop). */
  private readonly syncWal: boolean;
  private wal: Promise<FileHandle> | undefined;
  /** Set by the first failed WAL sync: from then on nothing is acknowledged (see the header). */
  private syncFailed: Error | undefined;
  /** Write transactions committed by `append` on this connection (benchmarks, tests). */
  commits = 0;
  /**
   * An estimate of the WAL pages `append` has written (each record's body, plus the table and index
   * leaf pages every transaction rewrites). The audit worker paces its checkpoint passes on it.
   */
  pagesWritten = 0;
  /** Records the last `append` committed (the audit worker reads it as a load signal). */
  lastBatchRecords = 0;
  private pageSize = 4096;

  constructor(path: string, opts: SqliteAuditStoreOptions = {}) {
    this.walPath = `${path}-wal`;
    this.syncWal = !opts.readonly && (opts.synchronous ?? 'FULL') === 'FULL';
    this.db = openDatabase(path, {
      ...(opts.readonly !== undefined ? { readonly: opts.readonly } : {}),
      // INVARIANT: with syncWal the per-commit WAL sync is done by append(); see the header.
      synchronous: this.syncWal ? 'NORMAL' : (opts.synchronous ?? 'FULL'),
    });
    try {
      if (!opts.readonly) this.db.exec(SCHEMA);
      if (opts.autoCheckpointPages !== undefined && !opts.readonly) this.setAutoCheckpoint(opts.autoCheckpointPages);
      this.pageSize = Number(this.db.pragma('page_size', { simple: true })) || 4096;
      if (opts.maxBytes !== undefined) {
        this.db.pragma(`max_page_count = ${Math.max(1, Math.floor(opts.maxBytes / this.pageSize))}`);
      }
      this.cached = this.readHead();
      // Statements on a read-only handle still prepare; running them throws SQLITE_READONLY.
      this.insertRecord = this.db.prepare('INSERT INTO audit_records (seq, time, kind, hash, body) VALUES (?, ?, ?, ?, ?)');
      this.insertRecords = this.db.prepare(
        `INSERT INTO audit_records (seq, time, kind, hash, body) VALUES ${Array.from({ length: ROWS_PER_INSERT }, () => '(?, ?, ?, ?, ?)').join(', ')}`,
      );
      this.insertCheckpoint = this.db.prepare('INSERT INTO audit_checkpoints (seq, time, hash, key_id, signature) VALUES (?, ?, ?, ?, ?)');
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.tx = this.db.transaction((build: (head: AuditHead) => AuditBatch): AuditBatch => {
      // INVARIANT: the head is read inside the write transaction, not from the cache: another
      // process on the same file (a CLI recording an admin action) may have appended since.
      const batch = build(this.readHead());
      const rs = batch.records;
      let i = 0;
      for (; i + ROWS_PER_INSERT <= rs.length; i += ROWS_PER_INSERT) {
        const params: (number | string)[] = [];
        for (const r of rs.slice(i, i + ROWS_PER_INSERT)) params.push(r.seq, r.time, r.kind, r.hash, r.body);
        this.insertRecords.run(...params);
      }
      for (const r of rs.slice(i)) this.insertRecord.run(r.seq, r.time, r.kind, r.hash, r.body);
      for (const c of batch.checkpoints) this.insertCheckpoint.run(c.seq, c.time, c.hash, c.keyId, c.signature);
      return batch;
    });
  }

  /**
   * `PRAGMA wal_checkpoint(PASSIVE)` on this connection, now (synchronous: syncs the WAL and the
   * database file). Returns SQLite's frame counts.
   */
  checkpointWal(): { busy: number; log: number; checkpointed: number } {
    const r = (this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[])[0];
    return r ?? { busy: 1, log: -1, checkpointed: -1 };
  }

  /** WAL pages after which SQLite checkpoints inside a commit on this connection (0: never). */
  setAutoCheckpoint(pages: number): void {
    this.db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(pages))}`);
  }

  private lastRecord: Database.Statement | undefined;
  private lastCheckpoint: Database.Statement | undefined;

  private readHead(): AuditHead {
    this.lastRecord ??= this.db.prepare('SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1');
    this.lastCheckpoint ??= this.db.prepare('SELECT seq, time FROM audit_checkpoints ORDER BY seq DESC LIMIT 1');
    const last = this.lastRecord.get() as { seq: number; hash: string } | undefined;
    const cp = this.lastCheckpoint.get() as { seq: number; time: number } | undefined;
    return { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH, checkpointSeq: cp?.seq ?? 0, checkpointTime: cp?.time ?? 0 };
  }

  append(build: (head: AuditHead) => AuditBatch): Promise<AuditBatch> {
    let staged: { batch: AuditBatch; durable: Promise<void> | undefined };
    try {
      staged = this.appendStaged(build);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    const { batch, durable } = staged;
    return durable ? durable.then(() => batch) : Promise.resolve(batch);
  }

  /**
   * Two-phase append: commits now (synchronously; throws when the commit fails) — the batch is
   * then WRITTEN: in the WAL, visible to other connections, and it survives a process crash —
   * and returns the promise of its WAL sync (`durable`; undefined with `synchronous: 'NORMAL'`,
   * where written is all there is). A failed sync rejects `durable` and breaks the store (header).
   */
  appendStaged(build: (head: AuditHead) => AuditBatch, sync = true): { batch: AuditBatch; durable: Promise<void> | undefined } {
    if (this.syncFailed) throw this.syncFailed;
    const batch = this.commit(build);
    return { batch, durable: this.syncWal && sync ? this.walSync() : undefined };
  }

  /** Whether commits need a WAL sync to be durable (FULL). */
  get syncsWal(): boolean {
    return this.syncWal;
  }

  /**
   * Sync the WAL now: covers every commit made before the call (a batch appended with
   * `appendStaged(build, false)`, whose sync was deferred). Resolves at once with NORMAL.
   */
  syncStaged(): Promise<void> {
    if (this.syncFailed) return Promise.reject(this.syncFailed);
    return this.syncWal ? this.walSync() : Promise.resolve();
  }

  /** fdatasync the WAL file (the file exists once the first commit wrote to it). */
  protected async walSync(): Promise<void> {
    this.wal ??= openFile(this.walPath, 'r');
    let fh: FileHandle;
    try {
      fh = await this.wal;
    } catch (err) {
      this.wal = undefined;
      throw err;
    }
    try {
      await fh.datasync();
    } catch (err) {
      this.syncFailed ??= new Error(`a WAL sync failed; no later record can be confirmed durable: ${err instanceof Error ? err.message : String(err)}`);
      throw err;
    }
    // INVARIANT: a sync that ran beside a failed one cannot vouch for its frames either.
    if (this.syncFailed) throw this.syncFailed;
  }

  private commit(build: (head: AuditHead) => AuditBatch): AuditBatch {
    // `immediate` takes the write lock up front so a concurrent writer cannot slip in between
    // reading the head and inserting (relevant when two processes share the file).
    const batch = this.tx.immediate(build);
    this.commits += 1;
    let bytes = 0;
    for (const r of batch.records) bytes += r.body.length + 100;
    this.pagesWritten += 2 + Math.ceil(bytes / this.pageSize);
    this.lastBatchRecords = batch.records.length;
    const lastRec = batch.records[batch.records.length - 1];
    const lastCp = batch.checkpoints[batch.checkpoints.length - 1];
    this.cached = {
      seq: lastRec?.seq ?? this.cached.seq,
      hash: lastRec?.hash ?? this.cached.hash,
      checkpointSeq: lastCp?.seq ?? this.cached.checkpointSeq,
      checkpointTime: lastCp?.time ?? this.cached.checkpointTime,
    };
    return batch;
  }

  head(): Promise<AuditHead> {
    return Promise.resolve(this.cached);
  }

  /** Re-read the head from the file (another process may have appended). */
  refresh(): AuditHead {
    this.cached = this.readHead();
    return this.cached;
  }

  records(range: AuditRange = {}): AsyncIterable<AuditRow> {
    // Wraps the sync cursor: the statement stays open while the consumer awaits, which is fine
    // for a WAL reader (it pins a snapshot, never blocks the writer). Stopping early must call
    // the iterator's return() (for-await does) to release the statement.
    const it = this.recordsSync(range);
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.resolve(it.next()),
        return: () => Promise.resolve(it.return(undefined)),
      }),
    };
  }

  *recordsSync(range: AuditRange = {}): Generator<AuditRow> {
    const from = range.fromSeq ?? Number.MIN_SAFE_INTEGER;
    const to = range.toSeq ?? Number.MAX_SAFE_INTEGER;
    const limit = range.limit ?? -1;
    const stmt = this.db.prepare('SELECT seq, time, kind, hash, body FROM audit_records WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?');
    for (const row of stmt.iterate(from, to, limit)) yield row as AuditRow;
  }

  tail(n: number): Promise<AuditRow[]> {
    try {
      const rows = this.db
        .prepare('SELECT seq, time, kind, hash, body FROM audit_records ORDER BY seq DESC LIMIT ?')
        .all(Math.max(0, Math.floor(n))) as AuditRow[];
      return Promise.resolve(rows.reverse());
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  checkpoints(): Promise<AuditCheckpointRow[]> {
    try {
      const rows = this.db.prepare('SELECT seq, time, hash, key_id, signature FROM audit_checkpoints ORDER BY seq').all() as CheckpointDbRow[];
      return Promise.resolve(rows.map((r) => ({ seq: r.seq, time: r.time, hash: r.hash, keyId: r.key_id, signature: r.signature })));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  retentionBoundary(cutoffTime: number): Promise<number | undefined> {
    try {
      const row = this.db
        .prepare(
          `SELECT MAX(c.seq) AS seq FROM audit_checkpoints c
           WHERE c.seq <= COALESCE((SELECT MIN(seq) FROM audit_records WHERE time >= ?), (SELECT MAX(seq) FROM audit_records))`,
        )
        .get(cutoffTime) as { seq: number | null } | undefined;
      return Promise.resolve(row?.seq ?? undefined);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  prune(keepFrom: number): Promise<number> {
    try {
      const run = this.db.transaction((k: number) => {
        const r = this.db.prepare('DELETE FROM audit_records WHERE seq < ?').run(k);
        this.db.prepare('DELETE FROM audit_checkpoints WHERE seq < ?').run(k);
        return r.changes;
      });
      return Promise.resolve(run.immediate(keepFrom));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
    const wal = this.wal;
    this.wal = undefined;
    if (wal) await wal.then((fh) => fh.close()).catch(() => undefined);
  }
}
