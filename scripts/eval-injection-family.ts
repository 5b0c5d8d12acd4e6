// Per-family recall / false-positive rate of the `injection` + `jailbreak` detectors on one JSONL
// file (same decision as scripts/eval-injection.ts: Engine.detect with both detectors and every
// view, then DEFAULT_GUARD_RULES; a row counts as flagged when the guard would block it).
// `node --import tsx scripts/eval-injection-family.ts FILE.jsonl [--misses]`.
// --misses prints the wrong rows: never use it on a blind set (aggregate figures only there).
// Cost: one Engine.detect per row. Failure mode: a malformed line throws (no partial figures).

import { evalEvent, flaggedByDefault } from './eval-event.js';
import { readFileSync } from 'node:fs';
import { Engine } from '../src/engine/pipeline.js';
import { DetectorRegistry } from '../src/engine/registry.js';
import { injectionDetector } from '../src/detect/injection/index.js';
import { jailbreakDetector } from '../src/detect/jailbreak.js';

const file = process.argv[2];
if (!file) throw new Error('usage: eval-injection-family.ts FILE.jsonl [--misses]');
if (/injection-blind/.test(file) && process.argv.includes('--misses')) throw new Error('no --misses on a blind set');
const showMisses = process.argv.includes('--misses');
const engine = new Engine({ registry: new DetectorRegistry([injectionDetector, jailbreakDetector]) });
interface Acc { pos: number; tp: number; neg: number; fp: number }
const fam = new Map<string, Acc>();
const all: Acc = { pos: 0, tp: 0, neg: 0, fp: 0 };
const byDir = new Map<string, Acc>();
const bump = (a: Acc, label: number, flagged: boolean): void => {
  if (label === 1) { a.pos++; if (flagged) a.tp++; } else { a.neg++; if (flagged) a.fp++; }
};
let i = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as { text: string; label: number; family?: string; direction?: string };
  const ev = evalEvent(`f-${i++}`, o.text, o.direction);
  const res = engine.detect(ev);
  const flagged = flaggedByDefault(res, ev);
  const k = `${o.label}:${o.family ?? '?'}`;
  const a = fam.get(k) ?? { pos: 0, tp: 0, neg: 0, fp: 0 };
  bump(a, o.label, flagged); bump(all, o.label, flagged);
  fam.set(k, a);
  const d = byDir.get(o.direction ?? 'input') ?? { pos: 0, tp: 0, neg: 0, fp: 0 };
  bump(d, o.label, flagged); byDir.set(o.direction ?? 'input', d);
  if (showMisses && flagged !== (o.label === 1)) {
    const top = [...res.findings].sort((x, y) => y.score - x.score)[0];
    console.log(`${o.label ? 'FN' : 'FP'} ${o.family ?? ''} [${top ? `${top.detector}/${top.kind} ${top.score.toFixed(2)} ${top.view}` : '-'}] ${JSON.stringify(o.text.slice(0, 140))}`);
  }
}
const pct = (x: number, n: number): string => (n ? `${((100 * x) / n).toFixed(1)}%` : '-');
const show = (k: string, a: Acc): void => console.log(`${k.padEnd(36)} ${a.pos ? `recall ${pct(a.tp, a.pos)} (${a.tp}/${a.pos})` : ''}${a.neg ? `FPR ${pct(a.fp, a.neg)} (${a.fp}/${a.neg})` : ''}`);
for (const [k, a] of [...fam.entries()].sort()) show(k, a);
for (const [k, a] of [...byDir.entries()].sort()) show(`direction ${k}`, a);
show('all', all);
