// The audit log: implements the engine's AuditSink with group commit over an AuditStore.
//
// Appends that arrive within one event-loop turn are chained and written in ONE transaction
// (scheduled with setImmediate; with `eager`, the inline writer's, an append to an idle log
// commits at once inside the call and the rest of that turn gathers as before). Two phases: over a staged store (SqliteAuditStore) each append
// resolves once its transaction is WRITTEN (committed) and its receipt's `durable` once the WAL
// sync finished; surfaces answer only after `durable` (Engine.durable), so "a client saw an
// answer" still implies "its record is on disk"; other stores resolve at durable. With `overlap` (the
// audit worker) up to two transactions sync at once, and a record arriving during a sync commits
// without waiting for it (pump). A timer adds a signed
// checkpoint every `checkpointSeconds` while new records exist; `close()` seals the tip.
//
// This is the in-thread log: the runtime runs it INSIDE the audit worker (worker.ts), behind
// WorkerAuditLog (worker-log.ts); tests and tools may use it directly over any AuditStore.
// Misses: used on the main thread with the synchronous SQLite store, a disk that hangs in fsync
// stalls the event loop (the engine's deadline timer cannot fire either); see docs/audit.md. Cost: per record one
// canonicalization + SHA-256 + HMACs over its findings and parts; per batch one transaction.
// The queue is bounded (`maxQueue`); beyond it appends reject at once.
// Failure mode: fail closed — any store error, a full queue, or a closed log rejects the append
// with PAVISE_AUDIT_UNAVAILABLE (no secret or record content in the message); the engine then
// refuses the request.

import { randomUUID } from 'node:crypto';
import { PaviseError } from '../engine/errors.js';
import type { AuditReceipt, AuditSink, RecordOptions } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';
import type { AuditBatch, AuditHead, AuditStore } from '../store/types.js';
import { seal } from './chain.js';
import type { AuditKeys } from './keys.js';
import type { GenericRecordInput, RecordContent } from './record.js';
import { genericRecord, requestRecord } from './record.js';

/** What the runtime, the admin API and retention need from an audit log (in-thread or worker). */
export interface AuditWriter extends AuditSink {
  /** Record a non-request action (policy or config change, approval, block, quarantine). */
  appendRecord(input: GenericRecordInput): Promise<AuditReceipt>;
  /** Resolves once every append made before the call has settled. Never rejects. */
  flush(): Promise<void>;
  /** Sign a checkpoint at the tip if records were added since the last one. */
  checkpoint(): Promise<void>;
  /** Seconds the oldest record not yet committed has waited (`pavise_audit_lag_seconds`). */
  lagSeconds(): number;
  /** Flush, seal the tip with a checkpoint; further appends reject. */
  close(): Promise<void>;
}

export interface AuditLogOptions {
  readonly storeBodies?: boolean;
  readonly checkpointEvery?: number;
  readonly checkpointSeconds?: number;
  /** Most records one transaction carries (default 4096). */
  readonly maxBatch?: number;
  /** Most records waiting to be written (default 100 000). */
  readonly maxQueue?: number;
  readonly now?: () => number;
  /** Run the checkpoint interval timer (default true; the worker drives checkpoints by message). */
  readonly timer?: boolean;
  /**
   * Seal and commit the next batch while the previous one's durability sync is in flight (default
   * false): up to MAX_SYNCING transactions sync at once, and a record that arrives during a sync
   * is committed at once (or the moment a slot frees) with its own sync beside it. Only for a
   * store whose append() commits synchronously before it awaits the sync (SqliteAuditStore); the
   * audit worker sets it. Each batch still resolves only after its own sync.
   */
  readonly overlap?: boolean;
  /**
   * Defer the sync of a batch whose records all asked for WRITTEN (`append(…, {until:
   * 'written'})`) until the next sync covers it: a later batch's own sync (fdatasync covers every
   * frame written before it; a request's output record normally follows within milliseconds), a
   * `syncNow()` (the receipt's `sync()`, when a surface needs the record durable before it
   * answers), flush/close, or at the latest `lazySyncMs` (default 50). Overlap mode with a staged
   * store only; the audit worker sets it. One fdatasync per request instead of two.
   */
  readonly lazySync?: boolean;
  readonly lazySyncMs?: number;
  /**
   * Called (synchronously) whenever a transaction's sync or a covering sync ended in overlap mode:
   * the moment `idle()` may have become true. The inline writer (inline-log.ts) asks for WAL
   * checkpoint passes there, as the audit worker does after sending its acknowledgements.
   */
  readonly onSettle?: () => void;
  /**
   * Overlap mode: commit an append at once, inside the `append` call, when the writer is idle —
   * nothing queued, no sync running and no commit yet in this event-loop turn — instead of after
   * the turn (setImmediate). The WRITTEN acknowledgement then needs no event-loop hop (and an
   * output record's sync starts at once). Group commit is kept where it pays: once a sync runs,
   * or after one eager commit in a turn, appends gather as before until the turn ends or a sync
   * slot frees. For the inline writer (inline-log.ts), whose caller is the gateway's own loop;
   * the worker keeps per-turn batches (its messages already carry a whole main-thread turn).
   */
  readonly eager?: boolean;
}

interface Pending {
  /** Enqueue ordinal (flush waits for every record up to the one enqueued last). */
  readonly n: number;
  readonly content: RecordContent;
  /** When it was queued (for the audit-lag gauge). */
  readonly at: number;
  /** Asked for WRITTEN (its sync may wait for a covering one, see `lazySync`). */
  readonly lazy: boolean;
  resolve(r: AuditReceipt): void;
  reject(e: Error): void;
}

/** A lazily synced batch waiting for a covering sync. */
interface Unsynced {
  resolve(): void;
  reject(e: Error): void;
}

/**
 * Overlap mode: most transactions committed whose durability sync is still running. Two lets a
 * record that arrives during a sync commit at once and start its own sync beside the running one
 * (measured on the shared disk: two overlapping fdatasyncs of one file end ~15–30 % sooner than
 * the same two in a row), while under load the queue still gathers into big transactions.
 */
const MAX_SYNCING = 2;

function unavailable(detail: string, cause?: unknown): PaviseError {
  return new PaviseError('PAVISE_AUDIT_UNAVAILABLE', detail, { cause });
}

/**
 * A store that commits synchronously and syncs afterwards (SqliteAuditStore.appendStaged): its
 * records are acknowledged WRITTEN at the commit, with the sync as the receipt's `durable`.
 */
export interface StagedAuditStore extends AuditStore {
  /** Commit now; the sync as `durable` (none with `sync` false, or when commits need none). */
  appendStaged(build: (head: AuditHead) => AuditBatch, sync?: boolean): { readonly batch: AuditBatch; readonly durable: Promise<void> | undefined };
  /** Whether commits need a sync to be durable. */
  readonly syncsWal: boolean;
  /** Sync now, covering every commit made before the call. */
  syncStaged(): Promise<void>;
}

function stagedOf(store: AuditStore): StagedAuditStore | undefined {
  return typeof (store as Partial<StagedAuditStore>).appendStaged === 'function' ? (store as StagedAuditStore) : undefined;
}

/** A receipt's record made durable before the promise resolves (generic records: rare, no hurry). */
export function whenDurable(r: AuditReceipt): Promise<AuditReceipt> {
  return r.durable ? r.durable.then(() => ({ id: r.id, seq: r.seq })) : Promise.resolve(r);
}

/** Marks a promise handled (`p.catch(ignore)`): its failure is reported elsewhere. */
export const ignore = (): void => undefined;

export class AuditLog implements AuditWriter {
  readonly store: AuditStore;
  private readonly staged: StagedAuditStore | undefined;
  private readonly keys: AuditKeys;
  private readonly storeBodies: boolean;
  private readonly every: number;
  private readonly cpMs: number;
  private readonly maxBatch: number;
  private readonly overlap: boolean;
  private readonly lazySync: boolean;
  private readonly lazySyncMs: number;
  private readonly onSettle: (() => void) | undefined;
  private readonly eager: boolean;
  /** An eager commit happened in this event-loop turn (cleared by a setImmediate). */
  private eagerTurn = false;
  private readonly endEagerTurn = (): void => {
    this.eagerTurn = false;
  };
  /** Lazily synced batches committed since the last sync started (see `lazySync`). */
  private unsynced: Unsynced[] = [];
  private lazyTimer: NodeJS.Timeout | undefined;
  /** The last covering sync started by syncNow(), while it runs (never rejects). */
  private covering: Promise<void> | undefined;
  private readonly maxQueue: number;
  private readonly now: () => number;
  private readonly openedAt: number;
  private queue: Pending[] = [];
  private scheduled = false;
  private flushing: Promise<void> | undefined;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  /** Queue time of the oldest record in the batch being written, if any. */
  private writingSince: number | undefined;
  /** Overlap mode: the committed transactions whose sync runs, oldest first (first ordinal, queue time). */
  private readonly syncing: { readonly n: number; readonly at: number }[] = [];
  /** Overlap mode: flush() callers, each waiting for every record up to `upTo` to settle. */
  private flushers: { readonly upTo: number; resolve(): void }[] = [];
  private enqueued = 0;

  constructor(store: AuditStore, keys: AuditKeys, opts: AuditLogOptions = {}) {
    this.store = store;
    this.staged = stagedOf(store);
    this.keys = keys;
    this.storeBodies = opts.storeBodies ?? false;
    this.every = Math.max(1, Math.floor(opts.checkpointEvery ?? 1000));
    this.cpMs = Math.max(1, (opts.checkpointSeconds ?? 60) * 1000);
    this.maxBatch = Math.max(1, opts.maxBatch ?? 4096);
    this.overlap = opts.overlap ?? false;
    this.lazySync = (opts.lazySync ?? false) && this.overlap && this.staged !== undefined;
    this.lazySyncMs = Math.max(1, opts.lazySyncMs ?? 50);
    this.onSettle = opts.onSettle;
    this.eager = (opts.eager ?? false) && this.overlap;
    this.maxQueue = Math.max(1, opts.maxQueue ?? 100_000);
    this.now = opts.now ?? Date.now;
    this.openedAt = this.now();
    if (opts.timer === false) return;
    this.timer = setInterval(() => {
      this.checkpoint().catch(() => {
        // A failed timed checkpoint is retried on the next tick; appends report their own errors.
      });
    }, this.cpMs);
    this.timer.unref();
  }

  /** Append a record built elsewhere (by the worker from a request, or a generic record). */
  appendContent(content: RecordContent): Promise<AuditReceipt> {
    return this.enqueue(content);
  }

  /** AuditSink: record a decision. Resolves once written; the receipt's `durable` once durable. */
  append(event: Event, verdict: Verdict, opts?: RecordOptions): Promise<AuditReceipt> {
    let content: RecordContent;
    try {
      content = requestRecord(event, verdict, this.keys, { storeBodies: this.storeBodies }, randomUUID(), this.now());
    } catch (err) {
      return Promise.reject(unavailable('the record could not be encoded', err));
    }
    return this.enqueue(content, opts?.until === 'written' && opts.syncNow !== true);
  }

  /** Record a non-request action (policy or config change, approval, block, quarantine). Resolves once durable. */
  appendRecord(input: GenericRecordInput): Promise<AuditReceipt> {
    let content: RecordContent;
    try {
      content = genericRecord(input, this.keys, randomUUID(), this.now());
    } catch (err) {
      return Promise.reject(unavailable('the record could not be encoded', err));
    }
    return this.enqueue(content).then(whenDurable);
  }

  private enqueue(content: RecordContent, lazy = false): Promise<AuditReceipt> {
    return new Promise<AuditReceipt>((resolve, reject) => this.appendContentTo(content, resolve, reject, lazy));
  }

  /** Callback form of appendContent: no promise per record (the audit worker's hot path). */
  appendContentTo(content: RecordContent, resolve: (r: AuditReceipt) => void, reject: (e: Error) => void, lazy = false): void {
    if (this.closed) return reject(unavailable('the audit log is closed'));
    if (this.queue.length >= this.maxQueue) return reject(unavailable('the audit queue is full'));
    this.queue.push({ n: ++this.enqueued, content, at: this.now(), lazy, resolve, reject });
    // INVARIANT (eager): only the first record of an idle turn commits inside append; it is alone
    // in the queue, so ordinals and chain order stay the arrival order.
    if (this.eager && !this.eagerTurn && !this.scheduled && this.queue.length === 1 && this.syncing.length === 0) {
      this.eagerTurn = true;
      setImmediate(this.endEagerTurn);
      this.pump();
      return;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    // INVARIANT (overlap): with every sync slot taken, the next sync to finish pumps the queue.
    if (this.overlap && this.syncing.length >= MAX_SYNCING) return;
    this.scheduled = true;
    // One event-loop turn gathers every append of this turn (the worker: every message that
    // arrived together) into one transaction.
    setImmediate(() => {
      this.scheduled = false;
      if (this.overlap) this.pump();
      else void this.flush();
    });
  }

  /**
   * Overlap mode: commit what is queued now, as long as a sync slot is free, each transaction's
   * sync running beside the previous one's. Called when appends arrive (after one turn) and,
   * without waiting for a turn, the moment a sync finishes — so a record that arrived during a
   * sync is already committed, or is committed at once, instead of waiting for the whole previous
   * flush to end (the old drain loop let arrivals in only between its own transactions; a record
   * arriving after that waited for the running fdatasync before its commit even began).
   */
  private pump(): void {
    while (this.queue.length > 0 && this.syncing.length < MAX_SYNCING) {
      const batch = this.queue.splice(0, this.maxBatch);
      const first = batch[0];
      if (!first) return;
      const slot = { n: first.n, at: first.at };
      this.syncing.push(slot);
      // INVARIANT: the store commits synchronously inside append() (SqliteAuditStore), so this
      // transaction is sealed on the head the previous one committed; only its sync is awaited.
      void this.write(batch).finally(() => {
        this.syncing.splice(this.syncing.indexOf(slot), 1);
        this.pump();
        this.wakeFlushers();
        this.onSettle?.();
      });
    }
  }

  /** Overlap mode: the lowest ordinal not yet settled (queued or being written). */
  private oldestUnsettled(): number {
    let oldest = this.queue[0]?.n ?? Infinity;
    for (const s of this.syncing) oldest = Math.min(oldest, s.n);
    return oldest;
  }

  private wakeFlushers(): void {
    if (this.flushers.length === 0) return;
    const oldest = this.oldestUnsettled();
    this.flushers = this.flushers.filter((f) => {
      if (f.upTo >= oldest) return true;
      f.resolve();
      return false;
    });
  }

  /** Write everything queued. Never rejects: failures go to the waiting appends. */
  flush(): Promise<void> {
    if (this.overlap) {
      this.pump();
      const upTo = this.enqueued;
      // Lazily synced batches: committed (settled for the flushers) but not durable yet.
      if (upTo < this.oldestUnsettled()) return this.syncNow();
      return new Promise<void>((resolve) => this.flushers.push({ upTo, resolve })).then(() => this.syncNow());
    }
    if (this.flushing) return this.flushing;
    this.flushing = this.drain().finally(() => {
      this.flushing = undefined;
      if (this.queue.length > 0) this.schedule();
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.writingSince = batch[0]?.at;
      await this.write(batch);
    }
  }

  /**
   * Commit one batch; its appends resolve once it is written (a staged store: at the commit, with
   * the sync as `durable`; any other store: when its append resolved, i.e. durable). Settles when
   * the batch is durable (or failed), so the callers' sync slots and flush() cover the sync.
   */
  private async write(batch: readonly Pending[]): Promise<void> {
    try {
      const build = (head: AuditHead): AuditBatch =>
        seal(
          head,
          batch.map((b) => b.content),
          { signer: this.keys.signer, checkpointEvery: this.every, checkpointMs: this.cpMs, now: this.now(), since: this.openedAt },
        );
      let written: AuditBatch;
      let durable: Promise<void> | undefined;
      let lazy = false;
      if (this.staged) {
        lazy = this.lazySync && this.staged.syncsWal && batch.every((b) => b.lazy);
        const s = this.staged.appendStaged(build, !lazy);
        written = s.batch;
        // One promise per transaction, shared by its receipts; marked handled here (a receipt
        // nobody awaits must not turn a failed sync into an unhandled rejection).
        if (lazy) durable = this.deferSync();
        else if (s.durable) durable = this.cover(s.durable);
        durable?.catch(ignore);
      } else {
        written = await this.store.append(build);
      }
      const sync = lazy ? this.requestSync : undefined;
      batch.forEach((b, i) => {
        const row = written.records[i];
        if (!row) b.reject(unavailable('the store did not confirm the record'));
        else if (!durable) b.resolve({ id: b.content.id, seq: row.seq });
        else b.resolve(sync ? { id: b.content.id, seq: row.seq, durable, sync } : { id: b.content.id, seq: row.seq, durable });
      });
      // A lazily synced batch holds no sync slot: it has no sync of its own yet.
      if (durable && !lazy) await durable.catch(ignore);
    } catch (err) {
      const e = unavailable('the audit store could not write', err);
      for (const b of batch) b.reject(e);
    } finally {
      this.writingSince = undefined;
    }
  }

  /** Nothing queued and no transaction being written or synced (or waiting for a sync). */
  idle(): boolean {
    return this.queue.length === 0 && this.flushing === undefined && this.syncing.length === 0 && !this.scheduled && this.unsynced.length === 0 && this.covering === undefined;
  }

  /** A lazily synced batch's durability: settled by the next sync that starts (cover). */
  private deferSync(): Promise<void> {
    const p = new Promise<void>((resolve, reject) => this.unsynced.push({ resolve, reject }));
    // INVARIANT: a deferred sync is bounded: at the latest lazySyncMs after the first one waits.
    this.lazyTimer ??= setTimeout(() => {
      this.lazyTimer = undefined;
      void this.syncNow();
    }, this.lazySyncMs);
    return p;
  }

  /**
   * `sync` just started after every commit so far: it covers every lazily synced batch (an
   * fdatasync covers all frames written before it), which settle with it. Returns `sync` mapped to
   * PAVISE_AUDIT_UNAVAILABLE on failure.
   */
  private cover(sync: Promise<void>): Promise<void> {
    const covered = this.unsynced;
    this.unsynced = [];
    if (this.lazyTimer) clearTimeout(this.lazyTimer);
    this.lazyTimer = undefined;
    const out = sync.catch((err: unknown) => {
      throw unavailable('the audit store could not make the record durable', err);
    });
    if (covered.length > 0) {
      out.then(
        () => covered.forEach((u) => u.resolve()),
        (err: Error) => covered.forEach((u) => u.reject(err)),
      );
    }
    return out;
  }

  /** The receipts' `sync()`: a surface needs a lazily synced record durable now. */
  private readonly requestSync = (): void => {
    void this.syncNow();
  };

  /**
   * Start a sync covering every lazily synced batch (none waiting: the covering sync still
   * running, if any). Resolves when it ended; never rejects (failures go to the receipts).
   */
  syncNow(): Promise<void> {
    const staged = this.staged;
    if (this.unsynced.length === 0 || !staged) return this.covering ?? Promise.resolve();
    const done = this.cover(staged.syncStaged()).catch(ignore);
    this.covering = done;
    void done.then(() => {
      if (this.covering === done) this.covering = undefined;
      this.onSettle?.();
    });
    return done;
  }

  /**
   * Seconds the oldest record not yet committed has waited (0 when nothing is pending): the
   * `pavise_audit_lag_seconds` gauge. Grows when the disk is slow or the queue backs up.
   */
  lagSeconds(): number {
    const oldest = this.syncing[0]?.at ?? this.writingSince ?? this.queue[0]?.at;
    return oldest === undefined ? 0 : Math.max(0, this.now() - oldest) / 1000;
  }

  /** Sign a checkpoint at the tip if records were added since the last one. */
  async checkpoint(): Promise<void> {
    await this.flush();
    const head = await this.store.head();
    if (head.seq <= head.checkpointSeq) return;
    await this.store.append((h) => seal(h, [], { signer: this.keys.signer, checkpointEvery: this.every, checkpointMs: this.cpMs, now: this.now(), since: this.openedAt, force: true }));
  }

  /** Flush, seal the tip with a checkpoint, stop the timer. Further appends reject. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    try {
      await this.checkpoint();
    } catch {
      // The store may already be unwritable; the records it did commit stay verifiable.
    }
  }
}
