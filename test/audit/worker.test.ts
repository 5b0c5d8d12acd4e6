// The worker-thread audit log (src/audit/worker-log.ts + worker.ts): group commit across the
// thread boundary, acknowledgement only after commit, and fail-closed behaviour when the worker
// crashes, stops answering, or the store cannot write.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { AUDIT_DB_FILE, openAudit, verifyStore, WorkerAuditLog } from '../../src/audit/index.js';
import { loadOrCreateKeys } from '../../src/audit/keys.js';
import { Engine } from '../../src/engine/pipeline.js';
import { DetectorRegistry } from '../../src/engine/registry.js';
import { SqliteAuditStore } from '../../src/store/audit-sqlite.js';
import { AUDIT_DEFAULTS, allowVerdict, fillUntilRefused, makeEvent, tempDir } from './support.js';

function open(dir: string, extra: Partial<ConstructorParameters<typeof WorkerAuditLog>[1]> = {}): { log: WorkerAuditLog; reader: SqliteAuditStore } {
  const keys = loadOrCreateKeys(dir);
  const dbPath = join(dir, AUDIT_DB_FILE);
  const reader = new SqliteAuditStore(dbPath); // creates the schema, as openAudit does
  const log = new WorkerAuditLog(keys, { dbPath, dataDir: dir, checkpointEvery: 100, ...extra });
  return { log, reader };
}

void test('worker: appends of one turn form one message and one transaction; each resolves after its commit', async () => {
  const dir = tempDir();
  const { log, reader } = open(dir, { maxBatch: 4096 });
  try {
    await log.ready();
    const seen = reader.recordsSync.bind(reader);
    const ps = Array.from({ length: 500 }, (_, i) =>
      (i % 9 === 4 ? log.appendRecord({ kind: 'policy.change', principal: 'cli:admin', data: { to: `v${i}` } }) : log.append(makeEvent(i), allowVerdict())).then((r) => {
        // Read through a different connection: the row must already be committed.
        const rows = [...seen({ fromSeq: r.seq, toSeq: r.seq })];
        assert.equal(rows.length, 1, `receipt ${r.seq} resolved before its commit`);
        return r.seq;
      }),
    );
    const seqs = await Promise.all(ps);
    assert.deepEqual(seqs, Array.from({ length: 500 }, (_, i) => i + 1), 'seq follows append order');
    const stats = await log.stats();
    assert.equal(stats.transactions, 1, 'one group commit for one event-loop turn');
    const more = await Promise.all([log.append(makeEvent(600), allowVerdict()), log.append(makeEvent(601), allowVerdict())]);
    assert.deepEqual(more.map((r) => r.seq), [501, 502]);
    assert.deepEqual((await reader.checkpoints()).map((c) => c.seq), [100, 200, 300, 400, 500]);
    await log.close();
    assert.deepEqual((await reader.checkpoints()).map((c) => c.seq), [100, 200, 300, 400, 500, 502], 'close() seals the tip');
    const r = await verifyStore(reader, dir);
    assert.equal(r.ok, true, r.problem?.message);
    assert.equal(r.records, 502);
    await assert.rejects(log.append(makeEvent(1), allowVerdict()), { code: 'PAVISE_AUDIT_UNAVAILABLE' });
  } finally {
    await log.close();
    await reader.close();
  }
});

void test('worker: a crash rejects every pending and every later append (fail closed)', async () => {
  const dir = tempDir();
  const { log, reader } = open(dir);
  try {
    await log.ready();
    assert.equal((await log.append(makeEvent(0), allowVerdict())).seq, 1);
    const pending = Array.from({ length: 50 }, (_, i) => log.append(makeEvent(i + 1, 'x'.repeat(5000)), allowVerdict()));
    await log.abortWorker();
    const settled = await Promise.allSettled(pending);
    // Records the worker committed before it died may have been answered; none is left hanging
    // and every rejection carries the audit code.
    for (const s of settled) if (s.status === 'rejected') assert.equal((s.reason as { code?: string }).code, 'PAVISE_AUDIT_UNAVAILABLE');
    await assert.rejects(log.append(makeEvent(99), allowVerdict()), (e: Error & { code?: string }) => e.code === 'PAVISE_AUDIT_UNAVAILABLE' && /exited/.test(e.message));
    await assert.rejects(log.checkpoint(), { code: 'PAVISE_AUDIT_UNAVAILABLE' });
    assert.equal(log.lagSeconds(), 0);
  } finally {
    await log.close();
    await reader.close();
  }
  // Whatever was committed still verifies, and a new writer continues the chain.
  const audit = openAudit({ dataDir: dir, config: AUDIT_DEFAULTS });
  try {
    const before = await verifyStore(audit.store, dir);
    assert.equal(before.ok, true, before.problem?.message);
    const r = await audit.sink.append(makeEvent(100), allowVerdict());
    assert.equal(r.seq, (before.lastSeq ?? 0) + 1);
  } finally {
    await audit.close();
  }
});

void test('worker: a worker that stops answering is declared dead after stallMs', async () => {
  const dir = tempDir();
  const { log, reader } = open(dir, { stallMs: 300 });
  const blocker = new Database(join(dir, AUDIT_DB_FILE));
  try {
    await log.ready();
    // Another connection holds the write lock: the worker sits in SQLite's busy wait (2 s), unable
    // to answer — what a hung disk looks like from the main thread.
    blocker.exec('BEGIN IMMEDIATE');
    const t0 = performance.now();
    const stuck = log.append(makeEvent(1), allowVerdict());
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(log.lagSeconds() >= 0.15, `the lag gauge shows the waiting record (${log.lagSeconds()} s)`);
    await assert.rejects(stuck, (e: Error & { code?: string }) => e.code === 'PAVISE_AUDIT_UNAVAILABLE' && /did not answer/.test(e.message));
    assert.equal(log.lagSeconds(), 0, 'nothing is pending once the log is dead');
    const waited = performance.now() - t0;
    assert.ok(waited < 1900, `rejected by the watchdog (${waited.toFixed(0)} ms), not by SQLite's busy timeout`);
    blocker.exec('ROLLBACK');
    await assert.rejects(log.append(makeEvent(2), allowVerdict()), { code: 'PAVISE_AUDIT_UNAVAILABLE' }, 'a dead log stays dead');
  } finally {
    if (blocker.inTransaction) blocker.exec('ROLLBACK');
    blocker.close();
    await log.close();
    await reader.close();
  }
});

void test('worker: a full disk makes the engine refuse promptly with PAVISE_AUDIT_UNAVAILABLE; committed records verify', async () => {
  const dir = tempDir();
  const { log, reader } = open(dir, { maxBytes: 64 * 1024, storeBodies: true });
  const engine = new Engine({ registry: new DetectorRegistry([]), audit: log });
  try {
    await log.ready();
    const { refused, written } = await fillUntilRefused(engine, 1500);
    assert.equal(refused, 'PAVISE_AUDIT_UNAVAILABLE');
    assert.ok(written >= 1 && written < 5, `64 KiB holds a few 20 KB records: ${written}`);
    const r = await verifyStore(reader, dir);
    assert.equal(r.ok, true, r.problem?.message);
    assert.equal(r.records, written);
  } finally {
    await log.close();
    await reader.close();
  }
});

void test('worker: a request whose args cannot be cloned fails alone; the rest of its turn commits', async () => {
  const dir = tempDir();
  const { log, reader } = open(dir);
  try {
    const ok1 = log.append(makeEvent(1), allowVerdict());
    const bad = log.append(makeEvent(2, 'call', { args: { cb: () => 1 } }), allowVerdict());
    const ok2 = log.append(makeEvent(3), allowVerdict());
    await assert.rejects(bad, { code: 'PAVISE_AUDIT_UNAVAILABLE' });
    assert.deepEqual([(await ok1).seq, (await ok2).seq], [1, 2]);
  } finally {
    await log.close();
    await reader.close();
  }
});

void test('worker: the queue is bounded', async () => {
  const dir = tempDir();
  const { log, reader } = open(dir, { maxQueue: 3 });
  try {
    const burst = Array.from({ length: 5 }, (_, i) => log.append(makeEvent(i), allowVerdict()));
    const settled = await Promise.allSettled(burst);
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
    assert.match(String((settled[4] as PromiseRejectedResult).reason), /queue is full/);
  } finally {
    await log.close();
    await reader.close();
  }
});
