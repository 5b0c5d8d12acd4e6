// The messages between WorkerAuditLog (main thread, worker-log.ts) and the audit worker
// (worker.ts), plus a per-thread CPU clock for the benchmark.
//
// Every message is a plain object (structured clone copies data, not classes). No key material
// ever crosses: the worker reads the keys from the data dir itself. Request items carry the
// event's text in clear to the worker, in process memory only; the worker stores keyed digests.
// Cost: the clone is O(size of the event); `threadCpuMicros` is one small /proc read.
// Failure mode: `threadCpuMicros` returns undefined where /proc/thread-self is missing (non-Linux).

import { readFileSync } from 'node:fs';
import type { Event, Verdict } from '../engine/types.js';
import type { CheckpointPass } from './checkpointer.js';
import type { RecordContent } from './record.js';

/** Settings the worker opens its store and log with (no secrets: keys are read from `dataDir`). */
export interface WorkerInit {
  readonly dbPath: string;
  readonly dataDir: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly maxBytes?: number;
  readonly storeBodies: boolean;
  readonly checkpointEvery: number;
  readonly checkpointSeconds: number;
  /** Most records per transaction in the worker (small, so acknowledgements flow in chunks). */
  readonly maxBatch: number;
  readonly maxQueue: number;
  /** The main thread's clock when the log opened (the checkpoint clock starts there). */
  readonly openedAt: number;
  /**
   * WAL checkpoints on their own thread at idle moments (checkpointer.ts): pages written between
   * passes, and the writer's own automatic threshold (the bound). Absent: SQLite's automatic
   * checkpoints inside the writer's commits every 1000 pages.
   */
  readonly walCheckpoints?: { readonly passPages: number; readonly writerBoundPages: number };
}

/** A request record to build in the worker (`id`, `time` decided on the main thread). */
export interface RequestItem {
  readonly k: 'req';
  readonly id: string;
  readonly time: number;
  readonly event: Event;
  readonly verdict: Verdict;
  /**
   * Acknowledge at WRITTEN, durability reported apart (the engine's UNTIL_WRITTEN): 1 = the sync
   * may wait for a covering one (log.ts lazySync), 2 = sync at once (a stream). Absent: the
   * caller waits for durability anyway, so the worker sends one acknowledgement, at durable.
   */
  readonly w?: 1 | 2;
}

/** A record built on the main thread (generic records: rare, need no heavy work). */
export interface ContentItem {
  readonly k: 'rec';
  readonly content: RecordContent;
}

export type WorkerItem = RequestItem | ContentItem;

/** Main → worker. `n` numbers the message; `now` is the main thread's clock (tests inject it). */
export type ToWorker =
  | { readonly t: 'batch'; readonly n: number; readonly now: number; readonly items: readonly WorkerItem[] }
  | { readonly t: 'checkpoint'; readonly n: number; readonly now: number }
  | { readonly t: 'stats'; readonly n: number; readonly now: number }
  /** Sync every lazily synced transaction now (a surface is about to answer); no reply. */
  | { readonly t: 'sync'; readonly now: number }
  | { readonly t: 'close'; readonly n: number; readonly now: number };

export interface WorkerStats {
  /** Group commits (write transactions) so far. */
  readonly transactions: number;
  /** CPU time of the worker thread so far (µs), when the OS tells it. */
  readonly cpuMicros: number | undefined;
  /** WAL checkpoint passes that copied frames, newest last (at most 64), when the checkpointer runs. */
  readonly walPasses?: readonly CheckpointPass[];
}

/**
 * Worker → main. `acks` settles items as their transactions are WRITTEN (committed), several
 * messages' worth at once: item `i[k]` of message `n[k]` got seq `r[k]` in transaction `x[k]`
 * (0: already durable, `synchronous: NORMAL`), or failed for the client-safe reason `r[k]`. It
 * also reports durability: transaction `dx[k]`'s WAL sync finished (`dr[k]` null) or failed
 * (`dr[k]` the reason). A transaction's durability never comes before its records' acks.
 */
export type FromWorker =
  | {
      readonly t: 'acks';
      readonly n: readonly number[];
      readonly i: readonly number[];
      readonly r: readonly (number | string)[];
      readonly x: readonly number[];
      readonly dx: readonly number[];
      readonly dr: readonly (string | null)[];
    }
  | { readonly t: 'ok'; readonly n: number; readonly stats?: WorkerStats }
  | { readonly t: 'err'; readonly n: number; readonly message: string }
  | { readonly t: 'ready' }
  | { readonly t: 'fatal'; readonly message: string };

/**
 * CPU time (user + system, µs) of the calling thread, from /proc/thread-self/stat (clock ticks,
 * 10 ms resolution at the usual 100 Hz): Node 20 has no per-thread cpuUsage.
 */
export function threadCpuMicros(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after "(comm)": state is field 3, utime field 14, stime field 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    return Number.isFinite(ticks) ? ticks * 10_000 : undefined;
  } catch {
    return undefined;
  }
}
