import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { withDeadline } from './deadline.js';

const late = (): Error => new Error('late');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('settles like the promise when it settles in time (value and rejection)', async () => {
  assert.equal(await withDeadline(Promise.resolve(7), 50, late), 7);
  await assert.rejects(withDeadline(Promise.reject(new Error('own')), 50, late), /own/);
  assert.equal(await withDeadline(sleep(5).then(() => 'x'), 200, late), 'x');
});

test('rejects with onTimeout() once the deadline passed, never before', async () => {
  const t0 = performance.now();
  await assert.rejects(withDeadline(new Promise<never>(() => undefined), 40, late), /late/);
  assert.ok(performance.now() - t0 >= 39, `rejected after ${performance.now() - t0} ms`);
});

test('many calls share a queue: the hung ones time out, the settled ones keep their values', async () => {
  const hung = Array.from({ length: 50 }, () => withDeadline(new Promise<never>(() => undefined), 30, late).then(() => 'no', (e: Error) => e.message));
  const ok = Array.from({ length: 3000 }, (_, i) => withDeadline(Promise.resolve(i), 30, late));
  const fast = await Promise.all(ok);
  assert.deepEqual(fast.slice(0, 3), [0, 1, 2]);
  // Calls after the first hung ones still get their own deadline.
  const later = withDeadline(new Promise<never>(() => undefined), 30, late).then(() => 'no', (e: Error) => e.message);
  assert.deepEqual(new Set(await Promise.all(hung)), new Set(['late']));
  assert.equal(await later, 'late');
});

test('a settled promise does not keep the process alive (the shared timer is cleared)', () => {
  const mod = new URL('./deadline.ts', import.meta.url).href;
  const src = `import { withDeadline } from ${JSON.stringify(mod)}; await withDeadline(Promise.resolve(1), 60000, () => new Error('late'));`;
  const t0 = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', src], { timeout: 30_000 });
  assert.ok(performance.now() - t0 < 30_000);
});
