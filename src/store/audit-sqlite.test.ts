// synchronous=FULL without blocking the event loop: the store syncs the WAL itself, off the loop,
// and an append resolves only after that sync.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteAuditStore } from './audit-sqlite.js';
import type { AuditBatch, AuditHead } from './types.js';

const row = (head: AuditHead): AuditBatch => ({
  records: [{ seq: head.seq + 1, time: 1, kind: 'request', hash: String(head.seq + 1).padStart(64, '0'), body: '{}' }],
  checkpoints: [],
});

async function withDatasyncSpy<T>(fn: (calls: { n: number; release: () => void; held: boolean }) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-fh-'));
  const probe = await open(join(dir, 'probe'), 'w');
  const proto = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  rmSync(dir, { recursive: true, force: true });
  // eslint-disable-next-line @typescript-eslint/unbound-method -- restored below; called with .call(this)
  const original = proto.datasync;
  let gate: () => void = () => undefined;
  const state = {
    n: 0,
    held: false,
    release: () => gate(),
  };
  proto.datasync = function (this: FileHandle): Promise<void> {
    state.n++;
    state.held = true;
    return new Promise<void>((resolve) => {
      gate = () => {
        state.held = false;
        resolve(original.call(this));
      };
    });
  };
  try {
    return await fn(state);
  } finally {
    proto.datasync = original;
  }
}

void test('FULL: the connection does not fsync on the event loop; append resolves only after the WAL datasync', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-store-'));
  const store = new SqliteAuditStore(join(dir, 'audit.db'));
  try {
    await withDatasyncSpy(async (spy) => {
      let done = false;
      const p = store.append(row).then((b) => {
        done = true;
        return b;
      });
      // Let the threadpool and microtasks run: the append must still wait for the sync.
      for (let i = 0; i < 20 && !spy.held; i++) await new Promise((r) => setTimeout(r, 5));
      assert.equal(spy.held, true, 'a WAL datasync was started');
      assert.equal(done, false, 'not acknowledged before the datasync completed');
      spy.release();
      const b = await p;
      assert.equal(b.records[0]?.seq, 1);
      assert.equal(spy.n, 1);
    });
    // And the records are there.
    assert.equal((await store.head()).seq, 1);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('NORMAL: no per-commit datasync', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-store-'));
  const store = new SqliteAuditStore(join(dir, 'audit.db'), { synchronous: 'NORMAL' });
  try {
    await withDatasyncSpy(async (spy) => {
      await store.append(row);
      await store.append(row);
      assert.equal(spy.n, 0);
    });
    assert.equal((await store.head()).seq, 2);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('FULL: a failed WAL sync rejects its batch, a sync running beside it and every later append', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-store-'));
  const store = new SqliteAuditStore(join(dir, 'audit.db'));
  const probe = await open(join(dir, 'probe'), 'w');
  const proto = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- restored below; called with .call(this)
  const original = proto.datasync;
  const gates: Array<(fail: boolean) => void> = [];
  proto.datasync = function (this: FileHandle): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      gates.push((fail) => (fail ? reject(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' })) : resolve(original.call(this))));
    });
  };
  try {
    // Two transactions syncing side by side (as the audit worker runs them).
    const first = store.append(row);
    const second = store.append(row);
    for (let i = 0; i < 50 && gates.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(gates.length, 2, 'both syncs started');
    // Linux reports a write-back error to one fdatasync only: here the second sync succeeds after
    // the first failed, but it cannot vouch for frames before it, so it must not confirm either.
    gates[0]?.(true);
    await assert.rejects(first, /EIO/);
    gates[1]?.(false);
    await assert.rejects(second, /a WAL sync failed/);
    // And nothing later is confirmed, even with a healthy disk.
    proto.datasync = original;
    await assert.rejects(store.append(row), /a WAL sync failed/);
  } finally {
    proto.datasync = original;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
