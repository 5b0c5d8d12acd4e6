// Compares injection model files (linear or wide-and-deep) through the real detectors: each row
// goes through Engine.detect with every built-in detector (so the same views as `pavise eval`),
// and counts as flagged when an injection or jailbreak finding reaches its default guard threshold
// for the row's direction (as `pavise eval --task injection`), with the model swapped in by
// overrideModel().
//
//   node --import tsx scripts/compare-injection-models.ts A.json B.json [--sets dev,direct,multilingual,indirect,test]
//
// Per set and model: recall / FPR at the default thresholds (flagged = the guard would block), and
// recall at matched FPR: each row's margin = max over findings of (score − its guard threshold);
// the first model's default FPR on that set fixes, for every model, the highest margin cut whose
// FPR does not exceed it. Also recall at fixed FPRs of 1 / 2 / 3 / 5 %, and for the model part
// alone (the injection head's calibrated probability on the raw text, no rules): ROC AUC and
// recall at 1 / 3 % FPR.
// Sets: dev = the dev split of scripts/injection-data.ts; direct / multilingual / indirect =
// data/injection-blind-v5/<set>.jsonl (dev-eval data since revision 6, never trained on);
// test = the test split (report once, for the final candidate only). No other blind set is read.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRegistry } from '../src/detect/index.js';
import { decodeModel, overrideModel } from '../src/detect/injection/model.js';
import { scoreTextFor } from '../src/detect/injection/score.js';
import { Engine } from '../src/engine/pipeline.js';
import { DEFAULT_GUARD_RULES } from '../src/policy/guard.js';
import { evalEvent } from './eval-event.js';
import { loadAll, ROOT } from './injection-data.js';

interface R { readonly text: string; readonly label: number; readonly direction: string; readonly source: string }

const args = process.argv.slice(2);
const setsAt = args.indexOf('--sets');
const sets = (setsAt >= 0 ? (args[setsAt + 1] ?? '') : 'dev,direct,multilingual,indirect').split(',');
const models = args.filter((a, i) => a.endsWith('.json') && (setsAt < 0 || i !== setsAt + 1));
if (sets.some((s) => s.includes('v6') || s.includes('/'))) throw new Error('only dev, test and the v5 files');

function rowsOf(set: string): R[] {
  if (set === 'dev' || set === 'test') return loadAll().rows.filter((r) => r.split === set);
  if (!['direct', 'multilingual', 'indirect'].includes(set)) throw new Error(`unknown set ${set}`);
  return readFileSync(join(ROOT, 'data/injection-blind-v5', `${set}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const o = JSON.parse(l) as Record<string, unknown>;
    return { text: String(o.text), label: o.label === 1 ? 1 : 0, direction: typeof o.direction === 'string' ? o.direction : 'input', source: typeof o.source === 'string' ? o.source : set };
  });
}

function threshold(detector: string, direction: string): number | undefined {
  for (const r of DEFAULT_GUARD_RULES) {
    if (r.detector !== detector || r.verdict !== 'block') continue;
    const dirs = r.directions as readonly string[] | undefined;
    if (dirs && !dirs.includes(direction)) continue;
    return r.threshold;
  }
  return undefined;
}

interface Pred { readonly label: number; readonly flagged: boolean; readonly margin: number; readonly model: number }

function run(modelPath: string, rows: readonly R[]): Pred[] {
  overrideModel(decodeModel(JSON.parse(readFileSync(modelPath, 'utf8')) as unknown));
  const engine = new Engine({ registry: builtinRegistry() });
  return rows.map((r, i) => {
    const ev = evalEvent(`cmp-${i}`, r.text, r.direction);
    const res = engine.detect(ev);
    // A detector error blocks (fail closed): counted as flagged.
    let margin = res.errorCode !== undefined ? 1 : -1;
    for (const f of res.findings) {
      if (f.detector !== 'injection' && f.detector !== 'jailbreak') continue;
      const t = threshold(f.detector, r.direction);
      if (t !== undefined) margin = Math.max(margin, f.score - t);
    }
    return { label: r.label, flagged: margin >= 0, margin, model: scoreTextFor(0, 'injection', r.text, r.direction === 'tool_result' ? 'tool_result' : 'input').model };
  });
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}`;
function at(preds: readonly Pred[], fpr: number, key: 'margin' | 'model' = 'margin'): number {
  const neg = preds.filter((p) => p.label === 0).map((p) => p[key]).sort((a, b) => b - a);
  const allowed = Math.floor(fpr * neg.length + 1e-9);
  // The cut: flag score > cut, cut = the (allowed+1)-th highest benign score.
  const cut = neg[allowed] ?? -Infinity;
  const pos = preds.filter((p) => p.label === 1);
  return pos.filter((p) => p[key] > cut).length / Math.max(1, pos.length);
}
function auc(preds: readonly Pred[]): number {
  const pos = preds.filter((p) => p.label === 1).map((p) => p.model);
  const neg = preds.filter((p) => p.label === 0).map((p) => p.model);
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / Math.max(1, pos.length * neg.length);
}

for (const set of sets) {
  const rows = rowsOf(set);
  const bySource = new Map<string, number[]>();
  rows.forEach((r, i) => bySource.set(r.source, [...(bySource.get(r.source) ?? []), i]));
  let baseFpr: number | undefined;
  const results: string[] = [];
  for (const m of models) {
    const t0 = process.cpuUsage();
    const preds = run(m, rows);
    const cpu = process.cpuUsage(t0);
    const pos = preds.filter((p) => p.label === 1);
    const neg = preds.filter((p) => p.label === 0);
    const rec = pos.filter((p) => p.flagged).length / Math.max(1, pos.length);
    const fpr = neg.filter((p) => p.flagged).length / Math.max(1, neg.length);
    baseFpr ??= fpr;
    results.push(`${set.padEnd(12)} ${m.split('/').pop()?.padEnd(22)} n=${rows.length} default recall ${pct(rec)} / FPR ${pct(fpr)} | matched FPR ${pct(baseFpr)}: recall ${pct(at(preds, baseFpr))} | @1% ${pct(at(preds, 0.01))} @2% ${pct(at(preds, 0.02))} @3% ${pct(at(preds, 0.03))} @5% ${pct(at(preds, 0.05))} | model alone AUC ${(100 * auc(preds)).toFixed(1)} @1% ${pct(at(preds, 0.01, 'model'))} @3% ${pct(at(preds, 0.03, 'model'))} (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`);
    if (args.includes('--per-source')) {
      for (const [src, idx] of [...bySource.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const ps = idx.map((i) => preds[i]).filter((p): p is Pred => p !== undefined);
        const sp = ps.filter((p) => p.label === 1);
        const sn = ps.filter((p) => p.label === 0);
        results.push(`    ${src.padEnd(40)} recall ${sp.length ? pct(sp.filter((p) => p.flagged).length / sp.length) : '-'} (${sp.length}) FPR ${sn.length ? pct(sn.filter((p) => p.flagged).length / sn.length) : '-'} (${sn.length})`);
      }
    }
  }
  console.log(results.join('\n'));
}
overrideModel(undefined);
