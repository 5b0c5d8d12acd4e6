// How long a streamed request's input record takes to become written and durable when several
// streams start in one event-loop turn (G3(a) TTFT: a stream's upstream call waits for written,
// its first byte for durable). Each burst queues ten callbacks in one turn; each spends ~1 ms of
// CPU (standing in for the input pipeline) and appends its record with UNTIL_WRITTEN_SYNC_NOW,
// as the OpenAI and Anthropic surfaces do; each stream's output record follows 20–50 ms later
// (durable by default). The worker-thread audit log of the build in DIR writes to a temp dir.
//
//   node --import tsx bench/stream-start-audit.ts [DIR=dist] [BURSTS=30]
//
// For an A/B, run it alternately on two builds (e.g. a private `tsc --outDir dist-x` and a
// session-start worktree's dist). Wall-clock figures: report the load (printed) and repeat.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OpenAuditOptions, OpenedAudit } from '../src/audit/index.js';
import { UNTIL_WRITTEN_SYNC_NOW } from '../src/engine/pipeline.js';
import type { Event, Verdict } from '../src/engine/types.js';
import { quantile } from './lib/load.js';

const dist = resolve(process.argv[2] ?? 'dist');
const bursts = Number(process.argv[3] ?? 30);
const mod = (await import(pathToFileURL(join(dist, 'audit', 'index.js')).href)) as { openAudit(o: OpenAuditOptions): OpenedAudit };
const dir = mkdtempSync(join(tmpdir(), 'pavise-bench-start-'));
const audit = mod.openAudit({ dataDir: dir, config: { failOpen: false, storeBodies: false, checkpointEvery: 1000, checkpointSeconds: 60, deadlineMs: 2000, synchronous: 'full' } });
await audit.ready();

const verdict: Verdict = { decision: 'allow', message: 'allowed', reasons: [], findings: [], redactions: [], policyVersion: 'v', obligations: [] };
let n = 0;
const event = (action: Event['action']): Event => ({
  id: `e${++n}`,
  time: Date.now(),
  principal: { id: 'key:bench', kind: 'service', roles: ['admin'] },
  action,
  resource: { kind: 'model', id: 'm' },
  parts: [{ text: `${'hello there '.repeat(150)}${n}`, provenance: action === 'chat.input' ? 'user' : 'model' }],
  surface: 'openai',
});
const spin = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

const written: number[] = [];
const durable: number[] = [];
const load0 = loadavg()[0] ?? NaN;
for (let b = 0; b < bursts; b++) {
  const starts = Array.from(
    { length: 10 },
    () =>
      new Promise<void>((done, fail) =>
        setImmediate(() => {
          spin(1);
          const t0 = performance.now();
          audit.sink
            .append(event('chat.input'), verdict, UNTIL_WRITTEN_SYNC_NOW)
            .then(async (r) => {
              written.push(performance.now() - t0);
              await r.durable;
              durable.push(performance.now() - t0);
              setTimeout(() => void audit.sink.append(event('chat.output'), verdict).catch(() => undefined), 20 + Math.random() * 30);
              done();
            })
            .catch(fail);
        }),
      ),
  );
  await Promise.all(starts);
  await new Promise((r) => setTimeout(r, 80));
}
await audit.close();
rmSync(dir, { recursive: true, force: true });
const f = (v: number[], p: number): string => quantile([...v].sort((a, c) => a - c), p).toFixed(2);
console.log(`${dist}: ${written.length} stream starts (10 per turn), load ${load0.toFixed(2)} -> ${(loadavg()[0] ?? NaN).toFixed(2)}`);
console.log(`  written ms p50 ${f(written, 0.5)} p90 ${f(written, 0.9)} p99 ${f(written, 0.99)}; durable ms p50 ${f(durable, 0.5)} p90 ${f(durable, 0.9)} p99 ${f(durable, 0.99)}`);
