// CPU time per stream of the output side of a streamed completion, in one process, without HTTP:
// the StreamGuard (release scans, hold-back, sweeps) wrapped in the prompt-leak check, as the
// OpenAI surface builds them, over the bench reply in 10-character pieces, then the end-of-stream
// flush and the output record. The engine is the full default one (every built-in detector,
// guard rules, Cedar, sessions, monitor, metrics) with a no-op audit sink, so the figure is the
// guard's own CPU, not the audit worker's or the input pipeline's. Streams are pushed round-robin
// (one piece to each stream in turn, as 500 concurrent streams interleave) with no early-scan
// budget, the regime of bench/stream-cpu.ts with hundreds of streams (text is released in
// MIN_RELEASE batches).
//
//   node --import tsx bench/stream-guard-cpu.ts [--root DIR] [--streams 200] [--events 100] [--rounds 6]
//
// `--root` runs another checkout's src (e.g. a base worktree) for A/B comparisons; run the two
// one after the other, alternating, and compare medians. The first round is warm-up and not
// counted. Prints µs of process CPU (user + system) per stream for the pushes, the end and the
// record, median and minimum over rounds, with the load average.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AuditSink } from '../src/engine/pipeline.js';
import type { Event, Principal } from '../src/engine/types.js';
import type * as ConfigModule from '../src/policy/config.js';
import type * as RuntimeModule from '../src/runtime.js';
import type * as GuardModule from '../src/surfaces/stream-guard.js';
import type * as PromptGuardModule from '../src/surfaces/prompt-guard.js';
import { chatBody, streamPieces } from './lib/payloads.js';
import { median } from './lib/load.js';

const { values: args } = parseArgs({
  options: {
    root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    streams: { type: 'string', default: '200' },
    events: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '6' },
  },
});
const root = resolve(args.root);
const S = Number(args.streams);
const E = Number(args.events);
const R = Number(args.rounds);

const { parseConfig } = (await import(join(root, 'src/policy/config.ts'))) as typeof ConfigModule;
const { createRuntime } = (await import(join(root, 'src/runtime.ts'))) as typeof RuntimeModule;
const { ScanBudget, StreamGuard } = (await import(join(root, 'src/surfaces/stream-guard.ts'))) as typeof GuardModule;
const { LeakGuardedScanner, preparePromptGuard } = (await import(join(root, 'src/surfaces/prompt-guard.ts'))) as typeof PromptGuardModule;

const dir = mkdtempSync(join(tmpdir(), 'pavise-bench-guard-'));
const { config, warnings } = parseConfig(`dataDir: ${dir}\nproviders:\n  openai: { baseUrl: http://127.0.0.1:1/v1, apiKey: sk-bench }`, 'bench.yaml', {});
const noAudit: AuditSink = { append: (event) => Promise.resolve({ id: event.id, seq: 0 }) };
const runtime = createRuntime({ config, path: undefined, baseDir: dir, warnings }, { audit: noAudit });
const engine = runtime.engine;
const pieces = streamPieces(E);
const body = JSON.parse(chatBody(true, 'gpt-4o-mini', E, 20)) as Record<string, unknown>;
const principal: Principal = { id: 'key:bench', kind: 'service', roles: ['admin'] };
const noEarlyScans = new ScanBudget(0, 0);
const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

let seq = 0;
const per: Record<'push' | 'end' | 'record' | 'total', number[]> = { push: [], end: [], record: [], total: [] };
for (let r = 0; r <= R; r++) {
  const t0 = cpu();
  const streams = Array.from({ length: S }, () => {
    const leak = preparePromptGuard(config.session, 'openai', structuredClone(body));
    const template = { id: `bench-${++seq}`, time: Date.now(), principal, resource: { kind: 'model' as const, id: 'gpt-4o-mini' }, surface: 'openai' as const };
    const inner = new StreamGuard({ engine, template, budget: noEarlyScans });
    return { guard: leak ? new LeakGuardedScanner(inner, leak, engine) : inner, template };
  });
  let released = 0;
  for (const p of pieces) {
    for (const s of streams) {
      const step = await s.guard.push(p);
      if (step.kind !== 'emit') throw new Error('the bench reply was blocked');
      released += step.text.length;
    }
  }
  const t1 = cpu();
  for (const s of streams) {
    const step = await s.guard.end();
    if (step.kind !== 'emit') throw new Error('the bench reply was blocked');
    released += step.text.length;
  }
  const t2 = cpu();
  for (const s of streams) {
    const event: Event = { ...s.template, id: `bench-out-${++seq}`, action: 'chat.output', parts: [{ text: s.guard.transcript, provenance: 'model' }] };
    await engine.record(event, s.guard.summary());
  }
  const t3 = cpu();
  if (released !== S * pieces.join('').length) throw new Error(`released ${released} characters`);
  if (r === 0) continue; // warm-up
  per.push.push((t1 - t0) / S);
  per.end.push((t2 - t1) / S);
  per.record.push((t3 - t2) / S);
  per.total.push((t3 - t0) / S);
}
const fmt = (k: keyof typeof per): string => `${k} ${median(per[k]).toFixed(0)} (min ${Math.min(...per[k]).toFixed(0)})`;
console.log(`${root}: ${S} streams × ${E} events, ${R} rounds: CPU µs per stream ${fmt('push')}, ${fmt('end')}, ${fmt('record')}, ${fmt('total')}; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
await runtime.close();
rmSync(dir, { recursive: true, force: true });
