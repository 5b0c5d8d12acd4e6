// The audit worker thread: builds request records (keyed digests), chains them (RFC 8785 +
// SHA-256), signs checkpoints and writes them to SQLite with group commit and the configured
// synchronous mode — all off the gateway's event loop. Started by WorkerAuditLog (worker-log.ts).
//
// It runs the ordinary in-thread AuditLog over a SqliteAuditStore: each `batch` message (one per
// main-thread event-loop turn) is enqueued at once, and everything that arrived in one worker turn
// forms the next group commit. Transactions hold at most `maxBatch` records and commit while up to
// one earlier transaction's WAL fdatasync still runs (AuditLog `overlap`); each record is
// acknowledged (`acks`) once its transaction committed (written), with the transaction's number,
// and each transaction's sync is reported when it finished (FULL), in the same kind of message —
// in chunks, so the main thread refills the pipeline while the worker keeps sealing.
// Misses: a request whose record fails to encode (non-JSON args) fails alone; a store error fails
// the whole transaction, as in AuditLog. Cost: per record one requestRecord (HMACs) + one
// canonicalization + one SHA-256 + one INSERT; the main thread only clones the event.
// WAL checkpoints run on their own small thread (checkpointer.ts) when `walCheckpoints` is set (the
// runtime sets it), so no commit here waits for SQLite to copy pages and fsync the database file.
// Failure mode: an error while opening posts `fatal` and exits; an uncaught error ends the thread;
// WorkerAuditLog sees either and fails closed. Keys come from the data dir files (never from a
// message), and failure reasons sent back carry error messages, never record content.

import { parentPort, workerData } from 'node:worker_threads';
import { loadKeys } from './keys.js';
import { AuditLog } from './log.js';
import type { AuditReceipt } from '../engine/pipeline.js';
import type { RecordContent } from './record.js';
import { requestRecord } from './record.js';
import type { FromWorker, ToWorker, WorkerInit, WorkerItem } from './worker-protocol.js';
import { threadCpuMicros } from './worker-protocol.js';
import { WriterStore } from './writer-store.js';

const port = parentPort;
if (!port) throw new Error('src/audit/worker.ts runs only as a worker thread');
const init = workerData as WorkerInit;

function reason(err: unknown): string {
  // PaviseError's message is the client-safe text plus an operator detail; SqliteError's is the
  // SQLite error text. Neither carries record content.
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return err instanceof Error ? `${err.message}${cause}` : String(err);
}

function post(m: FromWorker): void {
  port?.postMessage(m);
}

let writer: WriterStore;
let log: AuditLog;
let clock = init.openedAt;
try {
  const keys = loadKeys(init.dataDir);
  writer = new WriterStore(
    {
      dbPath: init.dbPath,
      synchronous: init.synchronous,
      ...(init.maxBytes !== undefined ? { maxBytes: init.maxBytes } : {}),
      ...(init.walCheckpoints ? { wal: init.walCheckpoints } : {}),
    },
    () => setImmediate(maybePass),
  );
  const store = writer.store;
  const checkpointer = writer.checkpointer;
  log = new AuditLog(store, keys, {
    storeBodies: init.storeBodies,
    checkpointEvery: init.checkpointEvery,
    checkpointSeconds: init.checkpointSeconds,
    maxBatch: init.maxBatch,
    maxQueue: init.maxQueue,
    // INVARIANT: the clock is the main thread's, carried by every message, so checkpoint times
    // follow the same (possibly injected) clock as record times.
    now: () => clock,
    timer: false,
    overlap: true,
    // Records asked for WRITTEN (`w`) wait for a covering sync: usually their request's next
    // record's, or a `sync` message when the surface is about to answer (log.ts lazySync).
    lazySync: true,
  });
  // Acknowledgements (written, and durable) of one worker turn go out in one message.
  let acks: { n: number[]; i: number[]; r: (number | string)[]; x: number[]; dx: number[]; dr: (string | null)[] } = { n: [], i: [], r: [], x: [], dx: [], dr: [] };
  // Checkpoint passes (writer-store.ts): asked for after the acknowledgements are out, so a pass
  // never delays one.
  function maybePass(): void {
    writer.maybePass(log.idle());
  }
  const flushAcks = (): void => {
    const a = acks;
    acks = { n: [], i: [], r: [], x: [], dx: [], dr: [] };
    post({ t: 'acks', ...a });
    if (checkpointer) setImmediate(maybePass);
  };
  const queued = (): void => {
    if (acks.n.length === 0 && acks.dx.length === 0) queueMicrotask(flushAcks);
  };
  const ack = (n: number, i: number, r: number | string, x: number): void => {
    queued();
    acks.n.push(n);
    acks.i.push(i);
    acks.r.push(r);
    acks.x.push(x);
  };
  const synced = (x: number, failure: string | null): void => {
    queued();
    acks.dx.push(x);
    acks.dr.push(failure);
  };
  // The receipts of one transaction share its `durable` promise and resolve one after another
  // (AuditLog.write), so a new promise means a new transaction.
  let lastDurable: Promise<void> | undefined;
  let tx = 0;
  const txOf = (durable: Promise<void> | undefined): number => {
    if (durable === undefined) return 0;
    if (durable !== lastDurable) {
      lastDurable = durable;
      const x = ++tx;
      durable.then(
        () => synced(x, null),
        (err: unknown) => synced(x, reason(err)),
      );
    }
    return tx;
  };
  const opts = { storeBodies: init.storeBodies };
  const appendItem = (n: number, item: WorkerItem, i: number): void => {
    const fail = (err: unknown): void => ack(n, i, reason(err), 0);
    // One acknowledgement per record unless the caller asked for WRITTEN (`w`): then one at the
    // commit, and the transaction's durability in a later message.
    const early = item.k === 'req' && item.w !== undefined;
    const ok = (r: AuditReceipt): void => {
      const durable = r.durable;
      if (early || durable === undefined) ack(n, i, r.seq, txOf(durable));
      else durable.then(() => ack(n, i, r.seq, 0), fail);
    };
    if (item.k === 'rec') return log.appendContentTo(item.content, ok, fail);
    let content: RecordContent;
    try {
      content = requestRecord(item.event, item.verdict, keys, opts, item.id, item.time);
    } catch (err) {
      return fail(new Error(`the record could not be encoded: ${err instanceof Error ? err.message : 'not JSON'}`));
    }
    log.appendContentTo(content, ok, fail, item.w === 1);
  };
  port.on('message', (m: ToWorker) => {
    clock = m.now;
    switch (m.t) {
      case 'batch':
        m.items.forEach((item, i) => appendItem(m.n, item, i));
        return;
      case 'sync':
        void log.syncNow();
        return;
      case 'checkpoint':
        log.checkpoint().then(
          () => post({ t: 'ok', n: m.n }),
          (err: unknown) => post({ t: 'err', n: m.n, message: reason(err) }),
        );
        return;
      case 'stats':
        post({ t: 'ok', n: m.n, stats: { transactions: store.commits, cpuMicros: threadCpuMicros(), ...(checkpointer ? { walPasses: [...checkpointer.passes] } : {}) } });
        return;
      case 'close':
        log
          .close()
          .then(() => writer.close())
          .then(
            () => post({ t: 'ok', n: m.n }),
            (err: unknown) => post({ t: 'err', n: m.n, message: reason(err) }),
          );
        return;
    }
  });
  post({ t: 'ready' });
} catch (err) {
  post({ t: 'fatal', message: reason(err) });
  process.exit(1);
}
