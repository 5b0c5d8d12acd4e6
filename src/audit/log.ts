// The audit log: implements the engine's AuditSink with group commit over an AuditStore.
//
// Appends that arrive within one event-loop turn are chained and written in ONE transaction
// (scheduled with setImmediate); each append's promise resolves only after that transaction
// committed, so "a client saw an answer" implies "its record is on disk". A timer adds a signed
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
import type { AuditReceipt, AuditSink } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';
import type { AuditStore } from '../store/types.js';
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
   * false). Only for a store whose append() commits synchronously before it awaits the sync
   * (SqliteAuditStore): the audit worker sets it with a small maxBatch, so acknowledgements flow
   * back in chunks while it keeps sealing.
   */
  readonly overlap?: boolean;
}

interface Pending {
  readonly content: RecordContent;
  /** When it was queued (for the audit-lag gauge). */
  readonly at: number;
  resolve(r: AuditReceipt): void;
  reject(e: Error): void;
}

function unavailable(detail: string, cause?: unknown): PaviseError {
  return new PaviseError('PAVISE_AUDIT_UNAVAILABLE', detail, { cause });
}

export class AuditLog implements AuditWriter {
  readonly store: AuditStore;
  private readonly keys: AuditKeys;
  private readonly storeBodies: boolean;
  private readonly every: number;
  private readonly cpMs: number;
  private readonly maxBatch: number;
  private readonly overlap: boolean;
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

  constructor(store: AuditStore, keys: AuditKeys, opts: AuditLogOptions = {}) {
    this.store = store;
    this.keys = keys;
    this.storeBodies = opts.storeBodies ?? false;
    this.every = Math.max(1, Math.floor(opts.checkpointEvery ?? 1000));
    this.cpMs = Math.max(1, (opts.checkpointSeconds ?? 60) * 1000);
    this.maxBatch = Math.max(1, opts.maxBatch ?? 4096);
    this.overlap = opts.overlap ?? false;
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

  /** AuditSink: record a decision. Resolves after the record is durably committed. */
  append(event: Event, verdict: Verdict): Promise<AuditReceipt> {
    let content: RecordContent;
    try {
      content = requestRecord(event, verdict, this.keys, { storeBodies: this.storeBodies }, randomUUID(), this.now());
    } catch (err) {
      return Promise.reject(unavailable('the record could not be encoded', err));
    }
    return this.enqueue(content);
  }

  /** Record a non-request action (policy or config change, approval, block, quarantine). */
  appendRecord(input: GenericRecordInput): Promise<AuditReceipt> {
    let content: RecordContent;
    try {
      content = genericRecord(input, this.keys, randomUUID(), this.now());
    } catch (err) {
      return Promise.reject(unavailable('the record could not be encoded', err));
    }
    return this.enqueue(content);
  }

  private enqueue(content: RecordContent): Promise<AuditReceipt> {
    return new Promise<AuditReceipt>((resolve, reject) => this.appendContentTo(content, resolve, reject));
  }

  /** Callback form of appendContent: no promise per record (the audit worker's hot path). */
  appendContentTo(content: RecordContent, resolve: (r: AuditReceipt) => void, reject: (e: Error) => void): void {
    if (this.closed) return reject(unavailable('the audit log is closed'));
    if (this.queue.length >= this.maxQueue) return reject(unavailable('the audit queue is full'));
    this.queue.push({ content, at: this.now(), resolve, reject });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  /** Write everything queued. Never rejects: failures go to the waiting appends. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = this.drain().finally(() => {
      this.flushing = undefined;
      if (this.queue.length > 0) this.schedule();
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    const syncing: Promise<void>[] = [];
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.writingSince = batch[0]?.at;
      const written = this.write(batch);
      if (!this.overlap) {
        await written;
        continue;
      }
      // INVARIANT (overlap): the store commits synchronously inside append() and only the WAL
      // sync is awaited, so the next batch is sealed on the committed head while the previous
      // batch's fdatasync runs on the threadpool; each batch still resolves only after its sync.
      syncing.push(written);
      if (syncing.length >= 2) await syncing.shift();
      else await new Promise<void>((r) => setImmediate(r)); // let acknowledgements and arrivals in
    }
    await Promise.all(syncing);
  }

  private async write(batch: readonly Pending[]): Promise<void> {
    try {
      const written = await this.store.append((head) =>
        seal(
          head,
          batch.map((b) => b.content),
          { signer: this.keys.signer, checkpointEvery: this.every, checkpointMs: this.cpMs, now: this.now(), since: this.openedAt },
        ),
      );
      batch.forEach((b, i) => {
        const row = written.records[i];
        if (row) b.resolve({ id: b.content.id, seq: row.seq });
        else b.reject(unavailable('the store did not confirm the record'));
      });
    } catch (err) {
      const e = unavailable('the audit store could not write', err);
      for (const b of batch) b.reject(e);
    } finally {
      this.writingSince = undefined;
    }
  }

  /** Nothing queued and no transaction being written or synced. */
  idle(): boolean {
    return this.queue.length === 0 && this.flushing === undefined && !this.scheduled;
  }

  /**
   * Seconds the oldest record not yet committed has waited (0 when nothing is pending): the
   * `pavise_audit_lag_seconds` gauge. Grows when the disk is slow or the queue backs up.
   */
  lagSeconds(): number {
    const oldest = this.writingSince ?? this.queue[0]?.at;
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
