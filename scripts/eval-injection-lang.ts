// Per-language (and per-family) recall / false-positive rate of the `injection` + `jailbreak`
// detectors on JSONL files, with the decision of scripts/eval-injection.ts (Engine.detect with both
// detectors and every view, then DEFAULT_GUARD_RULES; flagged = the guard would block).
// `node --import tsx scripts/eval-injection-lang.ts FILE.jsonl... [--source SUBSTR] [--split S] [--misses]`
// --source / --split keep only rows whose `source` contains SUBSTR / whose `split` is S.
// --misses prints the wrong rows: refused on a blind set (aggregate figures only there).
// Cost: one Engine.detect per row. Failure mode: a malformed line throws (no partial figures).

import { evalEvent, flaggedByDefault } from './eval-event.js';
import { readFileSync } from 'node:fs';
import { Engine } from '../src/engine/pipeline.js';
import { DetectorRegistry } from '../src/engine/registry.js';
import { injectionDetector } from '../src/detect/injection/index.js';
import { jailbreakDetector } from '../src/detect/jailbreak.js';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const source = opt('--source');
const split = opt('--split');
const showMisses = argv.includes('--misses');
const files = argv.filter((a, i) => !a.startsWith('--') && !['--source', '--split'].includes(argv[i - 1] ?? ''));
if (files.length === 0) throw new Error('usage: eval-injection-lang.ts FILE.jsonl... [--source SUBSTR] [--split S] [--misses]');
if (showMisses && files.some((f) => /injection-blind/.test(f))) throw new Error('no --misses on a blind set');

const engine = new Engine({ registry: new DetectorRegistry([injectionDetector, jailbreakDetector]) });
interface Acc { pos: number; tp: number; neg: number; fp: number }
const blank = (): Acc => ({ pos: 0, tp: 0, neg: 0, fp: 0 });
const byLang = new Map<string, Acc>();
const byFam = new Map<string, Acc>();
const all = blank();
const bump = (m: Map<string, Acc> | null, k: string, label: number, flagged: boolean): void => {
  const a = m ? (m.get(k) ?? blank()) : all;
  if (label === 1) { a.pos++; if (flagged) a.tp++; } else { a.neg++; if (flagged) a.fp++; }
  if (m) m.set(k, a);
};
const misses: string[] = [];
let i = 0;
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { text?: string; label?: number; lang?: string; family?: string; source?: string; split?: string; direction?: string };
    if (typeof o.text !== 'string') continue;
    if (source !== undefined && !(o.source ?? '').includes(source)) continue;
    if (split !== undefined && o.split !== split) continue;
    const ev = evalEvent(`l-${i++}`, o.text, o.direction);
    const res = engine.detect(ev);
    const flagged = flaggedByDefault(res, ev);
    const label = o.label === 1 ? 1 : 0;
    bump(null, '', label, flagged);
    bump(byLang, o.lang ?? '?', label, flagged);
    bump(byFam, `${label}:${o.family ?? '?'}`, label, flagged);
    if (showMisses && flagged !== (label === 1)) {
      const top = [...res.findings].sort((a, b) => b.score - a.score)[0];
      misses.push(`${label ? 'FN' : 'FP'} ${o.lang} ${o.family} [${top ? `${top.detector}/${top.kind} ${top.score.toFixed(2)}` : '-'}] ${o.text.slice(0, 140)}`);
    }
  }
}
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const row = (a: Acc): Record<string, string | number> => ({ pos: a.pos, recall: pct(a.tp, a.pos), neg: a.neg, fpr: pct(a.fp, a.neg) });
console.log('all', row(all));
console.table(Object.fromEntries([...byLang.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, a]) => [k, row(a)])));
console.table(Object.fromEntries([...byFam.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, a]) => [k, row(a)])));
if (showMisses) console.log(misses.join('\n'));
