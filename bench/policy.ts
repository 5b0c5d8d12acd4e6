// Authorization decision latency with 200 policies loaded (target: p99 <= 100 µs).
//
//   node --import tsx bench/policy.ts [iterations]
//
// Two policy sets, both 200 policies + the 4 defaults:
//  - "spread": what a deployment looks like — policies scoped to an action, a principal role and
//    often a server (20 servers), some with label/finding/session conditions.
//  - "worst": all 200 scoped to the same action and resource type with no server and one of 10
//    roles, so a tool.call evaluates the ~20 of its role (role buckets help; nothing else does).
// Each decision is timed individually (performance.now) over a mix of requests, after warm-up.
// The first two lines are the target figures (default engine: the TypeScript evaluator of
// src/policy/fasteval.ts, cedar-wasm for what it does not cover; no decision cache). The
// "(wasm)" lines force cedar-wasm for every decision (N/4 decisions) as the reference; before
// timing, both engines must return the same result for every request of the mix.
import { deepStrictEqual } from 'node:assert';
import type { Action, Event, Resource } from '../src/engine/types.js';
import type { CedarAuthorizerOptions } from '../src/policy/cedar.js';
import { CedarAuthorizer } from '../src/policy/cedar.js';
import type { PolicyFile } from '../src/policy/loader.js';
import { compilePolicySet, loadPolicyDir } from '../src/policy/loader.js';

const ITER = Number(process.argv[2] ?? 20000);
const ACTIONS: Action[] = ['chat.input', 'chat.output', 'tool.call', 'tool.list', 'tool.result'];
const defaults = loadPolicyDir().files;

function spread(): PolicyFile[] {
  const out: string[] = [];
  for (let i = 0; i < 200; i++) {
    const action = ACTIONS[i % ACTIONS.length] ?? 'tool.call';
    const role = `team${i % 10}`;
    const server = `srv${i % 20}`;
    const res = action.startsWith('chat') ? 'resource is Model' : action === 'tool.list' ? `resource == McpServer::"${server}"` : `resource in McpServer::"${server}"`;
    const cond = [
      '',
      ` when { resource.labels.contains("l${i % 7}") }`,
      ' when { context.findings.score.injection < 50 }',
      ' unless { context.session.tainted }',
    ][i % 4];
    const effect = i % 9 === 0 ? 'forbid' : 'permit';
    out.push(`@id("p${i}") @owner("team${i % 10}")\n${effect}(principal in Role::"${role}", action == Action::"${action}", ${res})${cond};`);
  }
  return [...defaults, { path: 'bench.cedar', text: out.join('\n') }];
}

function worst(): PolicyFile[] {
  const out: string[] = [];
  for (let i = 0; i < 200; i++) {
    out.push(`@id("w${i}")\npermit(principal in Role::"team${i % 10}", action == Action::"tool.call", resource is Tool) when { resource.labels.contains("l${i % 7}") && context.findings.score.injection < ${50 + (i % 50)} };`);
  }
  return [...defaults, { path: 'bench.cedar', text: out.join('\n') }];
}

function events(): Event[] {
  const evs: Event[] = [];
  for (let i = 0; i < 64; i++) {
    const action = ACTIONS[i % ACTIONS.length] ?? 'tool.call';
    const server = `srv${i % 20}`;
    const resource: Resource = action.startsWith('chat')
      ? { kind: 'model', id: 'gpt-4o' }
      : action === 'tool.list'
        ? { kind: 'server', id: server }
        : { kind: 'tool', id: `${server}/t${i % 5}`, server, labels: [`l${i % 7}`] };
    evs.push({ id: `e${i}`, time: 1_700_000_000_000 + i, principal: { id: `key:${i}`, kind: 'service', roles: [`team${i % 10}`, ...(i % 3 === 0 ? ['admin'] : [])] }, action, resource, parts: [] });
  }
  return evs;
}

const ctx = { session: { untrusted: true, sensitive: false, tools: ['srv1/t1'] } };

function measure(name: string, files: PolicyFile[], N: number, opts: CedarAuthorizerOptions = {}): void {
  const t0 = performance.now();
  const set = compilePolicySet(files);
  const loadMs = performance.now() - t0;
  const a = new CedarAuthorizer(set, opts);
  const evs = events();
  if (opts.engine !== 'wasm') {
    const ref = new CedarAuthorizer(set, { engine: 'wasm' });
    for (const ev of evs) deepStrictEqual(a.evaluate(ev, [], ctx), ref.evaluate(ev, [], ctx));
  }
  const decisions: Record<string, number> = {};
  for (let i = 0; i < 2000; i++) a.evaluate(evs[i % evs.length] as Event, [], ctx);
  const t = new Float64Array(N);
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    const ev = evs[i % evs.length] as Event;
    const s = performance.now();
    const r = a.evaluate(ev, [], ctx);
    t[i] = performance.now() - s;
    decisions[r.decision] = (decisions[r.decision] ?? 0) + 1;
  }
  const cpu = process.cpuUsage(c0);
  t.sort();
  const q = (p: number): string => ((t[Math.min(N - 1, Math.floor(N * p))] ?? 0) * 1000).toFixed(1);
  console.log(`${name}: ${set.policies.size} policies (load ${loadMs.toFixed(0)} ms), ${N} decisions: p50 ${q(0.5)} µs, p99 ${q(0.99)} µs, max ${q(1 - 1e-9)} µs, mean CPU ${((cpu.user + cpu.system) / N).toFixed(1)} µs; ${JSON.stringify(decisions)}; evaluations by engine ${JSON.stringify(a.engineStats())}`);
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
measure('spread', spread(), ITER);
measure('worst ', worst(), ITER);
measure('spread (wasm)', spread(), Math.ceil(ITER / 4), { engine: 'wasm' });
measure('worst  (wasm)', worst(), Math.ceil(ITER / 4), { engine: 'wasm' });
