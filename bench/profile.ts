// Profile one gateway mode under closed-loop load and print the hottest functions and files.
//
//   node --import tsx bench/profile.ts <routing|full|full-noaudit> [seconds] [--stream]
//
// Runs the upstream and the gateway (under `node --cpu-prof`), drives 100 connections (or 50
// concurrent SSE streams with --stream) for `seconds`, stops the gateway and summarises the
// .cpuprofile by self time (top functions, top files). The profile is kept in /tmp/pavise-prof-*.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closedLoop, streams } from './lib/load.js';
import { chatBody } from './lib/payloads.js';
import type { ReadyChild } from './lib/proc.js';
import { whenReady } from './lib/proc.js';

const mode = process.argv[2] ?? 'full';
const seconds = Number(process.argv[3] ?? 5);
const stream = process.argv.includes('--stream');
const root = fileURLToPath(new URL('..', import.meta.url));
const profDir = mkdtempSync(join(tmpdir(), 'pavise-prof-'));

async function start(args: string[]): Promise<ReadyChild> {
  return whenReady(spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }), args.join(' '));
}

const up = await start(['--import', 'tsx', 'bench/upstream.ts']);
const gw = await start(['--import', 'tsx', '--cpu-prof', `--cpu-prof-dir=${profDir}`, 'bench/gateway.ts', mode, up.info.url]);
const t = { name: mode, url: gw.info.url, headers: { authorization: `Bearer ${gw.info.key ?? ''}` } };
if (stream) {
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) await streams(t, 50, 256, 1);
} else {
  const r = await closedLoop(t, '/v1/chat/completions', chatBody(false), 100, seconds);
  console.log(`rps ${r.rps} p50 ${r.p50} ms p99 ${r.p99} ms errors ${r.errors + r.non2xx}`);
}
await gw.stop();
await up.stop();

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
// The main thread's profile is the first (tsx's loader worker writes a second one).
const file = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).sort()[0];
if (!file) throw new Error('no profile written');
const prof = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
for (const n of prof.nodes) {
  const us = self.get(n.id) ?? 0;
  total += us;
  const url = n.callFrame.url.replace(/^file:\/\//, '').replace(root, '');
  const fn = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  const f = url.includes('node_modules/') ? 'node_modules/' + (url.split('node_modules/').pop() ?? '').split('/').slice(0, url.includes('/@') ? 2 : 1).join('/') : url || n.callFrame.functionName;
  byFile.set(f, (byFile.get(f) ?? 0) + us);
}
const top = (m: Map<string, number>, n: number): string =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`profile ${join(profDir, file)} (${(total / 1e6).toFixed(1)} s sampled)\n-- top files by self time\n${top(byFile, 25)}\n-- top functions by self time\n${top(byFn, 30)}`);
