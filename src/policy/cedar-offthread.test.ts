import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { withOffThreadCedar } from './cedar-offthread.js';

void describe('withOffThreadCedar', () => {
  it('answers compile calls synchronously and reports compiler errors as PAVISE_POLICY_INVALID', () => {
    const parts = withOffThreadCedar((cedar) => cedar.policySetTextToParts('permit(principal, action, resource);'));
    assert.equal(parts.type, 'success');
    assert.throws(
      () =>
        withOffThreadCedar(() => {
          throw new Error('boom');
        }),
      /boom/,
    );
  });

  // The regression this guards: compiling the 4.3 MB wasm module with TurboFan on V8's background
  // threads left 35–60 MB of freed compiler memory in their malloc arenas for the life of the
  // process (the gateway's RSS). With Liftoff only, 10 MB remain. Measured in a fresh process so
  // nothing else in the test runner moves the figure.
  it('returns the memory of the wasm compile: a policy load leaves < 25 MB of anonymous memory', { skip: !existsSync('/proc/self/status') }, () => {
    const here = fileURLToPath(new URL('./cedar-offthread.ts', import.meta.url));
    const script = `
      const { readFileSync } = await import('node:fs');
      const anon = () => Number(/RssAnon:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024;
      const { withOffThreadCedar } = await import(${JSON.stringify(here)});
      globalThis.gc(); const before = anon();
      withOffThreadCedar((c) => c.policySetTextToParts('permit(principal, action, resource);'));
      await new Promise((r) => setTimeout(r, 700)); globalThis.gc();
      process.stdout.write(String(anon() - before));`;
    const out = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(out.status, 0, out.stderr);
    const grownMb = Number(out.stdout);
    assert.ok(Number.isFinite(grownMb), out.stdout);
    assert.ok(grownMb < 25, `anonymous memory grew by ${grownMb.toFixed(1)} MB`);
  });
});
