// WorkerAuditLog: the engine's AuditSink with all the audit work on a worker thread.
//
// The main thread only queues each append (an id, a time, the event and a slimmed verdict) and
// posts everything queued in ONE message per event-loop turn (setImmediate); the worker
// (worker.ts) builds the record (keyed digests), chains it, signs checkpoints and commits it with
// group commit and the configured synchronous mode. `append` resolves when the worker reports the
// record's transaction committed (WRITTEN); for FULL the receipt's `durable` settles when the
// worker reports that transaction's WAL fdatasync (one promise per transaction). Surfaces answer
// only after `durable` (Engine.durable): "a client saw an answer" still implies "its record is on
// disk", and fsync or a slow disk never blocks the loop.
// Generic records (`appendRecord`, rare) are built here, because scrubbing arbitrary `data` needs
// the keys anyway and keeps non-cloneable values on this side.
//
// Misses: the worker holds no second copy: records queued when the process dies are lost, exactly
// as with the in-thread log (they were never acknowledged). Cost on the main thread: a structured
// clone of the event per record (O(event size)) plus a promise; the CPU of digests, canonical
// JSON, SHA-256 and SQLite moves to the worker (BENCHMARKS.md "Audit log", docs/audit.md).
// Bounded: at most `maxQueue` records pending (queued + in the worker); beyond it appends reject.
// Failure mode: fail closed with PAVISE_AUDIT_UNAVAILABLE — a store error rejects that batch; a
// worker that crashes, exits, fails to open, or leaves a message unanswered for `stallMs` rejects
// every pending append and every later one (the log is dead; the gateway refuses requests until
// restarted). Rejections carry the cause's message, never record content.

import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId, Worker } from 'node:worker_threads';
import type { WorkerOptions } from 'node:worker_threads';
import { PaviseError } from '../engine/errors.js';
import type { AuditReceipt, RecordOptions } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';
import { WAL_CHECKPOINT_DEFAULTS } from './checkpointer.js';
import type { AuditKeys } from './keys.js';
import type { AuditLogOptions, AuditWriter } from './log.js';
import { ignore, whenDurable } from './log.js';
import type { GenericRecordInput } from './record.js';
import { genericRecord } from './record.js';
import type { FromWorker, ToWorker, WorkerInit, WorkerItem, WorkerStats } from './worker-protocol.js';

export interface WorkerAuditLogOptions extends Omit<AuditLogOptions, 'timer'> {
  /** The SQLite file the worker writes. */
  readonly dbPath: string;
  /** Where the worker reads `audit-signing.key` and `audit-hmac.key` (they must exist). */
  readonly dataDir: string;
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** Upper bound on the database size (SqliteAuditStoreOptions.maxBytes). */
  readonly maxBytes?: number;
  /** A message the worker leaves unanswered this long (ms) kills the log (default 15 000). */
  readonly stallMs?: number;
  /**
   * WAL checkpoints on their own thread (checkpointer.ts; default WAL_CHECKPOINT_DEFAULTS), or
   * `false` for SQLite's automatic checkpoints inside the writer's commits.
   */
  readonly walCheckpoints?: { readonly passPages: number; readonly writerBoundPages: number } | false;
}

interface Waiter {
  readonly id: string;
  /** `now()` when queued (audit-lag gauge). */
  readonly at: number;
  /** Asked for WRITTEN with a deferrable sync: its receipt gets `sync()`. */
  readonly lazy?: boolean;
  resolve(r: AuditReceipt): void;
  reject(e: Error): void;
}

interface InFlight {
  /** performance.now() when posted or last acknowledged (stall watchdog; not the injected clock). */
  sent: number;
  /** `now()` of the oldest record in it (lag), or undefined for control messages. */
  readonly at: number | undefined;
  readonly waiters: readonly Waiter[];
  /** Waiters not yet settled by an ack. */
  left: number;
  /** Control messages (checkpoint, stats, close). */
  readonly control?: { resolve(stats: WorkerStats | undefined): void; reject(e: Error): void };
}

function unavailable(detail: string, cause?: unknown): PaviseError {
  return new PaviseError('PAVISE_AUDIT_UNAVAILABLE', detail, { cause });
}

/** A worker transaction that is written and whose WAL sync runs: its receipts share `promise`. */
interface Sync {
  readonly promise: Promise<void>;
  resolve(): void;
  reject(e: Error): void;
  /** performance.now() when it was written (stall watchdog). */
  readonly since: number;
  /** A `sync` message was sent since it was written (the worker may defer its sync). */
  requested: boolean;
}


/** The worker module next to this one: `.ts` when running from source under tsx, `.js` in dist. */
function startWorker(init: WorkerInit): Worker {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const url = new URL(`./worker${ext}`, import.meta.url);
  // The worker inherits the process's flags, except `--input-type` (only valid for -e/stdin).
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  if (ext === '.js') return spawnWorker(url, { workerData: init, execArgv });
  // From source (tests, benches; dist never takes this path). Node 20 does not apply `--import
  // tsx` to worker threads, and registering tsx inside each worker costs 0.3–1 s of boot on a
  // busy machine — enough to race the engine's 2 s audit deadline in every test that starts a
  // runtime. So the worker's module graph is compiled once per process with esbuild (the
  // compiler tsx itself uses) into one plain ESM file that boots like dist.
  // The bundle needs no loader: dropping the inherited `--import tsx` saves ~300 ms of boot.
  const bundle = bundleWorker(url);
  if (bundle !== undefined) return spawnWorker(bundle, { workerData: init, execArgv: withoutPreloads(execArgv) });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return spawnWorker(boot, { eval: true, workerData: init, execArgv });
}

/**
 * `new Worker`, retried without the inherited flags when one of them is not valid in a worker
 * (`node --expose-gc bin/pavise.js serve`, `--cpu-prof`: ERR_WORKER_INVALID_EXEC_ARGV).
 */
function spawnWorker(what: URL | string, opts: WorkerOptions & { execArgv: string[] }): Worker {
  try {
    return new Worker(what, opts);
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    return new Worker(what, { ...opts, execArgv: [] });
  }
}

/** `execArgv` without module preloads and loaders (`--import X`, `--require X`, `--loader X`). */
function withoutPreloads(argv: readonly string[]): string[] {
  const preload = /^(--import|--require|-r|--loader|--experimental-loader)$/;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (preload.test(a)) i++; // skip its value too
    else if (!/^(--import|--require|--loader|--experimental-loader)=/.test(a)) out.push(a);
  }
  return out;
}

interface EsbuildLike {
  buildSync(opts: Record<string, unknown>): { outputFiles?: { text: string }[] };
}

let bundled: URL | undefined;
let bundleFailed = false;

/**
 * Source mode only: bundle worker.ts and its relative imports (packages stay external) into
 * `node_modules/.cache/pavise/audit-worker.<hash>.mjs`, next to the packages it imports.
 * Undefined when esbuild is unavailable; the caller then registers tsx in the worker instead.
 */
function bundleWorker(entry: URL): URL | undefined {
  if (bundled || bundleFailed) return bundled;
  try {
    const require = createRequire(import.meta.url);
    const esbuild = require('esbuild') as EsbuildLike;
    const result = esbuild.buildSync({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const text = result.outputFiles?.[0]?.text;
    if (text === undefined) throw new Error('esbuild produced no output');
    // INVARIANT: the file sits under the node_modules that holds better-sqlite3, so the bundle's
    // bare imports resolve exactly as the source's do.
    const pkg = require.resolve('better-sqlite3');
    const nm = pkg.slice(0, pkg.lastIndexOf(`${sep}node_modules${sep}`) + `${sep}node_modules`.length);
    const dir = join(nm, '.cache', 'pavise');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `audit-worker.${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      // Concurrent test processes write the same bytes: write aside, then rename atomically.
      const tmp = `${file}.${process.pid}.${threadId}.tmp`;
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    }
    bundled = pathToFileURL(file);
  } catch {
    bundleFailed = true;
  }
  return bundled;
}

export class WorkerAuditLog implements AuditWriter {
  private readonly keys: AuditKeys;
  private readonly worker: Worker;
  private readonly now: () => number;
  private readonly maxQueue: number;
  private readonly stallMs: number;
  private outbox: { item: WorkerItem; waiter: Waiter }[] = [];
  private readonly inflight = new Map<number, InFlight>();
  /** Written transactions whose WAL sync has not been reported yet, by the worker's number. */
  private readonly syncs = new Map<number, Sync>();
  private pending = 0;
  private seq = 0;
  private scheduled = false;
  /** A microtask post is queued (perf-stream4: records asked with `syncNow`, see enqueue). */
  private urgent = false;
  private closed = false;
  private closing: Promise<void> | undefined;
  /** Set once the worker is gone or unresponsive: every later append rejects with it. */
  private dead: PaviseError | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly watchdog: NodeJS.Timeout;
  private refd = true;
  private booted = false;
  private flushers: { upTo: number; resolve(): void }[] = [];
  private readonly started: Promise<void>;
  private markReady: () => void = () => undefined;
  private markFailed: (e: Error) => void = () => undefined;

  constructor(keys: AuditKeys, opts: WorkerAuditLogOptions) {
    this.keys = keys;
    this.started = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.markFailed = reject;
    });
    this.started.catch(() => undefined); // reported through ready() and the appends
    this.now = opts.now ?? Date.now;
    this.maxQueue = Math.max(1, opts.maxQueue ?? 100_000);
    this.stallMs = Math.max(1, opts.stallMs ?? 15_000);
    const cpSeconds = opts.checkpointSeconds ?? 60;
    this.worker = startWorker({
      dbPath: opts.dbPath,
      dataDir: opts.dataDir,
      synchronous: opts.synchronous ?? 'FULL',
      ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
      storeBodies: opts.storeBodies ?? false,
      checkpointEvery: opts.checkpointEvery ?? 1000,
      checkpointSeconds: cpSeconds,
      maxBatch: opts.maxBatch ?? 4096,
      maxQueue: this.maxQueue,
      openedAt: this.now(),
      ...(opts.walCheckpoints === false ? {} : { walCheckpoints: opts.walCheckpoints ?? WAL_CHECKPOINT_DEFAULTS }),
    });
    this.worker.on('message', (m: FromWorker) => this.onMessage(m));
    this.worker.on('error', (err) => this.die('the audit worker failed', err));
    this.worker.on('exit', (code) => {
      if (!this.closed || this.inflight.size > 0) this.die(`the audit worker exited (code ${code})`);
    });
    this.timer = setInterval(() => {
      this.checkpoint().catch(() => {
        // A failed timed checkpoint is retried on the next tick; appends report their own errors.
      });
    }, Math.max(1, cpSeconds * 1000));
    this.timer.unref();
    this.watchdog = setInterval(() => this.checkStall(), Math.min(1000, Math.max(10, Math.floor(this.stallMs / 4))));
    this.watchdog.unref();
    this.setRef();
  }

  /**
   * AuditSink: record a decision. Resolves once the record's transaction is written (committed);
   * the receipt's `durable` settles when its WAL sync finished (FULL; absent with NORMAL).
   */
  append(event: Event, verdict: Verdict, opts?: RecordOptions): Promise<AuditReceipt> {
    // Drop the redacted copy of the parts (the record keeps digests of the originals) and the
    // fields requestRecord does not read, so the clone stays O(event).
    const v: Verdict = {
      decision: verdict.decision,
      ...(verdict.code !== undefined ? { code: verdict.code } : {}),
      message: verdict.message,
      reasons: verdict.reasons,
      findings: verdict.findings,
      redactions: verdict.redactions,
      ...(verdict.approvalId !== undefined ? { approvalId: verdict.approvalId } : {}),
      policyVersion: verdict.policyVersion,
      obligations: verdict.obligations,
    };
    const id = randomUUID();
    if (opts?.until !== 'written') return this.enqueue({ k: 'req', id, time: this.now(), event, verdict: v }, id);
    const lazy = opts.syncNow !== true;
    return this.enqueue({ k: 'req', id, time: this.now(), event, verdict: v, w: lazy ? 1 : 2 }, id, lazy);
  }

  appendRecord(input: GenericRecordInput): Promise<AuditReceipt> {
    const id = randomUUID();
    let item: WorkerItem;
    try {
      item = { k: 'rec', content: genericRecord(input, this.keys, id, this.now()) };
    } catch (err) {
      return Promise.reject(unavailable('the record could not be encoded', err));
    }
    return this.enqueue(item, id).then(whenDurable);
  }

  private enqueue(item: WorkerItem, id: string, lazy = false): Promise<AuditReceipt> {
    if (this.dead) return Promise.reject(this.dead);
    if (this.closed) return Promise.reject(unavailable('the audit log is closed'));
    if (this.pending >= this.maxQueue) return Promise.reject(unavailable('the audit queue is full'));
    return new Promise<AuditReceipt>((resolve, reject) => {
      this.outbox.push({ item, waiter: { id, at: this.now(), resolve, reject, ...(lazy ? { lazy } : {}) } });
      this.pending += 1;
      this.setRef();
      // perf-stream4 (session 7): a streamed request's input record (`syncNow`, item.w === 2) is
      // posted at the end of the current callback, not of the event-loop turn: when several
      // streams start in one turn (each callback runs its input pipeline), the worker commits
      // and syncs each record while the main thread still runs the others, instead of all of
      // them after the turn. Measured (10 starts of ~1 ms each per burst, load 8-9): durable
      // p50 / p99 ~10 / ~55 ms vs ~17 / ~110 ms. Other records keep one message per turn (group
      // commit; posting every record at once cost ~40% more CPU per request in bench/cpu.ts).
      if (item.k === 'req' && item.w === 2) {
        if (!this.urgent) {
          this.urgent = true;
          queueMicrotask(() => {
            this.urgent = false;
            this.post();
          });
        }
      } else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.post());
      }
    });
  }

  /** Send everything queued as one message. */
  private post(): void {
    this.scheduled = false;
    if (this.outbox.length === 0) return;
    const batch = this.outbox;
    this.outbox = [];
    if (this.dead) {
      for (const b of batch) b.waiter.reject(this.dead);
      this.settled(batch.length);
      return;
    }
    const first = batch[0];
    const at = first ? first.waiter.at : undefined;
    if (this.send({ t: 'batch', n: ++this.seq, now: this.now(), items: batch.map((b) => b.item) }, at, batch.map((b) => b.waiter))) return;
    // Something in the batch cannot be cloned (a function or symbol in args/obligations): send the
    // items one by one so only the offending request fails.
    for (const b of batch) {
      if (!this.send({ t: 'batch', n: ++this.seq, now: this.now(), items: [b.item] }, b.waiter.at, [b.waiter])) {
        b.waiter.reject(unavailable('the record could not be encoded'));
        this.settled(1);
      }
    }
  }

  /** Post one message and remember who waits for its answer; false if it cannot be cloned. */
  private send(m: Exclude<ToWorker, { t: 'sync' }>, at: number | undefined, waiters: readonly Waiter[], control?: InFlight['control']): boolean {
    try {
      this.worker.postMessage(m);
    } catch {
      return false;
    }
    this.inflight.set(m.n, { sent: performance.now(), at, waiters, left: waiters.length, ...(control ? { control } : {}) });
    return true;
  }

  private control(t: 'checkpoint' | 'stats' | 'close'): Promise<WorkerStats | undefined> {
    if (this.dead) return Promise.reject(this.dead);
    this.post(); // INVARIANT: queued records reach the worker before the control message.
    return new Promise((resolve, reject) => {
      if (!this.send({ t, n: ++this.seq, now: this.now() }, undefined, [], { resolve, reject })) reject(unavailable('the audit worker is unreachable'));
      this.setRef();
    });
  }

  /** Resolves once the worker opened the store (appends made earlier wait for it anyway). */
  ready(): Promise<void> {
    return this.started;
  }

  private onMessage(m: FromWorker): void {
    if (m.t === 'ready') {
      this.booted = true;
      this.markReady();
      this.setRef();
      return;
    }
    if (m.t === 'fatal') {
      this.die('the audit worker could not open the log', new Error(m.message));
      return;
    }
    if (m.t === 'acks') {
      for (let k = 0; k < m.n.length; k++) {
        const n = m.n[k] ?? -1;
        const f = this.inflight.get(n);
        const w = f?.waiters[m.i[k] ?? -1];
        if (!f || !w) continue;
        const r = m.r[k];
        const x = m.x[k] ?? 0;
        if (typeof r !== 'number') w.reject(unavailable('the audit store could not write', new Error(r ?? 'no answer for the record')));
        else if (x === 0) w.resolve({ id: w.id, seq: r });
        else if (w.lazy === true) w.resolve({ id: w.id, seq: r, durable: this.syncOf(x).promise, sync: this.requestSync });
        else w.resolve({ id: w.id, seq: r, durable: this.syncOf(x).promise });
        f.left -= 1;
        this.settled(1);
        if (f.left === 0) this.inflight.delete(n);
        // The watchdog measures silence, not batch age: any answer restarts the clock.
        else f.sent = performance.now();
      }
      // INVARIANT: a transaction's durability is reported after (or with, processed after) the
      // acks of its records, so its Sync exists here unless the log died meanwhile.
      for (let k = 0; k < m.dx.length; k++) {
        const x = m.dx[k] ?? 0;
        const sync = this.syncs.get(x);
        if (!sync) continue;
        this.syncs.delete(x);
        const failure = m.dr[k];
        if (failure === null || failure === undefined) sync.resolve();
        else sync.reject(unavailable('the audit store could not make the record durable', new Error(failure)));
      }
      this.wakeFlushers();
      this.setRef();
      return;
    }
    const f = this.inflight.get(m.n);
    if (!f) return;
    this.inflight.delete(m.n);
    if (m.t === 'ok') f.control?.resolve(m.stats);
    else f.control?.reject(unavailable('the audit store could not write', new Error(m.message)));
    this.wakeFlushers();
    this.setRef();
  }

  private settled(n: number): void {
    this.pending -= n;
  }

  /**
   * A receipt's `sync()`: the worker defers the sync of records asked for WRITTEN until another
   * sync covers them (log.ts lazySync); a surface about to answer asks for it now. One message
   * covers every transaction written so far, so it is sent once per transaction at most.
   */
  private readonly requestSync = (): void => {
    let needed = false;
    for (const s of this.syncs.values()) {
      if (!s.requested) {
        s.requested = true;
        needed = true;
      }
    }
    if (!needed || this.dead) return;
    try {
      this.worker.postMessage({ t: 'sync', now: this.now() } satisfies ToWorker);
    } catch {
      // The worker is gone: the exit handler fails every pending sync.
    }
  };

  /** The Sync of worker transaction `x`, created by its first acknowledged record. */
  private syncOf(x: number): Sync {
    let sync = this.syncs.get(x);
    if (!sync) {
      let resolve: () => void = ignore;
      let reject: (e: Error) => void = ignore;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // Marked handled: a receipt nobody awaits must not become an unhandled rejection.
      promise.catch(ignore);
      sync = { promise, resolve, reject, since: performance.now(), requested: false };
      this.syncs.set(x, sync);
    }
    return sync;
  }

  /** Keep the process alive only while booting or while records or control messages are pending. */
  private setRef(): void {
    if (this.dead) return;
    const busy = !this.booted || this.pending > 0 || this.inflight.size > 0 || this.syncs.size > 0;
    if (busy && !this.refd) this.worker.ref();
    else if (!busy && this.refd) this.worker.unref();
    this.refd = busy;
  }

  private checkStall(): void {
    const oldest = this.inflight.values().next();
    if (oldest.done !== true && performance.now() - oldest.value.sent > this.stallMs) {
      this.die(`the audit worker did not answer within ${this.stallMs} ms`);
      return;
    }
    // A WAL sync that never ends (a hung disk) kills the log too. Map order is write order.
    const sync = this.syncs.values().next();
    if (sync.done !== true && performance.now() - sync.value.since > this.stallMs) this.die(`a WAL sync did not finish within ${this.stallMs} ms`);
  }

  /** Fail closed: reject everything pending and everything later, stop the worker. */
  private die(detail: string, cause?: unknown): void {
    if (this.dead) return;
    const err = unavailable(detail, cause);
    this.dead = err;
    this.markFailed(err);
    clearInterval(this.timer);
    clearInterval(this.watchdog);
    for (const f of this.inflight.values()) {
      for (const w of f.waiters) w.reject(err); // no-op for those already settled
      this.settled(f.left);
      f.control?.reject(err);
    }
    this.inflight.clear();
    for (const sync of this.syncs.values()) sync.reject(err);
    this.syncs.clear();
    const queued = this.outbox;
    this.outbox = [];
    for (const b of queued) b.waiter.reject(err);
    this.settled(queued.length);
    this.wakeFlushers();
    this.worker.terminate().catch(() => undefined);
  }

  lagSeconds(): number {
    let oldest: number | undefined;
    for (const f of this.inflight.values()) {
      if (f.at !== undefined) {
        oldest = f.at;
        break;
      }
    }
    oldest ??= this.outbox[0]?.waiter.at;
    return oldest === undefined ? 0 : Math.max(0, this.now() - oldest) / 1000;
  }

  /** Resolves once every append made before the call is durable or failed. Never rejects. */
  flush(): Promise<void> {
    this.post();
    const upTo = this.seq;
    if (!this.anyInflightUpTo(upTo)) return this.synced();
    return new Promise<void>((resolve) => this.flushers.push({ upTo, resolve })).then(() => this.synced());
  }

  /** Resolves once every transaction written so far has synced (or failed). */
  private synced(): Promise<void> {
    if (this.syncs.size === 0) return Promise.resolve();
    return Promise.all([...this.syncs.values()].map((s) => s.promise.catch(ignore))).then(ignore);
  }

  private anyInflightUpTo(n: number): boolean {
    // Map order is insertion order, and message numbers only grow: the first key is the oldest.
    const first = this.inflight.keys().next();
    return first.done !== true && first.value <= n;
  }

  private wakeFlushers(): void {
    if (this.flushers.length === 0) return;
    this.flushers = this.flushers.filter((f) => {
      if (this.anyInflightUpTo(f.upTo)) return true;
      f.resolve();
      return false;
    });
  }

  async checkpoint(): Promise<void> {
    await this.control('checkpoint');
  }

  /** The worker's commit count and thread CPU time (benchmarks). */
  async stats(): Promise<WorkerStats> {
    const s = await this.control('stats');
    return s ?? { transactions: 0, cpuMicros: undefined };
  }

  /** End the worker abruptly, as a crash would (tests): the exit handler then fails closed. */
  async abortWorker(): Promise<void> {
    await this.worker.terminate();
  }

  /** Flush, seal the tip with a checkpoint, close the store, end the worker. */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    try {
      await this.control('close');
    } catch {
      // The store may already be unwritable or the worker gone; committed records stay verifiable.
    }
    clearInterval(this.watchdog);
    this.die('the audit log is closed');
  }
}
