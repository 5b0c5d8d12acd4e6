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
import { GENESIS_HASH } from '../store/audit-sqlite.js';
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
