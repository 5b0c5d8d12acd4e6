// Macro benchmarks (bench protocol §6.0, /work/shared/reference/anchors-performance.md): the mock
// upstream M, direct (B0), a bare undici proxy (B1), Pavise routing-only (B2) and the full default
// pipeline with audit on (B3), side by side in one run with interleaved rounds.
//
//   node --import tsx bench/macro.ts [--quick] [--json out.json] [--only latency,throughput,stream] [--vs-worker]
//
// Pinning: when `taskset` exists and the host has ≥ 2 CPUs, every system under test runs on CPU 1
// and the upstream plus this load generator on CPU 0 (identical pinning for every baseline).
// Env BENCH_CPU_PROF=<dir>: run the gateways under `node --cpu-prof` into <dir>.
//
// The systems under test (bare proxy and every Pavise mode) run as plain `node` on compiled code,
// not under the tsx loader, so their CPU and memory are the shipped build's: `npm run build`
// first, then each bench script is bundled by esbuild with its `../src/…` imports pointed at the
// built `dist/…` modules (kept external, so dist's own worker threads resolve as in production)
// and its npm packages external. Only the mock upstream keeps the tsx loader.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LatencyResult, StreamResult, Target, ThroughputResult } from './lib/load.js';
import { closedLoop, median, openLoop, quantile, streams, watch } from './lib/load.js';
import { chatBody } from './lib/payloads.js';
import type { ReadyChild } from './lib/proc.js';
import { bundleForDist, whenReady } from './lib/proc.js';
import { CLEAN_HELD_BOUND } from '../src/surfaces/stream-guard.js';

/**
 * G3(b)'s stated scan window W, in characters: the most the StreamGuard ever holds on the bench's
 * prose (CLEAN_HELD_BOUND, proved by a test in src/surfaces/stream-guard.test.ts). Direct and the
 * bare proxy hold nothing, so their delay is measured with W = 0.
 */
const WINDOW = CLEAN_HELD_BOUND;
const scans = (name: string): boolean => name !== 'direct' && name !== 'bare';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined;
const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',') : ['latency', 'throughput', 'stream'];
const root = fileURLToPath(new URL('..', import.meta.url));
const pin = cpus().length >= 2;

type Proc = ReadyChild;

async function start(script: string, args: string[], cpu: number, prof = false, compiled = true): Promise<Proc> {
  const entry = compiled ? await bundleForDist(root, script, join(root, 'dist'), 'pavise-bench') : script;
  const nodeArgs = [...(compiled ? [] : ['--import', 'tsx']), ...(prof && process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), entry, ...args];
  const child = pin ? spawn('taskset', ['-c', String(cpu), process.execPath, ...nodeArgs], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }) : spawn(process.execPath, nodeArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return whenReady(child, script);
}

// The process id of the system under test (taskset execs node, so the pid is node's).
const pidOf = (p: Proc): number => p.child.pid ?? 0;

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const upstream = await start('bench/upstream.ts', [], 0, false, false);
const bare = await start('bench/bare-proxy.ts', [upstream.info.url], 1);
const routing = await start('bench/gateway.ts', ['routing', upstream.info.url], 1, true);
const full = await start('bench/gateway.ts', ['full', upstream.info.url], 1, true);
// --vs-worker: the fullNormal slot runs `full-worker` instead (audit.writer: worker, synchronous
// full), for a paired A/B of the default writer (`auto`: inline when pinned) against the worker.
const vsWorker = argv.includes('--vs-worker');
const fullNormal = await start('bench/gateway.ts', [vsWorker ? 'full-worker' : 'full-normal', upstream.info.url], 1, true);
const fullNoAudit = await start('bench/gateway.ts', ['full-noaudit', upstream.info.url], 1, true);
const procs = [upstream, bare, routing, full, fullNormal, fullNoAudit];

const auth = (key: string | undefined): Record<string, string> => ({ authorization: `Bearer ${key ?? 'sk-direct'}` });
const targets: Record<string, Target & { proc?: Proc }> = {
  direct: { name: 'direct (B0)', url: upstream.info.url, headers: auth(undefined) },
  bare: { name: 'bare undici proxy (B1)', url: bare.info.url, headers: auth(undefined), proc: bare },
  routing: { name: 'Pavise routing-only (B2)', url: routing.info.url, headers: auth(routing.info.key), proc: routing },
  full: { name: 'Pavise full pipeline, audit synchronous=full (B3)', url: full.info.url, headers: auth(full.info.key), proc: full },
  fullNormal: { name: vsWorker ? 'Pavise full pipeline, audit.writer: worker (--vs-worker)' : 'Pavise full pipeline, audit synchronous=normal (B3n)', url: fullNormal.info.url, headers: auth(fullNormal.info.key), proc: fullNormal },
  fullNoAudit: { name: 'Pavise full pipeline, audit off (B3x, for the audit-cost ratio)', url: fullNoAudit.info.url, headers: auth(fullNoAudit.info.key), proc: fullNoAudit },
};
// The upstream speaks OpenAI at /v1/chat/completions; direct and bare use that path as is.
const PATH = '/v1/chat/completions';
const body = chatBody(false);
const order = (round: number): string[] => {
  const names = Object.keys(targets);
  return names.map((_, i) => names[(i + round) % names.length] ?? 'direct');
};

const results: Record<string, unknown> = { quick, pinned: pin, loadBefore: loadavg() };
const rounds = quick ? 2 : 5;

try {
  // Warm-up: JIT, connection pools, SQLite pages.
  for (const t of Object.values(targets)) await openLoop(t, PATH, body, 200, quick ? 1 : 2);

  if (only.includes('latency')) {
    const per: Record<string, LatencyResult[]> = {};
    for (let r = 0; r < rounds; r++) {
      for (const name of order(r)) {
        const t = targets[name];
        if (!t) continue;
        (per[name] ??= []).push(await openLoop(t, PATH, body, 200, quick ? 2 : 4));
      }
    }
    const direct = per.direct ?? [];
    const summary: Record<string, unknown> = {};
    for (const [name, list] of Object.entries(per)) {
      summary[name] = {
        p50: median(list.map((x) => x.p50)),
        p90: median(list.map((x) => x.p90)),
        p99: median(list.map((x) => x.p99)),
        p999: median(list.map((x) => x.p999)),
        // Paired per round against direct, then the median over rounds.
        dP50: median(list.map((x, i) => x.p50 - (direct[i]?.p50 ?? NaN))),
        dP99: median(list.map((x, i) => x.p99 - (direct[i]?.p99 ?? NaN))),
        errors: list.reduce((a, x) => a + x.errors, 0),
        dropped: list.reduce((a, x) => a + x.dropped, 0),
        n: list.reduce((a, x) => a + x.n, 0),
        rounds: list.map((x) => ({ p50: x.p50, p99: x.p99 })),
      };
    }
    results.latency = { rate: 200, seconds: quick ? 2 : 4, rounds, summary, loadAfter: loadavg() };
  }

  if (only.includes('throughput')) {
    const per: Record<string, Array<ThroughputResult & { peakRss: number; cpuPct: number }>> = {};
    const tRounds = quick ? 1 : 3;
    for (let r = 0; r < tRounds; r++) {
      for (const name of order(r)) {
        const t = targets[name];
        if (!t) continue;
        const pid = t.proc ? pidOf(t.proc) : pidOf(upstream);
        const w = await watch(pid, () => closedLoop(t, PATH, body, 100, quick ? 3 : 5));
        (per[name] ??= []).push({ ...w.result, peakRss: w.peakRss, cpuPct: w.cpuPct });
      }
    }
    const bareList = per.bare ?? [];
    const summary: Record<string, unknown> = {};
    for (const [name, list] of Object.entries(per)) {
      summary[name] = {
        rps: median(list.map((x) => x.rps)),
        ratioToBare: median(list.map((x, i) => x.rps / (bareList[i]?.rps ?? NaN))),
        p50: median(list.map((x) => x.p50)),
        p99: median(list.map((x) => x.p99)),
        errors: list.reduce((a, x) => a + x.errors + x.non2xx, 0),
        peakRssMB: Math.max(...list.map((x) => x.peakRss)) / 1048576,
        cpuPct: median(list.map((x) => x.cpuPct)),
      };
    }
    results.throughput = { connections: 100, seconds: quick ? 3 : 5, rounds: tRounds, summary, loadAfter: loadavg() };
  }

  if (only.includes('stream')) {
    // (a) TTFT and per-event lateness: 10 concurrent streams, 256 events of 10 chars, 2 ms apart.
    const per: Record<string, StreamResult[]> = {};
    const sRounds = quick ? 2 : 3;
    for (let r = 0; r < sRounds; r++) {
      for (const name of order(r)) {
        const t = targets[name];
        if (!t) continue;
        (per[name] ??= []).push(await streams(t, 10, 256, 2, { emitsFrom: upstream.info.url, windows: [0, WINDOW] }));
      }
    }
    const pooled = (list: StreamResult[], k: 'ttft' | 'firstContent' | 'lateness'): number[] => list.flatMap((x) => x[k]).sort((a, b) => a - b);
    const directS = per.direct ?? [];
    const summary: Record<string, unknown> = {};
    const dT = pooled(directS, 'ttft');
    const dL = pooled(directS, 'lateness');
    const sortedDelays = (x: StreamResult, w: number): number[] => [...(x.delays[w] ?? [])].sort((a, b) => a - b);
    const pooledDelays = (list: StreamResult[], w: number): number[] => list.flatMap((x) => x.delays[w] ?? []).sort((a, b) => a - b);
    for (const [name, list] of Object.entries(per)) {
      const tt = pooled(list, 'ttft');
      const fc = pooled(list, 'firstContent');
      const la = pooled(list, 'lateness');
      const w = scans(name) ? WINDOW : 0;
      const d0 = pooledDelays(list, 0);
      const dw = pooledDelays(list, w);
      // Paired per round: this system's p99 minus direct's (W = 0) p99 in the same round.
      const paired = (win: number): number => median(list.map((x, i) => quantile(sortedDelays(x, win), 0.99) - quantile(sortedDelays(directS[i] ?? x, 0), 0.99)));
      summary[name] = {
        window: w,
        delay0P50: quantile(d0, 0.5),
        delay0P99: quantile(d0, 0.99),
        delayWP50: quantile(dw, 0.5),
        delayWP99: quantile(dw, 0.99),
        dDelay0P99: paired(0),
        dDelayWP99: paired(w),
        ttftP50: quantile(tt, 0.5),
        ttftP99: quantile(tt, 0.99),
        dTtftP99: quantile(tt, 0.99) - quantile(dT, 0.99),
        firstContentP50: quantile(fc, 0.5),
        firstContentP99: quantile(fc, 0.99),
        latenessP50: quantile(la, 0.5),
        latenessP99: quantile(la, 0.99),
        dLatenessP50: quantile(la, 0.5) - quantile(dL, 0.5),
        dLatenessP99: quantile(la, 0.99) - quantile(dL, 0.99),
        errors: list.reduce((a, x) => a + x.errors, 0),
        completed: list.reduce((a, x) => a + x.completed, 0),
        streams: list.reduce((a, x) => a + x.streams, 0),
      };
    }
    // (b) 500 concurrent streams, 100 events each at 50 events/s.
    const big: Record<string, unknown> = {};
    for (const name of ['direct', 'bare', 'full', 'fullNormal']) {
      const t = targets[name];
      if (!t) continue;
      const pid = t.proc ? pidOf(t.proc) : pidOf(upstream);
      const w = await watch(pid, () => streams(t, 500, 100, 20, { emitsFrom: upstream.info.url, windows: [0, WINDOW] }));
      const la = [...w.result.lateness].sort((a, b) => a - b);
      const win = scans(name) ? WINDOW : 0;
      big[name] = {
        completed: w.result.completed,
        errors: w.result.errors,
        eventsPerSec: w.result.contentEvents / w.result.seconds,
        seconds: w.result.seconds,
        latenessP50: quantile(la, 0.5),
        latenessP99: quantile(la, 0.99),
        window: win,
        delay0P99: quantile([...(w.result.delays[0] ?? [])].sort((a, b) => a - b), 0.99),
        delayWP99: quantile([...(w.result.delays[win] ?? [])].sort((a, b) => a - b), 0.99),
        firstContentP99: quantile([...w.result.firstContent].sort((a, b) => a - b), 0.99),
        peakRssMB: w.peakRss / 1048576,
        cpuPct: w.cpuPct,
      };
    }
    results.stream = { small: { concurrency: 10, events: 256, intervalMs: 2, rounds: sRounds, window: WINDOW, summary }, big: { concurrency: 500, events: 100, intervalMs: 20, summary: big }, loadAfter: loadavg() };
  }
} finally {
  for (const p of procs.reverse()) await p.stop();
}

const out = JSON.stringify(results, null, 2);
if (jsonOut) writeFileSync(jsonOut, out);
else process.stdout.write(out + '\n');
