// The audit writer's SQLite connection and its WAL checkpoint passes, shared by the two writers
// that run AuditLog in overlap mode: the audit worker (worker.ts) and the inline writer
// (inline-log.ts). One place for the policy, so the two modes cannot drift apart.
//
// Policy: a checkpoint pass is asked for once `passPages` pages were written AND the writer is
// idle (nothing queued, unsynced or syncing; the caller checks after its acknowledgements went
// out, so a pass never delays one) AND the load is light (the last transaction carried at most
// LIGHT_BATCH records). Under heavy load the writer is never really idle: a pass would only race
// its commits for the disk (measured: closed-loop throughput fell ~30 %), so the writer's own
// threshold checkpoints, once per `writerBoundPages`. Two phases: the checkpointer thread's
// PASSIVE pass copies the bulk of the WAL beside the commits; then, at the next idle moment, the
// writer copies the few frames committed during that pass itself (no writer can overlap its own
// checkpoint), which leaves the WAL fully copied, so SQLite starts it over at the next write: the
// WAL stays ~passPages long and every fdatasync overwrites allocated blocks. A bulk pass alone left
// the WAL growing (a commit overlapped almost every pass at 200 requests/s) and measured slower
// fdatasyncs.
// Misses: see checkpointer.ts. Cost: one small thread; `maybePass` is a few comparisons.
// Failure mode: opening throws if the file is unusable; if the checkpointer thread fails, the
// writer's automatic threshold falls back to SQLite's default (1000 pages); a failing tail copy is
// ignored (appends report their own errors).

import { SqliteAuditStore } from '../store/audit-sqlite.js';
import type { WalCheckpointer } from './checkpointer.js';
import { startWalCheckpointer } from './checkpointer.js';

/** Transactions of at most this many records count as light load (idle checkpoint passes allowed). */
export const LIGHT_BATCH = 16;

export interface WriterStoreOptions {
  readonly dbPath: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly maxBytes?: number;
  /** Checkpoint passes on their own thread; undefined: SQLite's automatic checkpoints only. */
  readonly wal?: { readonly passPages: number; readonly writerBoundPages: number };
}

export class WriterStore {
  readonly store: SqliteAuditStore;
  readonly checkpointer: WalCheckpointer | undefined;
  private readonly wal: WriterStoreOptions['wal'];
  /** A bulk pass finished; the writer still has to copy the tail itself (see maybePass). */
  private tailDue = false;
  private passedAt = 0;

  /** `onPass`: a thread pass ended; call maybePass at the writer's next idle moment. */
  constructor(opts: WriterStoreOptions, onPass: () => void) {
    const wal = opts.wal;
    this.wal = wal;
    const store = new SqliteAuditStore(opts.dbPath, {
      synchronous: opts.synchronous,
      ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
      ...(wal ? { autoCheckpointPages: wal.writerBoundPages } : {}),
    });
    this.store = store;
    this.checkpointer = wal
      ? startWalCheckpointer({
          dbPath: opts.dbPath,
          synchronous: opts.synchronous,
          // INVARIANT: without the checkpointer the writer checkpoints at SQLite's default again.
          onFail: () => {
            try {
              store.setAutoCheckpoint(1000);
            } catch {
              // The store is closed or broken: appends report that themselves.
            }
          },
          onPass: () => {
            this.tailDue = true;
            onPass();
          },
        })
      : undefined;
  }

  /** The policy above; `idle`: the writer has nothing queued, unsynced or syncing. */
  maybePass(idle: boolean): void {
    const wal = this.wal;
    if (!this.checkpointer || !wal || !idle) return;
    if (this.tailDue) {
      this.tailDue = false;
      try {
        this.store.checkpointWal();
      } catch {
        // Busy or failing disk: the writer's own threshold still bounds the WAL; appends report errors.
      }
      return;
    }
    if (this.store.lastBatchRecords > LIGHT_BATCH || this.store.pagesWritten - this.passedAt < wal.passPages) return;
    if (this.checkpointer.request()) this.passedAt = this.store.pagesWritten;
  }

  /** Stop the checkpointer thread, then close the writer's connection. */
  async close(): Promise<void> {
    await this.checkpointer?.stop();
    await this.store.close();
  }
}
