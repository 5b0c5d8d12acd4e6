// Throughput of the `secrets` and `pii` detectors together (not a test).
// Clean text: prose + code/config lines with no credential or PII. Dense: every line holds a
// fake key or a PII value. Worst: adversarial shapes (keyword storms).
// Usage: node --import tsx bench/detectors-secrets-pii.ts
import { scanPii } from '../src/detect/pii/index.js';
import { piiSet } from '../src/detect/pii/fixtures.js';
import { scanSecrets } from '../src/detect/secrets/index.js';
import { DEV_CLEAN, TEST_CLEAN, rng, secretSet } from '../src/detect/secrets/fixtures.js';

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

function mbps(text: string, runs: number): number {
  scanSecrets(text);
  scanPii(text);
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    scanSecrets(text);
    scanPii(text);
    best = Math.min(best, performance.now() - t0);
  }
  return text.length / 1e6 / (best / 1000);
}
console.log(`clean  (${(clean.length / 1e6).toFixed(1)} MB): ${mbps(clean, 5).toFixed(1)} MB/s (best of 5, secrets+pii)`);
console.log(`dense  (${(dense.length / 1e6).toFixed(1)} MB): ${mbps(dense, 5).toFixed(1)} MB/s, ${scanSecrets(dense).length + scanPii(dense).length} findings`);
for (const [name, s] of [['password= storm', 'password='.repeat(7000)], ['sk- storm', 'sk-'.repeat(20000)], ['1:1: storm', '1:'.repeat(30000)], ['Mr. storm', 'Mr. '.repeat(15000)], ['digits+spaces', '1 '.repeat(30000)]] as const) {
  console.log(`worst  ${name} (64 KB): ${mbps(s, 5).toFixed(1)} MB/s`);
}
