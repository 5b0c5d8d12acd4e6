// Group commit, fail-closed behaviour and checkpoint policy of the audit log over real stores.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AUDIT_DB_FILE, AuditLog, openAudit, verifyStore } from '../../src/audit/index.js';
import { loadOrCreateKeys, SIGNING_KEY_FILE, HMAC_KEY_FILE } from '../../src/audit/keys.js';
import { Engine } from '../../src/engine/pipeline.js';
import { DetectorRegistry } from '../../src/engine/registry.js';
import { SqliteAuditStore } from '../../src/store/audit-sqlite.js';
import type { AuditBatch, AuditHead, AuditRow, AuditStore } from '../../src/store/types.js';
import { AUDIT_DEFAULTS, allowVerdict, fillUntilRefused, makeEvent, tempDir } from './support.js';

/** Wraps a store to count transactions and to observe when commits happen. */
class CountingStore implements AuditStore {
  transactions = 0;
  committedSeq = 0;
  constructor(readonly inner: AuditStore) {}
  async append(build: (head: AuditHead) => AuditBatch): Promise<AuditBatch> {
    this.transactions += 1;
    const b = await this.inner.append(build);
    this.committedSeq = b.records[b.records.length - 1]?.seq ?? this.committedSeq;
    return b;
  }
  head = (): Promise<AuditHead> => this.inner.head();
  records = (...a: Parameters<AuditStore['records']>): AsyncIterable<AuditRow> => this.inner.records(...a);
  tail = (n: number): ReturnType<AuditStore['tail']> => this.inner.tail(n);
  checkpoints = (): ReturnType<AuditStore['checkpoints']> => this.inner.checkpoints();
  retentionBoundary = (c: number): Promise<number | undefined> => this.inner.retentionBoundary(c);
  prune = (k: number): Promise<number> => this.inner.prune(k);
  close = (): Promise<void> => this.inner.close();
}

void test('appends within one tick share one transaction; each resolves only after its commit', async () => {
  const dir = tempDir();
  const store = new CountingStore(new SqliteAuditStore(join(dir, AUDIT_DB_FILE)));
  const log = new AuditLog(store, loadOrCreateKeys(dir), { checkpointEvery: 100 });
  const ps = Array.from({ length: 500 }, (_, i) =>
    log.append(makeEvent(i), allowVerdict()).then((r) => {
      assert.ok(store.committedSeq >= r.seq, `receipt ${r.seq} resolved before its commit`);
      return r.seq;
    }),
  );
  const seqs = await Promise.all(ps);
  assert.deepEqual(seqs, Array.from({ length: 500 }, (_, i) => i + 1), 'seq follows append order');
  assert.equal(store.transactions, 1, 'one group commit');
  const cps = await store.checkpoints();
  assert.deepEqual(cps.map((c) => c.seq), [100, 200, 300, 400, 500], 'a checkpoint at least every N records');
  await log.close();
  await store.close();
});

void test('a timed checkpoint seals records after checkpointSeconds; close() seals the tip', async () => {
  let now = 10_000;
  const dir = tempDir();
  const audit = openAudit({ dataDir: dir, config: { ...AUDIT_DEFAULTS, checkpointEvery: 1000, checkpointSeconds: 5 }, now: () => now });
  await audit.sink.append(makeEvent(1), allowVerdict());
  assert.equal((await audit.store.checkpoints()).length, 0);
  now += 6_000;
  await audit.sink.append(makeEvent(2), allowVerdict());
  assert.deepEqual((await audit.store.checkpoints()).map((c) => c.seq), [2], 'time-based checkpoint on the next batch');
  await audit.sink.append(makeEvent(3), allowVerdict());
  await audit.log.checkpoint(); // what the interval timer calls
  assert.deepEqual((await audit.store.checkpoints()).map((c) => c.seq), [2, 3]);
  await audit.sink.append(makeEvent(4), allowVerdict());
  await audit.close();
  const store = new SqliteAuditStore(join(dir, AUDIT_DB_FILE), { readonly: true });
  assert.deepEqual((await store.checkpoints()).map((c) => c.seq), [2, 3, 4]);
  const r = await verifyStore(store, dir);
  assert.equal(r.ok, true);
  assert.equal(r.unsealed, 0);
  await store.close();
});

void test('keys are created once with mode 0600 and reused', () => {
  const dir = tempDir();
  const a = loadOrCreateKeys(dir);
  const b = loadOrCreateKeys(dir);
  assert.equal(a.signer.keyId, b.signer.keyId);
  assert.equal(a.digest('x'), b.digest('x'));
  for (const f of [SIGNING_KEY_FILE, HMAC_KEY_FILE]) assert.equal(statSync(join(dir, f)).mode & 0o777, 0o600, f);
});

void test('a full disk rejects the append promptly and the engine refuses with PAVISE_AUDIT_UNAVAILABLE', async () => {
  const dir = tempDir();
  const keys = loadOrCreateKeys(dir);
  const store = new SqliteAuditStore(join(dir, AUDIT_DB_FILE), { maxBytes: 64 * 1024 });
  const log = new AuditLog(store, keys, { storeBodies: true });
  const engine = new Engine({ registry: new DetectorRegistry([]), audit: log });
  const { refused, written } = await fillUntilRefused(engine, 1000);
  assert.equal(refused, 'PAVISE_AUDIT_UNAVAILABLE');
  assert.ok(written >= 1 && written < 5, `64 KiB holds a few 20 KB records: ${written}`);
  // What was committed before the disk filled still verifies.
  const r = await verifyStore(store, dir);
  assert.equal(r.ok, true, r.problem?.message);
  assert.equal(r.records, written);
  await log.close();
  await store.close();
});

void test('a closed store, a closed log, a full queue and a bad record kind reject at once', async () => {
  const dir = tempDir();
  const keys = loadOrCreateKeys(dir);
  const store = new SqliteAuditStore(join(dir, AUDIT_DB_FILE));
  const log = new AuditLog(store, keys, { maxQueue: 3 });
  await store.close();
  await assert.rejects(log.append(makeEvent(1), allowVerdict()), { code: 'PAVISE_AUDIT_UNAVAILABLE' });
  const burst = Array.from({ length: 5 }, (_, i) => log.append(makeEvent(i), allowVerdict()));
  const settled = await Promise.allSettled(burst);
  assert.equal(settled.filter((s) => s.status === 'rejected').length, 5);
  assert.match(String((settled[4] as PromiseRejectedResult).reason), /queue is full/);
  await assert.rejects(log.appendRecord({ kind: 'Bad Kind!' }), { code: 'PAVISE_AUDIT_UNAVAILABLE' });
  await log.close();
  await assert.rejects(log.append(makeEvent(9), allowVerdict()), /closed/);
});

void test('a read-only store rejects appends', async () => {
  const dir = tempDir();
  const audit = openAudit({ dataDir: dir, config: AUDIT_DEFAULTS });
  await audit.sink.append(makeEvent(1), allowVerdict());
  await audit.close();
  const ro = new SqliteAuditStore(join(dir, AUDIT_DB_FILE), { readonly: true });
  const log = new AuditLog(ro, loadOrCreateKeys(dir));
  await assert.rejects(log.append(makeEvent(2), allowVerdict()), { code: 'PAVISE_AUDIT_UNAVAILABLE' });
  await log.close();
  await ro.close();
});

void test('generic records: policy change with diff, secrets under secret-looking keys are digested', async () => {
  const dir = tempDir();
  const audit = openAudit({ dataDir: dir, config: AUDIT_DEFAULTS });
  const r = await audit.log.appendRecord({
    kind: 'policy.change',
    principal: 'cli:alice',
    policyVersion: 'v2',
    data: { from: 'v1', to: 'v2', diff: '+permit(principal, action, resource);', apiKey: 'sk-live-123', maxTokens: 5 },
  });
  const [row] = await audit.store.tail(1);
  assert.equal(row?.seq, r.seq);
  const body = JSON.parse(row?.body ?? '{}');
  assert.equal(body.kind, 'policy.change');
  assert.equal(body.data.diff, '+permit(principal, action, resource);');
  assert.equal(body.data.maxTokens, 5);
  assert.match(body.data.apiKey, /^hmac:/);
  assert.doesNotMatch(row?.body ?? '', /sk-live-123/);
  await audit.close();
});
