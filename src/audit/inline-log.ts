// InlineAuditLog: the audit writer on the gateway's own thread (`audit.writer: inline`).
//
// Why: a request costs two audit records (input, then output), and with the worker each is a
// round trip between two threads — main setImmediate → postMessage → worker wake → commit →
// acks postMessage → main wake — on a machine whose cores the main thread, the worker, the
// threadpool and other jobs share. Measured (docs/audit.md "Durability", the Writer entry,
// session 7) those hops, not the CPU of the records, were most of the audit's added latency per
// MCP tools/call. Here the same AuditLog the worker runs (group commit per event-loop turn,
// overlap, lazy sync, one fdatasync per request) runs on the calling thread over its own
// SqliteAuditStore connection: the record is built, sealed and committed inside the append when
// the writer is idle (`eager`, session 8: no event-loop hop before WRITTEN, and an output
// record's sync starts at once), else in the turn after it (group commit), and the WAL fdatasync
// still runs on the libuv threadpool (staged: the answer waits for it, the loop does not). WAL checkpoint passes run on the same small thread as in worker mode
// (checkpointer.ts), asked for at the same idle, light-load moments.
//
// Misses: the CPU of the records (~40–80 µs per record: HMACs, canonical JSON, SHA-256, INSERT)
// is now on the event loop, so at saturation the gateway's ceiling is lower than with the worker;
// and a disk that hangs inside a COMMIT's pwrite (not the fdatasync, which is off-loop) stalls the
// loop — the engine's audit deadline timer cannot fire meanwhile. The worker mode has neither.
// Cost: per batch one transaction on this thread; per transaction one fdatasync on the threadpool.
// Failure mode: as AuditLog — fail closed with PAVISE_AUDIT_UNAVAILABLE (store errors reject that
// batch; a failed WAL sync breaks the store for every later append); opening throws if the file
// is unusable. The checkpointer thread failing only lowers the writer's automatic threshold back.

import type { AuditReceipt, RecordOptions } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';
import type { SqliteAuditStore } from '../store/audit-sqlite.js';
import { WAL_CHECKPOINT_DEFAULTS } from './checkpointer.js';
import type { AuditKeys } from './keys.js';
import type { AuditLogOptions, AuditWriter } from './log.js';
import { AuditLog } from './log.js';
import type { GenericRecordInput } from './record.js';
import { WriterStore } from './writer-store.js';

export interface InlineAuditLogOptions extends Omit<AuditLogOptions, 'overlap' | 'lazySync' | 'onSettle' | 'eager'> {
  /** Commit at once inside `append` when the writer is idle (AuditLog `eager`; default true). */
  readonly eager?: boolean;
  /** The SQLite file to write (a connection of its own: readers may hold cursors on theirs). */
  readonly dbPath: string;
  readonly synchronous?: 'FULL' | 'NORMAL';
  readonly maxBytes?: number;
  /** As WorkerAuditLogOptions.walCheckpoints (default WAL_CHECKPOINT_DEFAULTS; false: SQLite's own). */
  readonly walCheckpoints?: { readonly passPages: number; readonly writerBoundPages: number } | false;
}

export class InlineAuditLog implements AuditWriter {
  /** The writer's connection (tests and benches read its counters). */
  readonly store: SqliteAuditStore;
  private readonly writer: WriterStore;
  private readonly log: AuditLog;
  private passScheduled = false;
  private closing: Promise<void> | undefined;

  constructor(keys: AuditKeys, opts: InlineAuditLogOptions) {
    const wal = opts.walCheckpoints === false ? undefined : (opts.walCheckpoints ?? WAL_CHECKPOINT_DEFAULTS);
    this.writer = new WriterStore(
      {
        dbPath: opts.dbPath,
        synchronous: opts.synchronous ?? 'FULL',
        ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
        ...(wal ? { wal } : {}),
      },
      () => this.schedulePass(),
    );
    this.store = this.writer.store;
    const { dbPath: _p, synchronous: _s, maxBytes: _m, walCheckpoints: _w, eager, ...logOpts } = opts;
    this.log = new AuditLog(this.store, keys, {
      ...logOpts,
      overlap: true,
      lazySync: true,
      eager: eager ?? true,
      onSettle: () => this.schedulePass(),
    });
  }

  /** After the current turn (the acknowledgements' continuations run first, as in the worker). */
  private schedulePass(): void {
    if (!this.writer.checkpointer || this.passScheduled) return;
    this.passScheduled = true;
    setImmediate(() => {
      this.passScheduled = false;
      if (!this.closing) this.writer.maybePass(this.log.idle());
    });
  }

  /** Checkpoint passes run so far (tests, benches). */
  get walPasses(): readonly unknown[] {
    return this.writer.checkpointer?.passes ?? [];
  }

  append(event: Event, verdict: Verdict, opts?: RecordOptions): Promise<AuditReceipt> {
    return this.log.append(event, verdict, opts);
  }

  appendRecord(input: GenericRecordInput): Promise<AuditReceipt> {
    return this.log.appendRecord(input);
  }

  flush(): Promise<void> {
    return this.log.flush();
  }

  checkpoint(): Promise<void> {
    return this.log.checkpoint();
  }

  lagSeconds(): number {
    return this.log.lagSeconds();
  }

  /** Nothing queued, written-but-unsynced or syncing. */
  idle(): boolean {
    return this.log.idle();
  }

  /** Flush, seal the tip with a checkpoint, stop the checkpointer, close the writer's connection. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.log.close();
      await this.writer.close();
    })();
    return this.closing;
  }
}
