// Evaluates the `injection` + `jailbreak` detectors through the real pipeline (Engine.detect with
// the normalizer's views, then the default guard rules): a row counts as flagged when the guard
// would block it. Prints precision / recall / F1 / FPR per source, per language and per direction,
// and latency. `node --import tsx scripts/eval-injection.ts [--split test|dev] [--json]`.
//
// Rows come from scripts/injection-data.ts, which holds out whole sources for the test split.

import { evalEvent, flaggedByDefault } from './eval-event.js';
import { Engine } from '../src/engine/pipeline.js';
import { DetectorRegistry } from '../src/engine/registry.js';
import type { Finding } from '../src/engine/types.js';
import { injectionDetector } from '../src/detect/injection/index.js';
import { jailbreakDetector } from '../src/detect/jailbreak.js';
import { loadAll } from './injection-data.js';

const args = process.argv.slice(2);
const split = args.includes('--split') ? (args[args.indexOf('--split') + 1] ?? 'test') : 'test';
const asJson = args.includes('--json');
const showMisses = args.includes('--misses');

const engine = new Engine({ registry: new DetectorRegistry([injectionDetector, jailbreakDetector]) });

interface Acc { tp: number; fp: number; fn: number; tn: number }
const blank = (): Acc => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function add(m: Map<string, Acc>, k: string, label: number, flagged: boolean): void {
  const a = m.get(k) ?? blank();
  if (label === 1) { if (flagged) a.tp++; else a.fn++; } else if (flagged) a.fp++; else a.tn++;
  m.set(k, a);
}
function fmt(a: Acc): Record<string, number | string> {
  const p = a.tp + a.fp ? a.tp / (a.tp + a.fp) : NaN;
  const rc = a.tp + a.fn ? a.tp / (a.tp + a.fn) : NaN;
  const f1 = p + rc ? (2 * p * rc) / (p + rc) : NaN;
  const fpr = a.fp + a.tn ? a.fp / (a.fp + a.tn) : NaN;
  const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
  return { n: a.tp + a.fp + a.fn + a.tn, pos: a.tp + a.fn, neg: a.fp + a.tn, precision: pct(p), recall: pct(rc), f1: pct(f1), fpr: pct(fpr) };
}

const { rows } = loadAll();
const selected = rows.filter((r) => r.split === split || (split === 'test' && r.source.startsWith('hh-rlhf')));
const bySource = new Map<string, Acc>();
const byLang = new Map<string, Acc>();
const byDir = new Map<string, Acc>();
const byFamily = new Map<string, Acc>();
const overall = new Map<string, Acc>();
const lat: number[] = [];
const misses: string[] = [];
selected.forEach((r, i) => {
  const ev = evalEvent(`eval-${i}`, r.text, r.direction);
  const t0 = performance.now();
  const res = engine.detect(ev);
  lat.push(performance.now() - t0);
  const findings: Finding[] = res.findings;
  const flagged = flaggedByDefault(res, ev);
  add(bySource, r.source, r.label, flagged);
  if (r.source.startsWith('hh-rlhf')) return; // not our task: reported per source only
  add(byLang, r.lang, r.label, flagged);
  add(byDir, r.direction, r.label, flagged);
  add(byFamily, `${r.label}:${r.family}`, r.label, flagged);
  add(overall, 'all', r.label, flagged);
  if (showMisses && flagged !== (r.label === 1)) {
    const top = [...findings].sort((a, b) => b.score - a.score)[0];
    misses.push(`${r.label ? 'FN' : 'FP'} ${r.source} ${r.family} [${top ? `${top.detector}/${top.kind} ${top.score.toFixed(2)} ${top.view}` : '-'}] ${JSON.stringify(r.text.slice(0, 160))}`);
  }
});
lat.sort((a, b) => a - b);
const q = (p: number): number => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? 0;
const table = (m: Map<string, Acc>): Record<string, Record<string, number | string>> =>
  Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, a]) => [k, fmt(a)]));
const report = {
  split,
  rows: selected.length,
  overall: table(overall),
  bySource: table(bySource),
  byDirection: table(byDir),
  byLanguage: table(byLang),
  byFamily: table(byFamily),
  latencyMs: { p50: Number(q(0.5).toFixed(3)), p99: Number(q(0.99).toFixed(3)), max: Number((lat[lat.length - 1] ?? 0).toFixed(3)) },
};
if (asJson) console.log(JSON.stringify(report, null, 1));
else {
  console.log(`split=${split} rows=${selected.length} (flagged = the default guard rules would block)`);
  for (const [name, t] of Object.entries({ overall: report.overall, source: report.bySource, direction: report.byDirection, language: report.byLanguage, family: report.byFamily })) {
    console.log(`\n== per ${name}`);
    console.table(t);
  }
  console.log('latency per row (ms)', report.latencyMs);
  if (showMisses) console.log(misses.join('\n'));
}
