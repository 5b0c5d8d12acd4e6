// The WAL checkpointer: moves SQLite's WAL checkpoints of the audit database off the writer.
//
// Why: with SQLite's automatic checkpoints (every 1000 WAL pages) the checkpoint runs INSIDE the
// COMMIT of whichever transaction crosses the threshold: it syncs the WAL, copies the pages into
// the database file and fsyncs that (growing) file — 15–35 ms per checkpoint measured on the shared
// bench disk at load ~9 (docs/audit.md "Speed"), every ~1.3 s at 200 requests/s. The records of
// that transaction, and every record arriving meanwhile, wait for it: that set the audit's p99.
//
// Here the audit worker asks this small thread, which has its own connection, for a
// `PRAGMA wal_checkpoint(PASSIVE)` once about `passPages` pages were written since the last pass
// AND the writer is idle (every record acknowledged, nothing queued) AND the load is light: a
// PASSIVE checkpoint takes no write lock, so a record arriving during the pass commits and syncs
// at once, beside it. Then, at the writer's next idle moment, the writer copies the few frames
// committed during that pass itself (`onPass` → SqliteAuditStore.checkpointWal()): no commit can
// overlap its own checkpoint, so the WAL ends fully copied and SQLite starts it over at the next
// write — the WAL stays ~passPages long and every fdatasync overwrites allocated blocks. (A thread
// pass alone left the WAL growing — a commit overlapped almost every pass at 200 requests/s — and
// appending fdatasyncs measured slower.) That tail costs ~1–3 ms at idle instead of the 5–20 ms
// checkpoint inside a commit (load ~11, /tmp timeline in docs/audit.md "Speed").
// Bound: the writer keeps SQLite's automatic checkpoint with a higher threshold
// (`writerBoundPages`, SqliteAuditStore `autoCheckpointPages`), so under continuous load with no
// idle moment — or with this thread gone — the WAL never exceeds it, as before.
// Misses: a reader holding an old snapshot (a long `audit export`) keeps the WAL from restarting,
// as with SQLite's own checkpoints. Cost: one thread (small heap limits; ~0.3–2.5 MB RSS measured)
// that sleeps between passes; per ~passPages pages one database-file fsync beside the commits and
// one small checkpoint on the writer at an idle moment (records arriving then wait for it).
// Failure mode: if the thread fails to start, throws or exits, `onFail` runs (the audit worker then
// lowers the writer's threshold back to SQLite's default, 1000 pages); durability never depends on
// this thread — a SQLite checkpoint is crash-safe at any point.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Pages written between idle passes, and the writer's own (bounding) automatic threshold. */
export const WAL_CHECKPOINT_DEFAULTS = { passPages: 500, writerBoundPages: 2000 } as const;

export interface WalCheckpointerOptions {
  /** The audit database file (the writer's WAL is `<dbPath>-wal`). */
  readonly dbPath: string;
  /** `synchronous` of the checkpoint connection: NORMAL and FULL both sync WAL and database. */
  readonly synchronous: 'FULL' | 'NORMAL';
  /** The thread failed or exited unexpectedly; called at most once. */
  readonly onFail: (reason: string) => void;
  /** A pass finished (the audit worker then finishes the cycle on the writer at an idle moment). */
  readonly onPass?: (pass: CheckpointPass) => void;
}

/** What one pass reported (SQLite's wal_checkpoint result), for tests and benchmarks. */
export interface CheckpointPass {
  readonly mode: 'PASSIVE';
  /** SQLite's result: 1 if it could not take a lock it needed. */
  readonly busy: number;
  /** Frames in the WAL when the pass started. */
  readonly log: number;
  /** Frames now copied into the database file. */
  readonly checkpointed: number;
  readonly ms: number;
}

export interface WalCheckpointer {
  /** Ask for a pass; false (and nothing happens) while one is running or the thread is not up. */
  request(): boolean;
  /** The last passes (at most 64), newest last (tests, benchmarks). */
  readonly passes: readonly CheckpointPass[];
  /** Stop the thread (its connection closes; nothing is lost: the WAL stays valid). */
  stop(): Promise<void>;
}

// CommonJS source of the thread. It is evaluated (not a module file) so it runs the same from
// dist/ and from the audit worker's esbuild bundle; better-sqlite3 comes by absolute path.
const SOURCE = `
const { parentPort, workerData: d } = require('node:worker_threads');
const Database = require(d.sqlite);
const db = new Database(d.dbPath, { fileMustExist: true });
db.pragma('synchronous = ' + d.synchronous);
parentPort.on('message', (m) => {
  if (m === 'pass') {
    const t = performance.now();
    const r = db.pragma('wal_checkpoint(PASSIVE)')[0];
    parentPort.postMessage({ t: 'pass', pass: { mode: 'PASSIVE', busy: r.busy, log: r.log, checkpointed: r.checkpointed, ms: performance.now() - t } });
  } else if (m === 'stop') {
    db.close();
    parentPort.postMessage({ t: 'stopped' });
  }
});
parentPort.postMessage({ t: 'ready' });
`;

/** Start the checkpoint thread for `dbPath` (whose writer connection checkpoints only at its bound). */
export function startWalCheckpointer(opts: WalCheckpointerOptions): WalCheckpointer {
  const passes: CheckpointPass[] = [];
  let failed = false;
  let stopping = false;
  let up = false;
  let running = false;
  const fail = (reason: string): void => {
    if (failed || stopping) return;
    failed = true;
    opts.onFail(reason);
  };
  let worker: Worker;
  try {
    worker = new Worker(SOURCE, {
      eval: true,
      // No loaders or preloads: the code is plain CommonJS.
      execArgv: [],
      workerData: { dbPath: opts.dbPath, sqlite: createRequire(import.meta.url).resolve('better-sqlite3'), synchronous: opts.synchronous },
      // A few MB of heap is plenty: it holds one connection.
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 },
    });
  } catch (err) {
    fail(`the WAL checkpointer could not start: ${err instanceof Error ? err.message : String(err)}`);
    return { request: () => false, passes, stop: () => Promise.resolve() };
  }
  let stopped: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (stopped = resolve));
  worker.on('message', (m: { t: string; pass?: CheckpointPass }) => {
    if (m.t === 'ready') {
      up = true;
      // Referenced until it opened its connection, so a failure to start is always reported;
      // once running it never keeps the process (or the audit worker) alive by itself.
      if (!stopping) worker.unref();
    } else if (m.t === 'pass' && m.pass) {
      running = false;
      passes.push(m.pass);
      if (passes.length > 64) passes.shift(); // INVARIANT: bounded history
      opts.onPass?.(m.pass);
    } else if (m.t === 'stopped') stopped();
  });
  worker.on('error', (err) => fail(`the WAL checkpointer failed: ${err.message}`));
  worker.on('exit', (code) => {
    up = false;
    stopped();
    fail(`the WAL checkpointer exited (code ${code})`);
  });
  return {
    passes,
    request: () => {
      if (!up || running || stopping || failed) return false;
      running = true;
      worker.postMessage('pass');
      return true;
    },
    stop: async () => {
      if (stopping) return done;
      stopping = true;
      worker.ref(); // the answer must keep the loop alive
      worker.postMessage('stop');
      // A thread stuck in a hung fsync is abandoned after 2 s; the WAL stays valid either way.
      const t = setTimeout(() => void worker.terminate(), 2000);
      t.unref();
      await done;
      clearTimeout(t);
      await worker.terminate();
    },
  };
}
