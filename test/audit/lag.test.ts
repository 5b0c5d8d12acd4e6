// `AuditLog.lagSeconds()` (the `pavise_audit_lag_seconds` gauge): the age of the oldest record not
// yet committed — 0 when idle, growing while a slow store holds a batch, back to 0 once written.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { AuditLog } from '../../src/audit/log.js';
import { loadOrCreateKeys } from '../../src/audit/keys.js';
import type { AuditStore } from '../../src/store/types.js';
import { SqliteAuditStore } from '../../src/store/audit-sqlite.js';
import { allowVerdict, makeEvent, tempDir } from './support.js';

void test('audit lag is the age of the oldest uncommitted record', async () => {
  const dir = tempDir();
  const real = new SqliteAuditStore(join(dir, 'audit.db'));
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  // A store whose writes wait for the test: stands in for a slow disk.
  const slow: AuditStore = Object.assign(Object.create(real) as AuditStore, {
    append: async (build: Parameters<AuditStore['append']>[0]) => {
      await gate;
      return real.append(build);
    },
  });
  let clock = 1_000_000;
  const log = new AuditLog(slow, loadOrCreateKeys(dir), { now: () => clock });
  try {
    assert.equal(log.lagSeconds(), 0);
    const p = log.append(makeEvent(1), allowVerdict());
    clock += 2500;
    await new Promise((r) => setImmediate(r)); // the batch is now being written
    assert.equal(log.lagSeconds(), 2.5);
    const q = log.append(makeEvent(2), allowVerdict());
    clock += 500;
    assert.equal(log.lagSeconds(), 3, 'the in-flight batch is older than the queued record');
    release();
    await Promise.all([p, q]);
    await log.flush();
    assert.equal(log.lagSeconds(), 0);
  } finally {
    await log.close();
    await real.close();
  }
});
