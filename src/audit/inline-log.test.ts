// InlineAuditLog (`audit.writer: inline`): the worker's writer on the calling thread. Proves the
// two phases hold (written = visible to another connection; durable only after a WAL sync), a
// request's input record (WRITTEN) costs no sync of its own when its output record follows (one
// fdatasync per request), `sync()` and the timer bound the wait, WAL checkpoint passes run at idle
// moments, the chain verifies, the config selects it, and a closed log fails closed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { UNTIL_WRITTEN } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';
import { parseConfig } from '../policy/config.js';
import { SqliteAuditStore } from '../store/audit-sqlite.js';
import { InlineAuditLog } from './inline-log.js';
import { AUDIT_DB_FILE, openAudit, verifyStore } from './index.js';
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

function setup(opts: { walCheckpoints?: { passPages: number; writerBoundPages: number } | false; lazySyncMs?: number } = {}): {
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
    assert.equal(log.store.commits, 1, 'one group commit for one turn`s appends');
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

void test('inline: WAL checkpoint passes run at idle, light-load moments', async () => {
  const { dir, log } = setup({ walCheckpoints: { passPages: 20, writerBoundPages: 2000 } });
  try {
    for (let i = 0; i < 60; i++) {
      const r = await log.append(event(i), verdict);
      await r.durable;
    }
    const until = performance.now() + 5_000;
    while (log.walPasses.length === 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
    assert.ok(log.walPasses.length > 0, 'a checkpoint pass ran');
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('config: audit.writer selects the inline writer; default worker; unknown values rejected', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-inline-cfg-'));
  try {
    const def = parseConfig('{}', 't.yaml', {}).config;
    assert.equal(def.audit.writer, 'worker');
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
