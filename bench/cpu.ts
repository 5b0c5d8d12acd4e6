// CPU time per proxied request of each system under test, read from /proc/<pid>/stat around a
// fixed number of non-streaming requests: a figure that holds on a shared, loaded machine where
// req/s does not (a starved process does less per second, not more per request).
//
//   node --import tsx bench/cpu.ts [--dist DIR] [--base DIR] [--n 4000] [--c 32] [--rounds 3] [--prof DIR] [modes…]
//
// modes: bare, routing, full, full-normal, full-inline, full-noaudit (default: bare routing full-noaudit full);
// a mode ending in `@base` runs on the build in `--base` (e.g. HEAD's src built elsewhere), for
// A/B comparisons of a change in the same run: `routing routing@base`.
// The systems under test run as plain node on compiled code, as in macro.ts: bench/gateway.ts and
// bench/bare-proxy.ts are bundled by esbuild with `../src/…` pointed at `--dist` (default dist/,
// so `npm run build` first; a private `tsc -p tsconfig.build.json --outDir X` works too when X
// can resolve node_modules, policies/ and models/ from its parent). Rounds are interleaved; the
// median and the minimum per mode are printed (the minimum is the least disturbed by other load),
// with RSS (current and peak) and the load average.
// Linux only (/proc). CPU ticks are 10 ms, so keep n × CPU per request ≥ 1 s.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { median } from './lib/load.js';
import { chatBody } from './lib/payloads.js';
import type { ReadyChild } from './lib/proc.js';
import { bundleForDist, processCpuMs as cpuMs, whenReady } from './lib/proc.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args, positionals: modes } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    base: { type: 'string', default: join(root, 'dist') },
    n: { type: 'string', default: '4000' },
    c: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '3' },
    prof: { type: 'string' },
  },
  allowPositionals: true,
});
const dist = resolve(args.dist);
const baseDist = resolve(args.base);
const n = Number(args.n);
const conc = Number(args.c);
const rounds = Number(args.rounds);
const prof = args.prof !== undefined ? resolve(args.prof) : undefined;
if (modes.length === 0) modes.push('bare', 'routing', 'full-noaudit', 'full');

function rssMB(pid: number): { rss: number; hwm: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string): number => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

async function drive(url: string, headers: Record<string, string>, count: number): Promise<number> {
  const pool = new Pool(url, { connections: conc, pipelining: 1 });
  const body = chatBody(false);
  let next = 0;
  let errors = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      next++;
      try {
        const res = await pool.request({ path: '/v1/chat/completions', method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
        await res.body.text();
        if (res.statusCode !== 200) errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: conc }, worker));
  await pool.close();
  return errors;
}

const start = async (script: string, args: string[], compiled: boolean, base = false): Promise<ReadyChild> => {
  const entry = compiled ? await bundleForDist(root, script, base ? baseDist : dist, cacheDir, base ? '-base' : '') : script;
  const nodeArgs = [...(compiled ? [] : ['--import', 'tsx']), ...(prof && compiled ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), entry, ...args];
  return whenReady(spawn(process.execPath, nodeArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }), script);
};

// A bundle directory of this run's own: two runs at once (A/B runs by several people on one
// machine) would otherwise overwrite each other's bundles between start-ups.
const cacheDir = `pavise-bench-cpu-${process.pid}`;
const upstream = await start('bench/upstream.ts', [], false);
const suts: Record<string, ReadyChild> = {};
try {
  for (const m of modes) {
    const [mode = m, on] = m.split('@');
    suts[m] = mode === 'bare' ? await start('bench/bare-proxy.ts', [upstream.info.url], true) : await start('bench/gateway.ts', [mode, upstream.info.url], true, on === 'base');
  }
  const per: Record<string, number[]> = {};
  const load0 = loadavg();
  for (const m of modes) {
    const s = suts[m];
    if (s) await drive(s.info.url, { authorization: `Bearer ${s.info.key ?? 'sk-direct'}` }, Math.min(2000, n));
  }
  for (let r = 0; r < rounds; r++) {
    for (const m of r % 2 ? [...modes].reverse() : modes) {
      const s = suts[m];
      if (!s) continue;
      const pid = s.child.pid ?? 0;
      const c0 = cpuMs(pid);
      const errors = await drive(s.info.url, { authorization: `Bearer ${s.info.key ?? 'sk-direct'}` }, n);
      const used = cpuMs(pid) - c0;
      if (errors > 0) console.error(`${m}: ${errors} errors`);
      (per[m] ??= []).push((used / n) * 1000);
    }
  }
  const bare = per.bare ? median(per.bare) : NaN;
  // The least-disturbed round: on a loaded machine, descheduling and cold caches only add CPU.
  const bareMin = per.bare ? Math.min(...per.bare) : NaN;
  console.log(`n ${n} per round, ${conc} connections, ${rounds} rounds; load ${load0.map((x) => x.toFixed(2)).join(' ')} -> ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const m of modes) {
    const list = per[m] ?? [];
    const s = suts[m];
    const mem = s ? rssMB(s.child.pid ?? 0) : { rss: NaN, hwm: NaN };
    const med = median(list);
    const min = Math.min(...list);
    console.log(`${m.padEnd(13)} CPU µs/request median ${med.toFixed(0).padStart(5)}, min ${min.toFixed(0).padStart(5)} (rounds ${list.map((x) => x.toFixed(0)).join(' ')})  bare/this median ${(bare / med).toFixed(2)}, min ${(bareMin / min).toFixed(2)}  RSS ${mem.rss.toFixed(0)} MB, peak ${mem.hwm.toFixed(0)} MB`);
  }
} finally {
  for (const s of Object.values(suts)) await s.stop();
  await upstream.stop();
  rmSync(join(root, 'node_modules', '.cache', cacheDir), { recursive: true, force: true });
}
