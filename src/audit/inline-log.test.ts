// InlineAuditLog (`audit.writer: inline`): the worker's writer on the calling thread. Proves the
// two phases hold (written = visible to another connection; durable only after a WAL sync), a
// request's input record (WRITTEN) costs no sync of its own when its output record follows (one
// fdatasync per request), `sync()` and the timer bound the wait, WAL checkpoint passes run at idle
// moments, the chain verifies, eager commits at idle moments keep group commit under load, `auto` picks the
// writer by CPUs, and a closed log fails closed.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { UNTIL_WRITTEN } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';
import { parseConfig } from '../policy/config.js';
import { SqliteAuditStore } from '../store/audit-sqlite.js';
import { InlineAuditLog } from './inline-log.js';
import { AUDIT_DB_FILE, openAudit, resolveWriter, verifyStore, WorkerAuditLog } from './index.js';
import { loadOrCreateKeys } from './keys.js';

const event = (i: number): Event => ({
  id: `ev-${i}`,
  time: 1_700_000_000_000 + i,
  principal: { id: 'key:p', kind: 'user', roles: [] },
  action: i % 2 === 0 ? 'chat.input' : 'chat.output',
  resource: { kind: 'model', id: 'gpt-4o' },
  parts: [{ text: `hello ${i} `.repeat(40), provenance: 'user' }],
  surface: 'sdk',
});
const verdict: Verdict = { decision: 'allow', message: 'allowed', reasons: [], findings: [], redactions: [], policyVersion: 'pv-1', obligations: [] };

function setup(opts: { walCheckpoints?: { passPages: number; writerBoundPages: number } | false; lazySyncMs?: number; eager?: boolean } = {}): {
  dir: string;
  log: InlineAuditLog;
  syncs: () => number;
} {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-inline-'));
  const keys = loadOrCreateKeys(dir);
  // The schema comes from a first connection, as openAudit does.
  new SqliteAuditStore(join(dir, AUDIT_DB_FILE)).close().catch(() => undefined);
  const log = new InlineAuditLog(keys, {
    dbPath: join(dir, AUDIT_DB_FILE),
    synchronous: 'FULL',
    checkpointSeconds: 3600,
    timer: false,
    walCheckpoints: opts.walCheckpoints ?? false,
    ...(opts.lazySyncMs !== undefined ? { lazySyncMs: opts.lazySyncMs } : {}),
    ...(opts.eager !== undefined ? { eager: opts.eager } : {}),
  });
  // Count the WAL syncs the writer starts: a commit with its own sync, or a covering syncStaged().
  let n = 0;
  const store = log.store;
  const appendStaged = store.appendStaged.bind(store);
  store.appendStaged = (build, sync) => {
    if (sync !== false) n += 1;
    return appendStaged(build, sync);
  };
  const syncStaged = store.syncStaged.bind(store);
  store.syncStaged = () => {
    n += 1;
    return syncStaged();
  };
  return { dir, log, syncs: () => n };
}

function countRows(dir: string): number {
  const db = new Database(join(dir, AUDIT_DB_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM audit_records').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

void test('inline: a WRITTEN input record is visible at once, and its durability rides on the output record`s sync (one sync per request)', async () => {
  const { dir, log, syncs } = setup({ lazySyncMs: 10_000 });
  try {
    const input = await log.append(event(0), verdict, UNTIL_WRITTEN);
    assert.equal(countRows(dir), 1, 'written = committed: another connection sees it');
    assert.ok(input.durable, 'FULL: the written receipt carries its durability');
    assert.equal(typeof input.sync, 'function', 'a lazily synced receipt can ask for a sync');
    assert.equal(syncs(), 0, 'no sync started for a WRITTEN record alone');
    let inputDurable = false;
    void input.durable.then(() => (inputDurable = true));
    const output = await log.append(event(1), verdict);
    assert.ok(output.durable);
    await output.durable;
    await input.durable;
    assert.equal(inputDurable, true);
    assert.equal(syncs(), 1, 'the output record`s sync covered the input record');
    assert.equal(countRows(dir), 2);
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('inline: sync() makes a lone WRITTEN record durable now; the timer bounds the wait otherwise', async () => {
  const { dir, log, syncs } = setup({ lazySyncMs: 60 });
  try {
    const a = await log.append(event(0), verdict, UNTIL_WRITTEN);
    assert.ok(a.durable && a.sync);
    a.sync();
    await a.durable;
    assert.equal(syncs(), 1);
    const b = await log.append(event(2), verdict, UNTIL_WRITTEN);
    assert.ok(b.durable);
    let done = false;
    void b.durable.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 15));
    assert.equal(done, false, 'not durable before any sync covers it');
    const t0 = performance.now();
    await b.durable;
    assert.ok(performance.now() - t0 < 5_000);
    assert.equal(syncs(), 2, 'the lazySyncMs timer started one sync');
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('inline: appends of one turn share a transaction; the chain verifies after close', async () => {
  const { dir, log } = setup();
  try {
    const receipts = await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(event(i), verdict)));
    assert.deepEqual(
      receipts.map((r) => r.seq),
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    // Eager (the default): the first record of an idle turn commits inside append, the other 39
    // gather into one group commit at the turn's end.
    assert.equal(log.store.commits, 2, 'one eager commit, then one group commit for the rest of the turn');
    await log.appendRecord({ kind: 'policy.change', principal: 'cli:test', data: { note: 'x' } });
    await log.close();
    const reader = new SqliteAuditStore(join(dir, AUDIT_DB_FILE), { readonly: true });
    const v = await verifyStore(reader, dir);
    await reader.close();
    assert.equal(v.ok, true, JSON.stringify(v.problem ?? null));
    await assert.rejects(log.append(event(99), verdict), (e: Error & { code?: string }) => e.code === 'PAVISE_AUDIT_UNAVAILABLE');
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const nextTurn = (): Promise<'turn'> => new Promise((r) => setImmediate(() => r('turn')));

void test('inline eager: an idle writer commits inside append (acknowledged before the next turn); the rest of that turn gathers; eager: false waits for the turn', async () => {
  for (const eager of [true, false]) {
    const { dir, log } = setup({ eager, lazySyncMs: 10_000 });
    try {
      const p1 = log.append(event(0), verdict, UNTIL_WRITTEN);
      assert.equal(countRows(dir), eager ? 1 : 0, `eager ${eager}: committed inside append`);
      const p2 = log.append(event(1), verdict, UNTIL_WRITTEN);
      assert.equal(countRows(dir), eager ? 1 : 0, 'the second append of the turn waits for the turn`s end');
      let acked = false;
      void p1.then(() => (acked = true));
      for (let i = 0; i < 5; i++) await Promise.resolve(); // microtasks only: no event-loop turn passes
      assert.equal(acked, eager, `eager ${eager}: WRITTEN acknowledged without an event-loop hop`);
      const [r1, r2] = await Promise.all([p1, p2]);
      assert.deepEqual([r1.seq, r2.seq], [1, 2], 'chain order is arrival order');
      assert.equal(log.store.commits, eager ? 2 : 1);
      assert.ok(r2.sync);
      r2.sync();
      await Promise.all([r1.durable, r2.durable]);
      await nextTurn();
      // Idle again (nothing queued, nothing syncing, a new turn): eager once more.
      const p3 = log.append(event(2), verdict);
      assert.equal(countRows(dir), eager ? 3 : 2);
      const r3 = await p3;
      assert.equal(r3.seq, 3);
      await r3.durable;
    } finally {
      await log.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

void test('inline eager: while a sync runs, appends gather into one transaction (group commit under load); the chain verifies', async () => {
  const { dir, log } = setup({ lazySyncMs: 10_000 });
  try {
    // Hold every WAL sync until released, so "a sync is in flight" is certain.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const store = log.store;
    const appendStaged = store.appendStaged.bind(store);
    store.appendStaged = (build, sync) => {
      const s = appendStaged(build, sync);
      return s.durable ? { batch: s.batch, durable: s.durable.then(() => gate) } : s;
    };
    const a = log.append(event(0), verdict);
    assert.equal(countRows(dir), 1, 'idle: committed inside append, its sync started');
    const ra = await a;
    await nextTurn();
    // A new turn, but A's sync is still running: these wait for the turn's end and commit together.
    const later = [1, 2, 3].map((i) => log.append(event(i), verdict));
    assert.equal(countRows(dir), 1, 'not eager while a sync runs');
    const rs = await Promise.all(later);
    assert.deepEqual(rs.map((r) => r.seq), [2, 3, 4]);
    assert.equal(store.commits, 2, 'one group commit for the three');
    let durable = false;
    void Promise.all([ra.durable, ...rs.map((r) => r.durable)]).then(() => (durable = true));
    await nextTurn();
    assert.equal(durable, false, 'nothing is durable before its sync ended');
    release();
    await Promise.all([ra.durable, ...rs.map((r) => r.durable)]);
    await log.close();
    const reader = new SqliteAuditStore(join(dir, AUDIT_DB_FILE), { readonly: true });
    const v = await verifyStore(reader, dir);
    await reader.close();
    assert.equal(v.ok, true, JSON.stringify(v.problem ?? null));
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('inline: WAL checkpoint passes run at idle, light-load moments', async () => {
  const { dir, log } = setup({ walCheckpoints: { passPages: 20, writerBoundPages: 2000 } });
  try {
    // Requests one at a time with a pause between them: every pause is an idle, light-load
    // moment (the checkpointer thread may still be starting during the first ones).
    const until = performance.now() + 5_000;
    for (let i = 0; log.walPasses.length === 0 && performance.now() < until; i++) {
      const r = await log.append(event(i), verdict);
      await r.durable;
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.ok(log.walPasses.length > 0, 'a checkpoint pass ran');
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('config: audit.writer auto (default) resolves by the CPUs the process may use; explicit values win; unknown values rejected', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-inline-cfg-'));
  try {
    const def = parseConfig('{}', 't.yaml', {}).config;
    assert.equal(def.audit.writer, 'auto');
    assert.equal(resolveWriter('auto', 1), 'inline', 'one CPU: a worker thread could not run beside the loop');
    assert.equal(resolveWriter(undefined, 1), 'inline');
    assert.equal(resolveWriter('auto', 2), 'worker');
    assert.equal(resolveWriter(undefined, 4), 'worker');
    assert.equal(resolveWriter('worker', 1), 'worker');
    assert.equal(resolveWriter('inline', 8), 'inline');
    for (const [cpus, kind] of [
      [1, InlineAuditLog],
      [2, WorkerAuditLog],
    ] as const) {
      const sub = join(dir, `auto-${cpus}`);
      mkdirSync(sub);
      const a = openAudit({ dataDir: sub, config: def.audit, cpus });
      try {
        assert.ok(a.log instanceof kind, `auto with ${cpus} CPU(s)`);
        await a.ready();
        assert.equal((await a.sink.append(event(0), verdict)).seq, 1);
      } finally {
        await a.close();
      }
    }
    const cfg = parseConfig('audit: { writer: inline }', 't.yaml', {}).config;
    assert.equal(cfg.audit.writer, 'inline');
    assert.throws(() => parseConfig('audit: { writer: thread }', 't.yaml', {}));
    const audit = openAudit({ dataDir: dir, config: cfg.audit });
    try {
      assert.ok(audit.log instanceof InlineAuditLog);
      const r = await audit.sink.append(event(0), verdict);
      assert.equal(r.seq, 1);
    } finally {
      await audit.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
