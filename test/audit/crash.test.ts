// Crash durability: a child appends under load and prints every acknowledged seq; the parent
// SIGKILLs it mid-run, reopens the store, verifies the chain, and checks that every acknowledged
// record is present ("a client saw an answer => its record survives a SIGKILL").
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { openAudit, verifyStore } from '../../src/audit/index.js';
import { AUDIT_DEFAULTS, allowVerdict, makeEvent, runChildLines, tempDir } from './support.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

async function runAndKill(dir: string, killAfterAcks: number, maxMs: number, mode: 'heavy' | 'light' = 'heavy'): Promise<number[] & { passes?: number }> {
  const acked: number[] & { passes?: number } = [];
  const exit = await runChildLines(
    CHILD,
    [dir, mode],
    (l, kill) => {
      if (/^\d+$/.test(l)) acked.push(Number(l));
      else if (l.startsWith('passes ')) acked.passes = Number(l.slice(7));
      // Light mode: kill only once checkpoint passes have been running.
      if (acked.length >= killAfterAcks && (mode === 'heavy' || (acked.passes ?? 0) > 0)) kill();
    },
    maxMs,
  );
  if (exit.signal !== 'SIGKILL') throw new Error(`child exited on its own (code ${exit.code}): ${exit.stderr.slice(0, 2000)}`);
  return acked;
}

for (const mode of ['heavy', 'light'] as const) {
  void test(`records acknowledged before a SIGKILL survive it, and the chain verifies after restart (${mode} load)`, { timeout: 60_000 }, async () => {
    const dir = tempDir();
    for (const round of [1, 2]) {
      const acked = await runAndKill(dir, 1500 * round, 20_000, mode);
      if (mode === 'light') assert.ok((acked.passes ?? 0) > 0, `round ${round}: no WAL checkpoint pass ran before the kill`);
      assert.ok(acked.length > 100, `round ${round}: the child acknowledged only ${acked.length} records`);
      const audit = openAudit({ dataDir: dir, config: AUDIT_DEFAULTS });
      try {
        const result = await verifyStore(audit.store, dir);
        assert.equal(result.ok, true, `round ${round}: ${result.problem?.message}`);
        const present = new Set<number>();
        for await (const r of audit.store.records()) present.add(r.seq);
        const missing = acked.filter((s) => !present.has(s));
        if (process.env.AUDIT_DEBUG) console.log(`round ${round}: acked ${acked.length}, max acked ${Math.max(...acked)}, stored ${present.size}`);
        assert.deepEqual(missing.slice(0, 10), [], `round ${round}: ${missing.length} acknowledged records are missing`);
        // The restarted writer continues the same chain.
        const r = await audit.sink.append(makeEvent(999_999), allowVerdict());
        assert.equal(r.seq, (result.lastSeq ?? 0) + 1);
      } finally {
        await audit.close();
      }
      const after = openAudit({ dataDir: dir, config: AUDIT_DEFAULTS });
      try {
        const again = await verifyStore(after.store, dir);
        assert.equal(again.ok, true, again.problem?.message);
      } finally {
        await after.close();
      }
    }
  });
}
