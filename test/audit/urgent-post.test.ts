// perf-stream4 (session 7): a streamed request's input record (`syncNow`) reaches the audit
// worker at the end of the callback that appended it, so the worker commits it while the main
// thread is still busy (other streams' input pipelines in the same event-loop turn); other
// records still wait for the end of the turn (one message and one group commit per turn).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { AUDIT_DB_FILE, WorkerAuditLog } from '../../src/audit/index.js';
import { loadOrCreateKeys } from '../../src/audit/keys.js';
import type { RecordOptions } from '../../src/engine/pipeline.js';
import { SqliteAuditStore } from '../../src/store/audit-sqlite.js';
import { allowVerdict, makeEvent, tempDir } from './support.js';

/** Busy main thread for up to `ms`: whether record `seq` became visible (committed) meanwhile. */
function committedWhileBusy(reader: SqliteAuditStore, seq: number, ms: number): boolean {
  const until = performance.now() + ms;
  while (performance.now() < until) if ([...reader.recordsSync({ fromSeq: seq, toSeq: seq })].length === 1) return true;
  return false;
}

void test('worker: a syncNow record is committed while the main thread is still busy; a lazy one waits for the turn to end', async () => {
  const dir = tempDir();
  const keys = loadOrCreateKeys(dir);
  const dbPath = join(dir, AUDIT_DB_FILE);
  const reader = new SqliteAuditStore(dbPath);
  const log = new WorkerAuditLog(keys, { dbPath, dataDir: dir });
  try {
    await log.ready();
    const urgent: RecordOptions = { until: 'written', syncNow: true };
    const lazy: RecordOptions = { until: 'written' };
    // A lazy record: not posted before the turn ends, so never committed during the busy spell.
    const a = log.append(makeEvent(1), allowVerdict(), lazy);
    await Promise.resolve();
    assert.equal(committedWhileBusy(reader, 1, 300), false, 'a lazy record waits for the end of the turn');
    assert.equal((await a).seq, 1);
    // A syncNow record: posted at the end of this callback (a microtask), committed meanwhile.
    const b = log.append(makeEvent(2), allowVerdict(), urgent);
    await Promise.resolve();
    assert.equal(committedWhileBusy(reader, 2, 5000), true, 'the syncNow record was committed while the main thread was busy');
    const r = await b;
    assert.equal(r.seq, 2);
    await r.durable;
    // Order is kept when both kinds are appended in one callback: the microtask post carries both.
    const c = log.append(makeEvent(3), allowVerdict(), lazy);
    const d = log.append(makeEvent(4), allowVerdict(), urgent);
    await Promise.resolve();
    assert.equal(committedWhileBusy(reader, 4, 5000), true);
    assert.deepEqual([(await c).seq, (await d).seq], [3, 4]);
  } finally {
    await log.close();
    await reader.close();
  }
});
