// Throughput of the `secrets` and `pii` detectors together (not a test).
// Clean text: prose + code/config lines with no credential or PII. Dense: every line holds a
// fake key or a PII value. Worst: adversarial shapes (keyword storms, 64 KB each, the same set as
// bench/detectors.ts), with the CPU ms each detector spends on one storm.
// Figures are CPU time (process.cpuUsage), best of N runs after a few warm-up calls, each run
// repeated until ≥ 20 ms of wall time:
// on a shared machine wall clock mostly measures the neighbours.
// Usage: node --import tsx bench/detectors-secrets-pii.ts
import { loadavg } from 'node:os';
import { scanPii } from '../src/detect/pii/index.js';
import { piiSet } from '../src/detect/pii/fixtures.js';
import { scanSecrets } from '../src/detect/secrets/index.js';
import { DEV_CLEAN, TEST_CLEAN, rng, secretSet } from '../src/detect/secrets/fixtures.js';
import { perCallMs } from './lib/cpu.js';
import { STORMS } from './lib/payloads.js';

const PROSE = 'The quarterly report shows steady growth across all regions, and the team expects to ship the new onboarding flow next month. Customers asked for better search, clearer pricing and faster support responses. ';
function build(target: number, lines: () => string): string {
  let s = '';
  while (s.length < target) s += lines() + '\n';
  return s;
}
const r = rng(3);
const cleanLines = [...DEV_CLEAN, ...TEST_CLEAN];
let i = 0;
const clean = build(4 << 20, () => (i++ % 3 === 0 ? (cleanLines[i % cleanLines.length] ?? (() => ''))(r) : PROSE));
const dense0 = [...secretSet('test', 9, 4, 0).map((x) => x.text), ...piiSet('test', 9, 4, 0).map((x) => x.text)];
let j = 0;
const dense = build(1 << 20, () => dense0[j++ % dense0.length] ?? '');

/** Best CPU ms per call of `fn(text)` over `runs` runs, after `warm` calls (steady state). */
function bestMs(fn: (t: string) => unknown, text: string, runs: number, warm = 1): number {
  for (let w = 0; w < warm; w++) fn(text);
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    best = Math.min(best, perCallMs(fn, text));
  }
  return best;
}
const both = (t: string): void => {
  scanSecrets(t);
  scanPii(t);
};
const mbps = (text: string, runs: number): number => text.length / 1e6 / (bestMs(both, text, runs, 3) / 1000);

const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' / ');
console.log(`node ${process.version}, load average before: ${load()}`);
console.log(`clean  (${(clean.length / 1e6).toFixed(1)} MB): ${mbps(clean, 8).toFixed(1)} MB/s (CPU, best of 8 after 3 warm-up calls, secrets+pii)`);
console.log(`dense  (${(dense.length / 1e6).toFixed(1)} MB): ${mbps(dense, 8).toFixed(1)} MB/s, ${scanSecrets(dense).length + scanPii(dense).length} findings`);

for (const [name, s0] of Object.entries(STORMS)) {
  const s = s0.slice(0, 65536);
  // Warm-up: the first calls after a different workload re-optimise (2–3x slower, then steady).
  const sec = bestMs(scanSecrets, s, 5, 5);
  const pii = bestMs(scanPii, s, 5, 5);
  console.log(`worst  ${name} (64 KB): ${(s.length / 1e6 / ((sec + pii) / 1000)).toFixed(1)} MB/s; secrets ${sec.toFixed(2)} ms, pii ${pii.toFixed(2)} ms`);
}
console.log(`load average after: ${load()}`);
