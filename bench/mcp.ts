// MCP gateway latency: the added cost of Pavise per `tools/call` (target: p50 ≤ 1 ms and
// p99 ≤ 3 ms over direct).
//
//   node --import tsx bench/mcp.ts [--quick] [--calls N] [--rounds R] [--warmup W] [--audit full|normal] [--cpu]
//                                  [--base DIR] [--bare]
//
// Three processes on 127.0.0.1: an MCP echo server (official SDK, streamable HTTP, one stateful
// session per client, JSON responses), Pavise (`createServer` + the MCP plugin, exactly what
// `pavise serve` mounts: every built-in detector, the built-in Cedar default policy with an admin
// key, guard rules, session and monitor observers, the SQLite audit ON), and this load generator.
// One SDK client calls the echo server directly and another calls it through `/mcp/echo`; both
// are warmed up, then R interleaved rounds of N sequential calls each (direct, then Pavise, the
// order alternating per round). Reported: p50/p99 of each path over all rounds, the added latency
// (Pavise − direct, per quantile), and the median of the per-round p50 differences.
// `--warmup N` sets the warm-up calls per path (default 300 with --quick, else 1000).
// `--audit normal` runs the audit with `synchronous: normal` (no fsync per commit; docs/audit.md).
// `--cpu` adds the CPU time of the Pavise process per measured call (all threads, and its main
// thread alone), read from /proc/<pid>/stat around each Pavise round (Linux; 10 ms ticks, so
// take ≥ 1000 calls): unlike wall clock it holds on a loaded machine. The echo server's CPU per
// call (same reading) is the floor of an SDK server on the same path; this process's own CPU in
// those rounds is what the answers cost the SDK client (it waits for it on every call too).
// `--base DIR` (implies --cpu): a second gateway from another checkout (e.g. a worktree of the
// session-start commit, its node_modules linked) runs beside this one on the same echo server;
// each round times it too, in alternating order, so both see the same machine load. Reported:
// its p50/p99 and CPU per call next to this tree's.
// `--bare`: a third path, the bare pass-through proxy of the LLM bench (bench/bare-proxy.ts:
// node:http + an undici Pool, the `/mcp` bytes forwarded both ways with no parsing) in front of
// the same echo server, timed in the same interleaved rounds. Its added latency over direct is
// the floor any Node proxy pays on this machine (two extra loopback hops, one extra HTTP parse
// and serialisation each way); reported with its CPU per call next to Pavise's.
// Writes bench/results/mcp.json and prints a markdown table. `run(opts)` returns the figures for
// bench/run.ts. Env BENCH_CPU_PROF=<dir>: the Pavise process runs under `node --cpu-prof` (its samples
// are wall-clock: a thread preempted inside postMessage or writev is charged there). Env
// BENCH_NODE_ARGS (e.g. `--perf-basic-prof`) adds node flags to the Pavise process, for
// `perf record -g` which samples CPU time only. Env BENCH_HEAP_PROF=<file>: the Pavise process
// samples its allocations, garbage included, into <file> (.heapprofile; see sampleAllocations).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, isInitializeRequest, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { ReadyChild } from './lib/proc.js';
import { processCpuMs, whenReady } from './lib/proc.js';

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARGS = { text: 'Please summarise the meeting notes from Tuesday and list the open action items for the platform team.' };

export interface McpBenchOptions {
  readonly calls?: number;
  readonly rounds?: number;
  readonly warmup?: number;
  readonly audit?: 'full' | 'normal';
  readonly quick?: boolean;
  /** Also report CPU per call of the Pavise process (from /proc). */
  readonly cpu?: boolean;
  /** Another checkout whose gateway is measured alongside (A/B; implies cpu). */
  readonly base?: string;
  /** Also time the bare pass-through proxy (bench/bare-proxy.ts) in the same rounds. */
  readonly bare?: boolean;
}

/** CPU ms per measured call (from /proc; `--cpu`). */
export interface CpuPerCall {
  /** Pavise process, every thread (main, audit worker, V8 platform, libuv pool). */
  readonly pavise: number;
  /** Pavise main thread only. */
  readonly paviseMain: number;
  /** The echo server process, during the Pavise rounds (it serves those calls too). */
  readonly echo: number;
  /** This load generator (the SDK client), during the Pavise rounds: what the answer costs a client. */
  readonly client: number;
}

export interface Quantiles {
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly n: number;
}

export interface McpBenchResult {
  readonly benchmark: 'mcp-tools-call';
  readonly command: string;
  readonly date: string;
  readonly node: string;
  readonly cpus: number;
  readonly loadavg: { readonly before: number[]; readonly after: number[] };
  readonly audit: 'full' | 'normal';
  readonly calls: number;
  readonly rounds: number;
  readonly warmup: number;
  readonly direct: Quantiles;
  readonly pavise: Quantiles;
  readonly added: { readonly p50: number; readonly p99: number; readonly medianRoundP50: number };
  readonly target: { readonly p50: number; readonly p99: number; readonly meets: boolean };
  readonly cpu?: CpuPerCall;
  readonly base?: {
    readonly dir: string;
    readonly pavise: Quantiles;
    readonly cpu: Omit<CpuPerCall, 'echo'>;
    /** Rounds in which this tree's main thread used less CPU than the base's, of `rounds`. */
    readonly mainLowerRounds: number;
    /** Median over rounds of (this tree's main-thread CPU / the base's). */
    readonly medianMainRatio: number;
  };
  /** The bare pass-through proxy (`--bare`): the floor of any proxy on this machine. */
  readonly bare?: {
    readonly latency: Quantiles;
    readonly added: { readonly p50: number; readonly p99: number; readonly medianRoundP50: number };
    /** CPU ms per call of the bare proxy process (every thread), when `cpu`. */
    readonly cpu?: number;
  };
}

// ------------------------------------------------------------------------------------------------
// Child roles.

/** The echo server: one SDK Server + transport per session (the common stateful deployment). */
async function serveEcho(): Promise<void> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const http = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body: unknown = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
        const sid = req.headers['mcp-session-id'];
        const existing = typeof sid === 'string' ? sessions.get(sid) : undefined;
        if (existing) return existing.handleRequest(req, res, body);
        if (req.method !== 'POST' || !isInitializeRequest(body)) {
          res.writeHead(400).end();
          return;
        }
        const server = new Server({ name: 'echo', version: '1' }, { capabilities: { tools: {} } });
        server.setRequestHandler(ListToolsRequestSchema, () => ({
          tools: [{ name: 'echo', description: 'Echoes back the input string.', inputSchema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] } }],
        }));
        server.setRequestHandler(CallToolRequestSchema, (r) => {
          const text = r.params.arguments?.text;
          return { content: [{ type: 'text', text: typeof text === 'string' ? text : '' }] };
        });
        const t: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => crypto.randomUUID(),
          enableJsonResponse: true,
          onsessioninitialized: (id) => void sessions.set(id, t),
        });
        await server.connect(t);
        await t.handleRequest(req, res, body);
      })().catch(() => res.destroy());
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp` })}\n`);
}

/** Pavise with the full default pipeline and the MCP plugin, the echo server as `echo`. */
async function serveGateway(echoUrl: string, audit: 'full' | 'normal'): Promise<void> {
  const { parseConfig } = await import('../src/policy/config.js');
  const { createRuntime } = await import('../src/runtime.js');
  const { identityFor } = await import('../src/identity/index.js');
  const { createServer } = await import('../src/surfaces/http.js');
  const { mcpPlugin } = await import('../src/surfaces/mcp/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'pavise-bench-mcp-'));
  const yaml = [
    `dataDir: ${dir}`,
    // BENCH_AUDIT_WRITER=auto|inline|worker: `audit.writer` (the environment is inherited: a --base checkout from c7f5933 on reads it too).
    `audit: { synchronous: ${audit}${process.env.BENCH_AUDIT_WRITER ? `, writer: ${process.env.BENCH_AUDIT_WRITER}` : ''} }`,
    `limits: { requestsPerMinute: 100000000, tokensPerMinute: 2000000000 }`,
    `mcp:`,
    `  servers:`,
    `    echo: { url: "${echoUrl}" }`,
  ].join('\n');
  const { config, warnings } = parseConfig(yaml, 'bench-mcp.yaml', {});
  const runtime = createRuntime({ config, path: undefined, baseDir: dir, warnings });
  await runtime.audit?.ready();
  const key = identityFor(runtime).keys.create({ name: 'bench', roles: ['admin'] }).key;
  const app = createServer(runtime, { plugins: [mcpPlugin()] });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`${JSON.stringify({ url: `${url}/mcp/echo`, key })}\n`);
  const heapProf = process.env.BENCH_HEAP_PROF !== undefined ? await sampleAllocations() : undefined;
  const stop = (): void => {
    void (heapProf ? heapProf(process.env.BENCH_HEAP_PROF ?? '') : Promise.resolve())
      .then(() => app.close())
      .then(() => runtime.close())
      .finally(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/**
 * Env BENCH_HEAP_PROF=<file>: sample every allocation of the gateway from its start, including
 * objects already collected (garbage is the point), and write the profile (Chrome's
 * .heapprofile format) to <file> when it stops.
 */
async function sampleAllocations(): Promise<(file: string) => Promise<void>> {
  const { Session } = await import('node:inspector');
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async (file) => {
    const res = (await post('HeapProfiler.stopSampling')) as { profile: unknown };
    writeFileSync(file, JSON.stringify(res.profile));
    session.disconnect();
  };
}

// ------------------------------------------------------------------------------------------------
// The load generator.

type Child = ReadyChild;

async function startChild(args: string[], prof: boolean, root = ROOT): Promise<Child> {
  const profArgs = prof && process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // e.g. BENCH_NODE_ARGS=--perf-basic-prof, for `perf record` of the Pavise process (CPU time).
  if (prof && process.env.BENCH_NODE_ARGS) profArgs.push(...process.env.BENCH_NODE_ARGS.split(' ').filter(Boolean));
  // stdin is a pipe the child watches: when this process dies, the child exits too.
  const script = root === ROOT ? SELF : join(root, 'bench', 'mcp.ts');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...profArgs, script, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  return whenReady(child, `bench/mcp.ts ${args[0] ?? ''}`);
}

/** bench/bare-proxy.ts in front of the echo server (its origin; the client keeps the `/mcp` path). */
function startBare(echoUrl: string): Promise<Child> {
  return startChild(['--serve-bare', new URL(echoUrl).origin], false);
}

/** The `--serve-bare` role: bench/bare-proxy.ts itself (it reads its upstream from argv[2]). */
async function serveBare(origin: string): Promise<void> {
  process.argv.splice(2, process.argv.length - 2, origin);
  await import('./bare-proxy.js');
}

function quantiles(xs: readonly number[]): Quantiles {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { p50: q(0.5), p99: q(0.99), mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length), n: s.length };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** utime + stime of one thread (`/proc/<pid>/task/<tid>/stat`), in ms. */
function threadCpuMs(pid: number, tid: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

async function timed(c: Client, n: number, out: number[]): Promise<void> {
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await c.callTool({ name: 'echo', arguments: ARGS });
    const ms = performance.now() - t0;
    if (r.isError) throw new Error(`tools/call failed: ${JSON.stringify(r.content).slice(0, 300)}`);
    out.push(ms);
  }
}

export async function run(opts: McpBenchOptions = {}): Promise<McpBenchResult> {
  const quick = opts.quick ?? false;
  const calls = opts.calls ?? (quick ? 200 : 500);
  const rounds = opts.rounds ?? (quick ? 4 : 8);
  const warmup = opts.warmup ?? (quick ? 300 : 1000);
  const audit = opts.audit ?? 'full';
  const before = loadavg();
  const echo = await startChild(['--serve-echo'], false);
  const gw = await startChild(['--serve-gateway', echo.info.url, audit], true);
  const baseGw = opts.base !== undefined ? await startChild(['--serve-gateway', echo.info.url, audit], false, opts.base) : undefined;
  const bareProxy = opts.bare === true ? await startBare(echo.info.url) : undefined;
  const cpu = (opts.cpu ?? false) || baseGw !== undefined;
  const direct = new Client({ name: 'bench-direct', version: '1' });
  const viaBare = new Client({ name: 'bench-bare', version: '1' });
  const viaPavise = new Client({ name: 'bench-pavise', version: '1' });
  const viaBase = new Client({ name: 'bench-base', version: '1' });
  try {
    await direct.connect(new StreamableHTTPClientTransport(new URL(echo.info.url)));
    if (bareProxy) await viaBare.connect(new StreamableHTTPClientTransport(new URL(new URL(echo.info.url).pathname, bareProxy.info.url)));
    for (const [c, g] of [[viaPavise, gw], ...(baseGw ? [[viaBase, baseGw] as const] : [])] as const) {
      await c.connect(new StreamableHTTPClientTransport(new URL(g.info.url), { requestInit: { headers: { authorization: `Bearer ${g.info.key ?? ''}` } } }));
      const probe = await c.callTool({ name: 'echo', arguments: ARGS });
      if (probe.isError) throw new Error(`Pavise refused the echo call: ${JSON.stringify(probe.content).slice(0, 300)}`);
    }
    await timed(direct, warmup, []);
    if (bareProxy) await timed(viaBare, warmup, []);
    await timed(viaPavise, warmup, []);
    if (baseGw) await timed(viaBase, warmup, []);
    const d: number[] = [];
    const p: number[] = [];
    const roundDiffs: number[] = [];
    const gwPid = gw.child.pid ?? 0;
    const echoPid = echo.child.pid ?? 0;
    const cpuSum = { pavise: 0, paviseMain: 0, echo: 0, client: 0 };
    const clientMs = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const b: number[] = [];
    const baseCpu = { pavise: 0, paviseMain: 0, client: 0 };
    // Main-thread CPU of each round, this tree's and the base's (paired: same machine load).
    const roundMain: number[] = [];
    const roundBaseMain: number[] = [];
    const viaBaseMeasured = async (): Promise<void> => {
      if (!baseGw) return;
      const pid = baseGw.child.pid ?? 0;
      const c0 = [processCpuMs(pid), threadCpuMs(pid, pid), clientMs()] as const;
      await timed(viaBase, calls, b);
      baseCpu.client += clientMs() - c0[2];
      baseCpu.pavise += processCpuMs(pid) - c0[0];
      const main = threadCpuMs(pid, pid) - c0[1];
      baseCpu.paviseMain += main;
      roundBaseMain.push(main);
    };
    const viaPaviseMeasured = async (rp: number[]): Promise<void> => {
      if (!cpu) return timed(viaPavise, calls, rp);
      const c0 = [processCpuMs(gwPid), threadCpuMs(gwPid, gwPid), processCpuMs(echoPid), clientMs()] as const;
      await timed(viaPavise, calls, rp);
      cpuSum.client += clientMs() - c0[3];
      cpuSum.pavise += processCpuMs(gwPid) - c0[0];
      const main = threadCpuMs(gwPid, gwPid) - c0[1];
      cpuSum.paviseMain += main;
      roundMain.push(main);
      cpuSum.echo += processCpuMs(echoPid) - c0[2];
    };
    const bl: number[] = [];
    const bareDiffs: number[] = [];
    let bareCpu = 0;
    const viaBareMeasured = async (rb: number[]): Promise<void> => {
      if (!bareProxy) return;
      const pid = bareProxy.child.pid ?? 0;
      const c0 = cpu ? processCpuMs(pid) : 0;
      await timed(viaBare, calls, rb);
      if (cpu) bareCpu += processCpuMs(pid) - c0;
    };
    for (let r = 0; r < rounds; r++) {
      const rd: number[] = [];
      const rp: number[] = [];
      const rb: number[] = [];
      if (r % 2 === 0) {
        await timed(direct, calls, rd);
        await viaBareMeasured(rb);
        await viaPaviseMeasured(rp);
        await viaBaseMeasured();
      } else {
        await viaBaseMeasured();
        await viaPaviseMeasured(rp);
        await viaBareMeasured(rb);
        await timed(direct, calls, rd);
      }
      d.push(...rd);
      p.push(...rp);
      bl.push(...rb);
      roundDiffs.push(quantiles(rp).p50 - quantiles(rd).p50);
      if (bareProxy) bareDiffs.push(quantiles(rb).p50 - quantiles(rd).p50);
    }
    const dq = quantiles(d);
    const pq = quantiles(p);
    const added = { p50: pq.p50 - dq.p50, p99: pq.p99 - dq.p99, medianRoundP50: median(roundDiffs) };
    const args = [quick ? '--quick' : '', opts.calls !== undefined ? `--calls ${calls}` : '', opts.rounds !== undefined ? `--rounds ${rounds}` : '', opts.warmup !== undefined ? `--warmup ${warmup}` : '', audit !== 'full' ? `--audit ${audit}` : '', opts.cpu ? '--cpu' : '', opts.base !== undefined ? `--base ${opts.base}` : '', opts.bare === true ? '--bare' : ''].filter(Boolean);
    const n = calls * rounds;
    return {
      benchmark: 'mcp-tools-call',
      command: `node --import tsx bench/mcp.ts ${args.join(' ')}`.trim(),
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      loadavg: { before, after: loadavg() },
      audit,
      calls,
      rounds,
      warmup,
      direct: dq,
      pavise: pq,
      added,
      target: { p50: 1, p99: 3, meets: added.p50 <= 1 && added.p99 <= 3 },
      ...(cpu ? { cpu: { pavise: cpuSum.pavise / n, paviseMain: cpuSum.paviseMain / n, echo: cpuSum.echo / n, client: cpuSum.client / n } } : {}),
      ...(opts.base !== undefined
        ? {
            base: {
              dir: opts.base,
              pavise: quantiles(b),
              cpu: { pavise: baseCpu.pavise / n, paviseMain: baseCpu.paviseMain / n, client: baseCpu.client / n },
              mainLowerRounds: roundMain.filter((m, i) => m < (roundBaseMain[i] ?? Number.NaN)).length,
              medianMainRatio: median(roundMain.map((m, i) => m / (roundBaseMain[i] ?? Number.NaN))),
            },
          }
        : {}),
      ...(bareProxy
        ? (() => {
            const bq = quantiles(bl);
            return { bare: { latency: bq, added: { p50: bq.p50 - dq.p50, p99: bq.p99 - dq.p99, medianRoundP50: median(bareDiffs) }, ...(cpu ? { cpu: bareCpu / n } : {}) } };
          })()
        : {}),
    };
  } finally {
    await direct.close().catch(() => undefined);
    await viaBare.close().catch(() => undefined);
    await viaPavise.close().catch(() => undefined);
    await viaBase.close().catch(() => undefined);
    await baseGw?.stop();
    await bareProxy?.stop();
    await gw.stop();
    await echo.stop();
  }
}

export function markdown(r: McpBenchResult): string {
  const f = (x: number): string => x.toFixed(3);
  return [
    `MCP \`tools/call\` latency, ${r.rounds} interleaved rounds × ${r.calls} sequential calls (after ${r.warmup} warm-up calls each), audit synchronous=${r.audit}; load average ${r.loadavg.before.map((x) => x.toFixed(2)).join(' / ')} → ${r.loadavg.after.map((x) => x.toFixed(2)).join(' / ')}; \`${r.command}\``,
    '',
    '| path | p50 ms | p99 ms | mean ms |',
    '| --- | ---: | ---: | ---: |',
    `| direct (SDK client → echo server) | ${f(r.direct.p50)} | ${f(r.direct.p99)} | ${f(r.direct.mean)} |`,
    ...(r.bare ? [`| bare pass-through proxy (node:http + undici Pool, no parsing) | ${f(r.bare.latency.p50)} | ${f(r.bare.latency.p99)} | ${f(r.bare.latency.mean)} |`] : []),
    `| through Pavise \`/mcp/echo\` (full pipeline, audit on) | ${f(r.pavise.p50)} | ${f(r.pavise.p99)} | ${f(r.pavise.mean)} |`,
    ...(r.bare ? [`| added by the bare proxy (the floor of any proxy here) | ${f(r.bare.added.p50)} | ${f(r.bare.added.p99)} | median of round p50 deltas ${f(r.bare.added.medianRoundP50)} |`] : []),
    `| **added** (target p50 ≤ 1, p99 ≤ 3) | **${f(r.added.p50)}** | **${f(r.added.p99)}** | median of round p50 deltas ${f(r.added.medianRoundP50)} |`,
    '',
    `Target: ${r.target.meets ? 'meets' : 'misses'}.`,
    ...(r.cpu
      ? ['', `CPU per call (from /proc, over the ${r.rounds * r.calls} measured Pavise calls): Pavise ${f(r.cpu.pavise)} ms (main thread ${f(r.cpu.paviseMain)} ms); echo server ${f(r.cpu.echo)} ms; the SDK client ${f(r.cpu.client)} ms${r.bare?.cpu !== undefined ? `; the bare proxy ${f(r.bare.cpu)} ms` : ''}.`]
      : []),
    ...(r.base
      ? [
          '',
          `Base \`${r.base.dir}\`, measured in the same rounds: p50 ${f(r.base.pavise.p50)} / p99 ${f(r.base.pavise.p99)} ms (added over direct p50 ${f(r.base.pavise.p50 - r.direct.p50)} / p99 ${f(r.base.pavise.p99 - r.direct.p99)}); CPU per call ${f(r.base.cpu.pavise)} ms (main thread ${f(r.base.cpu.paviseMain)} ms; the SDK client ${f(r.base.cpu.client)} ms). This tree's main thread used less CPU in ${r.base.mainLowerRounds} of ${r.rounds} rounds; median per-round ratio ${r.base.medianMainRatio.toFixed(3)}.`,
        ]
      : []),
  ].join('\n');
}

function exitWithParent(): void {
  process.stdin.resume();
  process.stdin.once('end', () => process.kill(process.pid, 'SIGTERM'));
}

async function main(argv: string[]): Promise<void> {
  if (argv[0]?.startsWith('--serve-')) exitWithParent();
  if (argv[0] === '--serve-echo') return serveEcho();
  if (argv[0] === '--serve-bare') return serveBare(argv[1] ?? '');
  if (argv[0] === '--serve-gateway') return serveGateway(argv[1] ?? '', argv[2] === 'normal' ? 'normal' : 'full');
  const val = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const calls = val('--calls');
  const rounds = val('--rounds');
  const audit = val('--audit');
  const base = val('--base');
  const warmup = val('--warmup');
  const r = await run({
    ...(warmup !== undefined ? { warmup: Number(warmup) } : {}),
    quick: argv.includes('--quick'),
    ...(calls !== undefined ? { calls: Number(calls) } : {}),
    ...(rounds !== undefined ? { rounds: Number(rounds) } : {}),
    ...(audit === 'normal' || audit === 'full' ? { audit } : {}),
    cpu: argv.includes('--cpu'),
    bare: argv.includes('--bare'),
    ...(base !== undefined ? { base } : {}),
  });
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/mcp.json'), `${JSON.stringify(r, null, 2)}\n`);
  process.stdout.write(`${markdown(r)}\n`);
}

if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
