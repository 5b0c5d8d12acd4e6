// Two-phase acknowledgement through the real writer (docs/audit.md "Durability"): the audit
// worker acknowledges a record WRITTEN (committed, visible to another connection) with a receipt
// whose `durable` settles after the WAL sync (FULL; NORMAL has none), flush() waits for the syncs,
// and a SIGKILL between written and durable loses no written record (the chain still verifies).
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openAudit, openAuditReadonly, verifyStore } from '../../src/audit/index.js';
import { UNTIL_WRITTEN } from '../../src/engine/pipeline.js';
import { AUDIT_DEFAULTS, allowVerdict, makeEvent, runChildLines, tempDir } from './support.js';

const CHILD = fileURLToPath(new URL('./written-child.ts', import.meta.url));

void test('worker: the receipt comes at written (row visible) and its durable promise resolves; NORMAL has none', async () => {
  for (const synchronous of ['full', 'normal'] as const) {
    const dir = tempDir();
    const audit = openAudit({ dataDir: dir, config: { ...AUDIT_DEFAULTS, synchronous } });
    const reader = openAuditReadonly(dir);
    try {
      await audit.ready();
      const receipts = await Promise.all([1, 2, 3].map((i) => audit.sink.append(makeEvent(i), allowVerdict(), UNTIL_WRITTEN)));
      assert.deepEqual(receipts.map((r) => r.seq), [1, 2, 3]);
      assert.deepEqual((await reader.tail(10)).map((r) => r.seq), [1, 2, 3], `${synchronous}: acknowledged rows are visible`);
      if (synchronous === 'full') {
        for (const r of receipts) assert.ok(r.durable instanceof Promise, 'FULL receipts carry durable');
        await Promise.all(receipts.map((r) => r.durable ?? Promise.reject(new Error('no durable'))));
      } else {
        for (const r of receipts) assert.equal(r.durable, undefined);
      }
      // Without the hint (the caller waits for durability anyway) the worker acknowledges once,
      // at durable: no promise on the receipt; the same for a generic record.
      const plain = await audit.sink.append(makeEvent(4), allowVerdict());
      assert.equal(plain.durable, undefined);
      const g = await audit.log.appendRecord({ kind: 'config.change', principal: 'cli:x' });
      assert.equal(g.durable, undefined);
      await audit.log.flush();
    } finally {
      await reader.close();
      await audit.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

void test('a SIGKILL between written and durable keeps every written record; the chain verifies', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  try {
    const written: number[] = [];
    let stuck = '';
    const exit = await runChildLines(
      CHILD,
      [dir],
      (l, kill) => {
        if (/^\d+$/.test(l)) written.push(Number(l));
        else if (l.startsWith('stuck')) {
          stuck = l;
          kill();
        }
      },
      30_000,
    );
    if (exit.signal !== 'SIGKILL' || stuck !== 'stuck 0') throw new Error(`child did not reach the written-not-durable state (${stuck}): ${exit.stderr.slice(0, 2000)}`);
    assert.equal(written.length, 100);
    const audit = openAudit({ dataDir: dir, config: AUDIT_DEFAULTS, inThread: true });
    try {
      const result = await verifyStore(audit.store, dir);
      assert.equal(result.ok, true, result.problem?.message);
      const present = new Set<number>();
      for await (const r of audit.store.records()) present.add(r.seq);
      assert.deepEqual(written.filter((s) => !present.has(s)), [], 'written records lost by the SIGKILL');
    } finally {
      await audit.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
