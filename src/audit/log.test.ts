// AuditLog's overlap mode (the audit worker's): transactions commit while earlier ones still sync,
// records arriving during a sync do not wait for it before their commit, each append resolves only
// after its own sync, the chain stays in commit order, and flush waits for everything before it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { AuditReceipt } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';
import { GENESIS_HASH, SqliteAuditStore } from '../store/audit-sqlite.js';
import type { AuditBatch, AuditHead, AuditStore } from '../store/types.js';
import { loadOrCreateKeys } from './keys.js';
import { AuditLog } from './log.js';

/** Commits synchronously inside append() (as SqliteAuditStore does); each sync waits for release(). */
class GatedStore implements AuditStore {
  private tip: AuditHead = { seq: 0, hash: GENESIS_HASH, checkpointSeq: 0, checkpointTime: 0 };
  /** Record seqs of each committed transaction, in commit order. */
  readonly commits: number[][] = [];
  private readonly gates: Array<(() => void) | undefined> = [];

  append(build: (head: AuditHead) => AuditBatch): Promise<AuditBatch> {
    const batch = build(this.tip);
    const last = batch.records[batch.records.length - 1];
    if (last) this.tip = { ...this.tip, seq: last.seq, hash: last.hash };
    this.commits.push(batch.records.map((r) => r.seq));
    return new Promise((resolve) => this.gates.push(() => resolve(batch)));
  }
  /** Let transaction `i` (0-based, commit order) finish its sync. */
  release(i: number): void {
    const g = this.gates[i];
    assert.ok(g, `transaction ${i} is syncing`);
    this.gates[i] = undefined;
    g();
  }
  head(): Promise<AuditHead> {
    return Promise.resolve(this.tip);
  }
  async *records(): AsyncIterable<never> {}
  tail(): Promise<never[]> {
    return Promise.resolve([]);
  }
  checkpoints(): Promise<never[]> {
    return Promise.resolve([]);
  }
  retentionBoundary(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
  prune(): Promise<number> {
    return Promise.resolve(0);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

const event = (i: number): Event => ({
  id: `ev-${i}`,
  time: 1_700_000_000_000 + i,
  principal: { id: 'key:p', kind: 'user', roles: [] },
  action: 'chat.input',
  resource: { kind: 'model', id: 'gpt-4o' },
  parts: [{ text: `hello ${i}`, provenance: 'user' }],
  surface: 'sdk',
});
const verdict: Verdict = { decision: 'allow', message: 'allowed', reasons: [], findings: [], redactions: [], policyVersion: 'pv-1', obligations: [] };

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

function track(p: Promise<AuditReceipt>): { done: boolean; seq: number | undefined } {
  const s: { done: boolean; seq: number | undefined } = { done: false, seq: undefined };
  void p.then((r) => {
    s.done = true;
    s.seq = r.seq;
  });
  return s;
}

void test('overlap: a record arriving during a sync commits at once; each resolves after its own sync; two syncs at most', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-log-'));
  try {
    const store = new GatedStore();
    const log = new AuditLog(store, loadOrCreateKeys(dir), { timer: false, overlap: true });
    const a = track(log.append(event(1), verdict));
    await turn();
    assert.deepEqual(store.commits, [[1]]);
    // B arrives while A's sync runs: it is committed now, not after A's sync (the old drain loop
    // had already ended, so B waited for A's whole sync before its commit even began).
    const b = track(log.append(event(2), verdict));
    await turn();
    assert.deepEqual(store.commits, [[1], [2]], 'B committed while A still syncs');
    // Both sync slots are taken: C waits in the queue.
    const c = track(log.append(event(3), verdict));
    await turn();
    assert.deepEqual(store.commits, [[1], [2]], 'no third transaction while two sync');
    let flushed = false;
    void log.flush().then(() => (flushed = true));
    // B's sync ends first: B resolves, A does not (its own sync still runs), and C is committed
    // in the freed slot.
    store.release(1);
    await turn();
    assert.equal(b.done, true);
    assert.equal(b.seq, 2);
    assert.equal(a.done, false, 'A waits for its own sync');
    assert.deepEqual(store.commits, [[1], [2], [3]], 'C committed when a slot freed');
    store.release(0);
    await turn();
    assert.equal(a.done, true);
    assert.equal(c.done, false);
    assert.equal(flushed, false, 'flush waits for every record appended before it');
    assert.equal(log.idle(), false);
    store.release(2);
    await turn();
    assert.equal(c.seq, 3);
    assert.equal(flushed, true);
    assert.equal(log.idle(), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('overlap: appends of one turn share a transaction; a backlog drains in chain order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-log-'));
  try {
    const store = new GatedStore();
    const log = new AuditLog(store, loadOrCreateKeys(dir), { timer: false, overlap: true, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((i) => track(log.append(event(i), verdict)));
    await turn();
    // maxBatch 2 and two sync slots: [1,2] and [3,4] committed, 5 queued.
    assert.deepEqual(store.commits, [[1, 2], [3, 4]]);
    store.release(0);
    await turn();
    assert.deepEqual(store.commits, [[1, 2], [3, 4], [5]]);
    store.release(1);
    store.release(2);
    await log.flush();
    assert.deepEqual(
      all.map((s) => s.seq),
      [1, 2, 3, 4, 5],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The real store, whose WAL syncs wait for the test: written (committed) before durable. */
class HeldSyncStore extends SqliteAuditStore {
  readonly held: Array<{ go(): void; fail(e: Error): void }> = [];
  protected override walSync(): Promise<void> {
    return new Promise<void>((resolve, reject) => this.held.push({ go: () => resolve(super.walSync()), fail: reject }));
  }
}

void test('two-phase: append resolves once committed (visible to another connection), its receipt durable after the sync', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-log-'));
  const path = join(dir, 'audit.db');
  const store = new HeldSyncStore(path);
  const reader = new SqliteAuditStore(path, { readonly: true });
  try {
    const log = new AuditLog(store, loadOrCreateKeys(dir), { timer: false, overlap: true });
    const r = await log.append(event(1), verdict);
    assert.equal(r.seq, 1);
    assert.ok(r.durable, 'a FULL store acknowledges written with a durable promise');
    assert.deepEqual((await reader.tail(5)).map((x) => x.seq), [1], 'written = visible to another connection');
    const d = track(r.durable.then(() => r));
    let flushed = false;
    void log.flush().then(() => (flushed = true));
    let recorded = false;
    void log.appendRecord({ kind: 'config.change', principal: 'cli:x' }).then(() => (recorded = true));
    await turn();
    await turn();
    assert.equal(d.done, false, 'durable before its sync');
    assert.equal(flushed, false, 'flush waits for durability');
    assert.equal(store.held.length, 2, 'the generic record committed beside the running sync');
    assert.equal(recorded, false, 'appendRecord resolves only once durable');
    store.held[0]?.go();
    store.held[1]?.go();
    await log.flush();
    assert.equal(d.done, true);
    assert.equal(flushed, true);
    assert.equal(recorded, true);
  } finally {
    await reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('two-phase: a failed sync rejects the receipt`s durable promise with PAVISE_AUDIT_UNAVAILABLE; a failed commit rejects append', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-log-'));
  const store = new HeldSyncStore(join(dir, 'audit.db'));
  try {
    const log = new AuditLog(store, loadOrCreateKeys(dir), { timer: false, overlap: true });
    const r = await log.append(event(1), verdict);
    store.held[0]?.fail(new Error('EIO'));
    await assert.rejects(r.durable ?? Promise.resolve(), (e: Error & { code?: string }) => e.code === 'PAVISE_AUDIT_UNAVAILABLE');
    await store.close();
    await assert.rejects(log.append(event(2), verdict), (e: Error & { code?: string }) => e.code === 'PAVISE_AUDIT_UNAVAILABLE');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('two-phase: with synchronous NORMAL written is durable (no durable promise)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-log-'));
  const store = new SqliteAuditStore(join(dir, 'audit.db'), { synchronous: 'NORMAL' });
  try {
    const log = new AuditLog(store, loadOrCreateKeys(dir), { timer: false, overlap: true });
    const r = await log.append(event(1), verdict);
    assert.equal(r.durable, undefined);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('lazySync: a WRITTEN-asked batch waits for a covering sync — a later batch`s, sync(), or the timer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-log-'));
  const store = new HeldSyncStore(join(dir, 'audit.db'));
  try {
    const log = new AuditLog(store, loadOrCreateKeys(dir), { timer: false, overlap: true, lazySync: true, lazySyncMs: 200 });
    // 1. Covered by the next ordinary batch's sync: one fdatasync for both.
    const input = await log.append(event(1), verdict, { until: 'written' });
    assert.equal(store.held.length, 0, 'no sync of its own');
    assert.ok(input.durable && input.sync);
    const d1 = track(input.durable.then(() => input));
    const output = track(log.append(event(2), verdict));
    await turn();
    assert.equal(store.held.length, 1, 'the output batch syncs');
    await turn();
    assert.equal(d1.done, false);
    store.held[0]?.go();
    await log.flush();
    assert.equal(d1.done, true, 'the output batch`s sync covered the input batch');
    assert.equal(output.seq, 2);
    // 2. sync(): a surface about to answer asks for it now.
    const lone = await log.append(event(3), verdict, { until: 'written' });
    assert.equal(store.held.length, 1);
    lone.sync?.();
    assert.equal(store.held.length, 2, 'sync() started a sync');
    store.held[1]?.go();
    await lone.durable;
    // 3. Nobody asks: the timer bounds the wait.
    const forgotten = await log.append(event(4), verdict, { until: 'written' });
    await new Promise((r) => setTimeout(r, 260));
    assert.equal(store.held.length, 3, 'the lazySyncMs timer started a sync');
    store.held[2]?.go();
    await forgotten.durable;
    // 4. A failed covering sync rejects the covered receipts too.
    const doomed = await log.append(event(5), verdict, { until: 'written' });
    doomed.sync?.();
    store.held[3]?.fail(new Error('EIO'));
    await assert.rejects(doomed.durable ?? Promise.resolve(), (e: Error & { code?: string }) => e.code === 'PAVISE_AUDIT_UNAVAILABLE');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
