// Side-by-side: secretlint's recommended preset vs Pavise's `secrets` detector on the blind set
// (data/secrets-pii-blind-v1), the comparison issue #4 asks for ("evaluate secretlint's presets
// against hand-written rules and say which you chose"). Same rows, same row-level scoring as
// scripts/eval-secrets-pii.ts --blind (a positive counts only when a finding overlaps a gold span;
// FP rate over rows without a credential), plus CPU throughput over the same texts.
//
// secretlint is not a dependency of Pavise; install it anywhere and point SECRETLINT_DIR at it:
//   mkdir -p /tmp/sl && cd /tmp/sl && npm init -y && npm i @secretlint/core@12.0.0 \
//     @secretlint/secretlint-rule-preset-recommend@12.0.0
//   SECRETLINT_DIR=/tmp/sl node --import tsx scripts/compare-secretlint.ts [dev|test]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scanSecrets } from '../src/detect/secrets/index.js';

interface Row { text: string; label: number; spans?: { start: number; end: number }[] }
interface Span { start: number; end: number }
type Lint = (text: string) => Promise<Span[]>;

const split = process.argv[2] ?? 'test';
const dir = process.env.SECRETLINT_DIR;
if (!dir) throw new Error('set SECRETLINT_DIR to a folder where @secretlint/core and the recommended preset are installed');
const file = new URL(`../data/secrets-pii-blind-v1/secrets-${split}.jsonl`, import.meta.url);
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);

const req = createRequire(join(dir, 'package.json'));
const core = (await import(pathToFileURL(req.resolve('@secretlint/core')).href)) as {
  lintSource(o: { source: { content: string; filePath: string; contentType: 'text' }; options: { config: { rules: unknown[] }; noPhysicFilePath: boolean } }): Promise<{ messages: { type: string; range: readonly [number, number] }[] }>;
};
const preset = (await import(pathToFileURL(req.resolve('@secretlint/secretlint-rule-preset-recommend')).href)) as { creator: unknown };
const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset.creator }] };

const secretlint: Lint = async (text) => {
  const r = await core.lintSource({ source: { content: text, filePath: 'row.txt', contentType: 'text' }, options: { config, noPhysicFilePath: true } });
  return r.messages.filter((m) => m.type === 'message').map((m) => ({ start: m.range[0], end: m.range[1] }));
};
const pavise: Lint = (text) => Promise.resolve(scanSecrets(text).filter((m) => m.score >= 0.5));

async function score(name: string, lint: Lint): Promise<void> {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const row of rows) {
    const found = await lint(row.text);
    if (row.label === 1) {
      const hit = found.some((f) => (row.spans ?? []).some((g) => f.start < g.end && g.start < f.end));
      if (hit) tp++;
      else fn++;
    } else if (found.length > 0) fp++;
    else tn++;
  }
  // Throughput: CPU time for all rows, best of 3 after one warm-up pass.
  const bytes = rows.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 4; k++) {
    const t0 = process.cpuUsage();
    for (const row of rows) await lint(row.text);
    const d = process.cpuUsage(t0);
    if (k > 0) best = Math.min(best, (d.user + d.system) / 1e6);
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  console.log(`${name.padEnd(22)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1.toFixed(3)} FP=${((100 * fp) / Math.max(1, fp + tn)).toFixed(2)}%  (tp=${tp} fp=${fp} fn=${fn} tn=${tn})  ${(bytes / 1e6 / best).toFixed(1)} MB/s CPU`);
}

console.log(`blind secrets ${split}: ${rows.length} rows`);
await score('secretlint recommend', secretlint);
await score('pavise secrets', pavise);
