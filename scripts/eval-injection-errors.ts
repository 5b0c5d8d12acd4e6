// Error analysis on one labelled JSON Lines file (rows {text, label, family?, lang?, direction?}):
// runs `injection` + `jailbreak` + `hidden_text` through Engine.detect and the default guard rules
// (as `pavise eval --task injection` does), prints recall / FPR pooled and per family, and with
// `--misses` every misclassified row with its top finding (detector/kind, score, view), the model
// part and the rule families that fired — to learn error FAMILIES from a dev set.
//
// `node --import tsx scripts/eval-injection-errors.ts FILE.jsonl [--misses] [--all]`
// `--all` prints every row's score (sorted by score within label), for threshold studies.
//
// Refuses any blind folder that is neither training data (BLIND_TRAIN_SETS) nor the dev set
// (BLIND_DEV_SET): a sealed blind set still waiting for its measurement (v8, v9) stays unopened here.
// Cost: one Engine.detect per row.

import { evalEvent, flaggedByDefault } from './eval-event.js';
import { BLIND_DEV_SET, BLIND_TRAIN_SETS } from './injection-data.js';
import { readFileSync } from 'node:fs';
import { hiddenTextDetector } from '../src/detect/hidden-text.js';
import { injectionDetector } from '../src/detect/injection/index.js';
import { scoreTextFor } from '../src/detect/injection/score.js';
import { jailbreakDetector } from '../src/detect/jailbreak.js';
import { Engine } from '../src/engine/pipeline.js';
import { DetectorRegistry } from '../src/engine/registry.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: eval-injection-errors.ts FILE.jsonl [--misses] [--all]');
const openBlind = [...BLIND_TRAIN_SETS.map((b) => b.folder), BLIND_DEV_SET];
if (/blind/.test(file) && !openBlind.some((f) => file.includes(`${f}/`))) throw new Error(`refusing ${file}: blind sets after ${BLIND_DEV_SET} are not opened here`);
const showMisses = args.includes('--misses');
const showAll = args.includes('--all');

interface Row { text: string; label: number; family: string; lang: string; direction: 'input' | 'output' | 'tool_result' }
const rows: Row[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const o = JSON.parse(l) as Record<string, unknown>;
  const d = o.direction === 'tool_result' || o.direction === 'output' ? o.direction : 'input';
  return { text: String(o.text), label: o.label === 1 ? 1 : 0, family: typeof o.family === 'string' ? o.family : '-', lang: typeof o.lang === 'string' ? o.lang : '-', direction: d };
});

const engine = new Engine({ registry: new DetectorRegistry([injectionDetector, jailbreakDetector, hiddenTextDetector]) });

interface Acc { tp: number; fp: number; fn: number; tn: number }
const fam = new Map<string, Acc>();
const all: Acc = { tp: 0, fp: 0, fn: 0, tn: 0 };
const lines: { label: number; score: number; line: string }[] = [];
rows.forEach((r, i) => {
  const ev = evalEvent(`err-${i}`, r.text, r.direction);
  const res = engine.detect(ev);
  const flagged = flaggedByDefault(res, ev);
  const key: keyof Acc = r.label === 1 ? (flagged ? 'tp' : 'fn') : flagged ? 'fp' : 'tn';
  all[key]++;
  const a = fam.get(`${r.label}:${r.family}`) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
  a[key]++;
  fam.set(`${r.label}:${r.family}`, a);
  if ((showMisses && (key === 'fp' || key === 'fn')) || showAll) {
    const top = [...res.findings].sort((x, y) => y.score - x.score)[0];
    const inj = scoreTextFor(0, 'injection', r.text, r.direction);
    const rulesFired = [...new Set(inj.hits.map((h) => `${h.rule.family}/${h.rule.strength}`))].join(',');
    lines.push({
      label: r.label,
      score: top?.score ?? 0,
      line: `${key.toUpperCase()} ${r.family} ${r.lang} [${top ? `${top.detector}/${top.kind} ${top.score.toFixed(2)} ${top.view}` : '-'}] model=${inj.model.toFixed(2)} rules=${rulesFired || '-'} ${JSON.stringify(r.text.slice(0, 220))}`,
    });
  }
});
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
console.log(`${file}: n=${rows.length} recall ${pct(all.tp, all.tp + all.fn)} (${all.tp}/${all.tp + all.fn}) FPR ${pct(all.fp, all.fp + all.tn)} (${all.fp}/${all.fp + all.tn})`);
for (const [k, a] of [...fam.entries()].sort(([x], [y]) => x.localeCompare(y))) {
  const pos = a.tp + a.fn;
  console.log(`  ${k.padEnd(34)} n=${String(pos + a.fp + a.tn).padStart(4)} ${pos ? `recall ${pct(a.tp, pos)}` : `FPR ${pct(a.fp, a.fp + a.tn)}`}`);
}
lines.sort((x, y) => x.label - y.label || y.score - x.score);
for (const l of lines) console.log(l.line);
