// CPU time per streamed content event of each system under test, read from /proc/<pid>/stat
// around a fixed number of SSE streams: a figure that holds on a shared, loaded machine where the
// wall-clock streaming figures of macro.ts do not. Also prints, per mode, the G3(b) delay
// against the upstream's recorded emit times (W = 0 and W = CLEAN_HELD_BOUND), and the
// characters held (content events the client had complete vs the upstream had written).
//
//   node --import tsx bench/stream-cpu.ts [--dist DIR] [--base DIR] [--streams 10] [--events 256]
//        [--interval 2] [--rounds 3] [--prof DIR] [modes…]
//
// modes: direct (the upstream itself: TTFT and delay only, its CPU is not the gateway's), bare,
// routing, full, full-normal, full-noaudit (default: bare full); a mode ending in
// `@base` runs on the build in `--base` (for A/B comparisons of a change in one run, as in
// bench/cpu.ts; each mode after the first also prints its per-round CPU paired with the first
// mode's, round by round). The systems under test run as plain node on compiled code (`npm run build`
// first); the mock upstream and this load generator run under tsx. Rounds are interleaved; the
// median and minimum CPU per event are printed. Linux only (/proc; 10 ms ticks, so keep the run
// ≥ 1 s of CPU per round). `--prof DIR` runs the systems under test with `--cpu-prof` and writes
// their profiles to DIR when they stop (the profiler adds CPU: do not compare figures across).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLEAN_HELD_BOUND } from '../src/surfaces/stream-guard.js';
import { median, quantile, streams } from './lib/load.js';
import type { ReadyChild } from './lib/proc.js';
import { bundleForDist, processCpuMs as cpuMs, whenReady } from './lib/proc.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args, positionals: modes } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    base: { type: 'string', default: join(root, 'dist') },
    streams: { type: 'string', default: '10' },
    events: { type: 'string', default: '256' },
    interval: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    prof: { type: 'string' },
  },
  allowPositionals: true,
});
const dist = resolve(args.dist);
const baseDist = resolve(args.base);
const concurrency = Number(args.streams);
const events = Number(args.events);
const interval = Number(args.interval);
const rounds = Number(args.rounds);
const profDir = args.prof !== undefined ? resolve(args.prof) : undefined;
if (modes.length === 0) modes.push('bare', 'full');
const W = CLEAN_HELD_BOUND;

const start = async (script: string, args: string[], compiled: boolean, base = false): Promise<ReadyChild> => {
  const entry = compiled ? await bundleForDist(root, script, base ? baseDist : dist, 'pavise-bench-stream-cpu', base ? '-base' : '') : script;
  const prof = compiled && profDir !== undefined ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
  return whenReady(spawn(process.execPath, [...prof, ...(compiled ? [] : ['--import', 'tsx']), entry, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }), script);
};

const upstream = await start('bench/upstream.ts', [], false);
const suts: Record<string, ReadyChild> = {};
try {
  for (const m of modes) {
    const [mode = m, on] = m.split('@');
    if (mode === 'direct') {
      suts[m] = upstream;
      continue;
    }
    suts[m] = mode === 'bare' ? await start('bench/bare-proxy.ts', [upstream.info.url], true) : await start('bench/gateway.ts', [mode, upstream.info.url], true, on === 'base');
  }
  const target = (m: string, s: ReadyChild) => ({ name: m, url: s.info.url, headers: { authorization: `Bearer ${s.info.key ?? 'sk-direct'}` } });
  for (const m of modes) {
    const s = suts[m];
    if (s) await streams(target(m, s), concurrency, Math.min(64, events), interval);
  }
  const cpu: Record<string, number[]> = {};
  const d0: Record<string, number[]> = {};
  const dw: Record<string, number[]> = {};
  const ttft: Record<string, number[]> = {};
  const first: Record<string, number[]> = {};
  const load0 = loadavg();
  for (let r = 0; r < rounds; r++) {
    for (const m of r % 2 ? [...modes].reverse() : modes) {
      const s = suts[m];
      if (!s) continue;
      const pid = s.child.pid ?? 0;
      const c0 = cpuMs(pid);
      const res = await streams(target(m, s), concurrency, events, interval, { emitsFrom: upstream.info.url, windows: [0, W] });
      const used = cpuMs(pid) - c0;
      if (res.errors > 0) console.error(`${m}: ${res.errors} errors`);
      (cpu[m] ??= []).push((used / Math.max(1, res.contentEvents)) * 1000);
      (d0[m] ??= []).push(...(res.delays[0] ?? []));
      (dw[m] ??= []).push(...(res.delays[W] ?? []));
      (ttft[m] ??= []).push(...res.ttft);
      (first[m] ??= []).push(...res.firstContent);
    }
  }
  console.log(`${concurrency} streams × ${events} events of 10 chars every ${interval} ms, ${rounds} rounds; load ${load0.map((x) => x.toFixed(2)).join(' ')} -> ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const m of modes) {
    const list = cpu[m] ?? [];
    const a = (d0[m] ?? []).sort((x, y) => x - y);
    const b = (dw[m] ?? []).sort((x, y) => x - y);
    const t = (ttft[m] ?? []).sort((x, y) => x - y);
    const f = (first[m] ?? []).sort((x, y) => x - y);
    console.log(`${m.padEnd(18)} CPU µs/event median ${median(list).toFixed(1).padStart(6)}, min ${Math.min(...list).toFixed(1).padStart(6)}  delay ms W=0 p50 ${quantile(a, 0.5).toFixed(2)} p99 ${quantile(a, 0.99).toFixed(2)}; W=${W} p50 ${quantile(b, 0.5).toFixed(2)} p99 ${quantile(b, 0.99).toFixed(2)}`);
    if (m !== modes[0]) {
      // Paired by round (the rounds interleave the modes): this mode's CPU per event over the first
      // mode's in the same round, which cancels most of the load drift between rounds.
      const ref = cpu[modes[0] ?? ''] ?? [];
      const ratios = list.map((x, i) => x / (ref[i] ?? NaN)).filter((x) => Number.isFinite(x));
      console.log(`${''.padEnd(18)} per round ${list.map((x) => x.toFixed(1)).join(' ')}; ratio to ${modes[0]} per round ${ratios.map((x) => x.toFixed(2)).join(' ')} (median ${median(ratios).toFixed(3)})`);
    } else console.log(`${''.padEnd(18)} per round ${list.map((x) => x.toFixed(1)).join(' ')}`);
    console.log(`${''.padEnd(18)} TTFT ms p50 ${quantile(t, 0.5).toFixed(2)} p90 ${quantile(t, 0.9).toFixed(2)} p99 ${quantile(t, 0.99).toFixed(2)} (n ${t.length}); first content p50 ${quantile(f, 0.5).toFixed(2)} p99 ${quantile(f, 0.99).toFixed(2)}`);
  }
} finally {
  for (const s of Object.values(suts)) if (s !== upstream) await s.stop();
  await upstream.stop();
}
