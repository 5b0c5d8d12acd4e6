// The WAL checkpointer: the writer stops checkpointing inside its commits, the checkpoint thread
// copies the WAL into the database file, a WAL that keeps growing is cut back by RESTART, and a
// checkpointer that cannot run hands checkpoints back to the writer.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteAuditStore } from '../store/audit-sqlite.js';
import type { AuditBatch, AuditHead } from '../store/types.js';
import { startWalCheckpointer } from './checkpointer.js';
import { loadOrCreateKeys } from './keys.js';
import { WorkerAuditLog } from './worker-log.js';
import { verifyStore } from './index.js';

const BODY = 'x'.repeat(3000);
const rows =
  (n: number) =>
  (head: AuditHead): AuditBatch => ({
    records: Array.from({ length: n }, (_, i) => ({ seq: head.seq + 1 + i, time: 1, kind: 'request', hash: String(head.seq + 1 + i).padStart(64, '0'), body: BODY })),
    checkpoints: [],
  });

/** Frames in the WAL right now, read by a PASSIVE checkpoint from a fresh connection (it also copies them). */
function walFrames(path: string): number {
  const db = new Database(path);
  try {
    const r = (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0];
    return r?.log ?? -1;
  } finally {
    db.close();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

void test('store autoCheckpointPages: 0 never checkpoints inside a commit; the default (1000) does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-cp-'));
  try {
    const frames: number[] = [];
    for (const pages of [0, undefined]) {
      const path = join(dir, `${pages ?? 'default'}.db`);
      const store = new SqliteAuditStore(path, { synchronous: 'NORMAL', ...(pages !== undefined ? { autoCheckpointPages: pages } : {}) });
      // ~1 page per record: 2500 records cross SQLite's 1000-page automatic checkpoint twice.
      for (let i = 0; i < 250; i++) await store.append(rows(10));
      assert.ok(store.pagesWritten >= 2500, `pagesWritten ${store.pagesWritten}`);
      frames.push(walFrames(path));
      await store.close();
    }
    const [never = 0, auto = 0] = frames;
    assert.ok(never > 2500, `autoCheckpointPages 0: ${never} frames, expected the whole history in the WAL`);
    assert.ok(auto <= 1100, `default: ${auto} frames, expected automatic checkpoints`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('checkpointer: a requested pass copies the whole WAL, and the next write starts the WAL over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-cp-'));
  const path = join(dir, 'audit.db');
  const store = new SqliteAuditStore(path, { synchronous: 'NORMAL', autoCheckpointPages: 0 });
  let failed: string | undefined;
  const cp = startWalCheckpointer({ dbPath: path, synchronous: 'NORMAL', onFail: (r) => (failed = r) });
  try {
    for (let i = 0; i < 60; i++) await store.append(rows(10));
    // request() is refused until the thread is up, and while a pass runs.
    while (!cp.request()) await sleep(5);
    assert.equal(cp.request(), false);
    while (cp.passes.length === 0) await sleep(5);
    const pass = cp.passes[0];
    assert.ok(pass && pass.log > 600 && pass.checkpointed === pass.log, JSON.stringify(pass));
    await store.append(rows(1));
    // The WAL restarted: it now holds only the last transaction's frames.
    assert.ok(walFrames(path) < 10);
    assert.equal(failed, undefined);
    assert.equal((await store.head()).seq, 601);
  } finally {
    await cp.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('checkpointer: a thread that cannot open the database calls onFail (the writer then checkpoints itself)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-cp-'));
  try {
    const reason = await new Promise<string>((resolve) => {
      startWalCheckpointer({ dbPath: join(dir, 'missing.db'), synchronous: 'NORMAL', onFail: resolve });
    });
    assert.match(reason, /checkpointer/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

async function workerRun(walCheckpoints: { passPages: number; writerBoundPages: number }, idleMs: number, perBatch = 50) {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-cp-'));
  const dbPath = join(dir, 'audit.db');
  const reader = new SqliteAuditStore(dbPath, { synchronous: 'FULL' });
  const keys = loadOrCreateKeys(dir);
  const log = new WorkerAuditLog(keys, { dbPath, dataDir: dir, walCheckpoints });
  try {
    await log.ready();
    for (let round = 0; round < 500 / perBatch; round++) {
      await Promise.all(Array.from({ length: perBatch }, (_, i) => log.appendRecord({ kind: 'config.change', principal: 'test', data: { round, i, pad: 'y'.repeat(3000) } })));
      if (idleMs > 0) await sleep(idleMs);
    }
    const stats = await log.stats();
    await log.close();
    const v = await verifyStore(reader, dir);
    return { stats, v, walBytes: statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0 };
  } finally {
    await log.close();
    await reader.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void test('WorkerAuditLog: the audit worker asks for passes at idle moments under light load, and the log verifies', async () => {
  const light = await workerRun({ passPages: 50, writerBoundPages: 100_000 }, 5, 5);
  assert.ok((light.stats.walPasses ?? []).some((p) => p.checkpointed > 0), 'the worker reported no checkpoint pass');
  assert.equal(light.v.ok, true);
  assert.equal(light.v.records, 500);
  // ~500 pages written with no writer threshold: the passes (and the writer's tail copies) kept
  // restarting the WAL.
  assert.ok(light.walBytes < 300 * (4096 + 24), `WAL ${light.walBytes} bytes`);
  // Transactions of 50 records are heavy load: no pass, the writer's threshold does the work.
  const heavy = await workerRun({ passPages: 50, writerBoundPages: 100_000 }, 5, 50);
  assert.equal((heavy.stats.walPasses ?? []).length, 0);
  assert.equal(heavy.v.ok, true);
});

void test("WorkerAuditLog: with no pass, the writer's own threshold bounds the WAL", async () => {
  // passPages is never reached: only the writer's bound (100 pages) checkpoints.
  const bounded = await workerRun({ passPages: 1_000_000, writerBoundPages: 100 }, 0);
  const unbounded = await workerRun({ passPages: 1_000_000, writerBoundPages: 0 }, 0);
  assert.equal(bounded.v.ok, true);
  assert.equal((bounded.stats.walPasses ?? []).length, 0);
  // 500 records of ~3 KB: ~500+ pages without a bound.
  assert.ok(unbounded.walBytes > 400 * 4096, `unbounded WAL ${unbounded.walBytes}`);
  assert.ok(bounded.walBytes < unbounded.walBytes / 2, `bounded WAL ${bounded.walBytes} vs ${unbounded.walBytes}`);
});
