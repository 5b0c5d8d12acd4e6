#!/usr/bin/env node
/* global process, console, URL */
// Runs every *.test.ts under src/ and test/ with node:test and the tsx loader (Node 20 has no
// type stripping and no --test globbing). Extra arguments filter files by substring.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(relative(root, p));
  }
}
for (const d of ['src', 'test']) walk(join(root, d));
const filters = process.argv.slice(2);
const selected = files.sort().filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (selected.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const env = { ...process.env, PAVISE_TEST: '1' };
// The ReDoS gate runs recheck over every regex (a few minutes of CPU on a busy 2-core machine):
// it gets its own process and a longer timeout, in parallel with the rest; its output is printed
// after the rest so the two TAP streams do not interleave.
const SLOW = ['test/redos.test.ts'];
const slow = selected.filter((f) => SLOW.includes(f));
const rest = selected.filter((f) => !SLOW.includes(f));
const slowRun =
  slow.length === 0
    ? Promise.resolve({ status: 0, out: '' })
    : new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=900000', ...slow], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (status) => resolve({ status: status ?? 1, out }));
      });
const r = rest.length === 0 ? { status: 0 } : spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=120000', ...rest], { stdio: 'inherit', cwd: root, env });
const s = await slowRun;
if (s.out) process.stdout.write(s.out);
process.exit((r.status ?? 1) !== 0 ? (r.status ?? 1) : s.status);
