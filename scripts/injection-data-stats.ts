// Prints row counts of data/injection/*.jsonl per file, source/split/label, language and family.
// What it does: read-only summary for the README and reports. What it misses: no text-quality
// checks (see gen-injection-data.ts validate()). Cost bound: one pass over < 20 MB.
// Failure mode: throws on a malformed JSON line, naming the file.
// Usage: node --import tsx scripts/injection-data-stats.ts [dir]

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface R { text: string; label: number; source: string; family: string; lang: string; split: string; direction: string; task?: string }

const dir = process.argv[2] ?? 'data/injection';
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const bySrc = new Map<string, number>();
const byLang = new Map<string, number>();
const byFam = new Map<string, number>();
const bySplit = new Map<string, number>();
let bytes = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
  const body = readFileSync(join(dir, f), 'utf8');
  bytes += Buffer.byteLength(body);
  const lines = body.split('\n').filter((l) => l.length > 0);
  const lab = [0, 0];
  for (const [i, l] of lines.entries()) {
    let r: R;
    try { r = JSON.parse(l) as R; } catch { throw new Error(`${f}:${i + 1}: bad JSON`); }
    lab[r.label] = (lab[r.label] ?? 0) + 1;
    bump(bySrc, `${r.source}\t${r.split}\tlabel=${r.label}`);
    bump(byLang, `${r.lang}\t${r.split === 'test' ? 'test' : 'train+dev'}\tlabel=${r.label}`);
    bump(byFam, `${r.family}\t${r.split === 'test' ? 'test' : 'train+dev'}\tlabel=${r.label}`);
    bump(bySplit, `${r.split}\tlabel=${r.label}\t${r.direction}`);
  }
  console.log(`${f}\t${lines.length} rows\t(label1=${lab[1] ?? 0}, label0=${lab[0] ?? 0})\t${(Buffer.byteLength(body) / 1024).toFixed(0)} KB`);
}
console.log(`TOTAL ${(bytes / 1024 / 1024).toFixed(2)} MB`);
const dump = (title: string, m: Map<string, number>) => {
  console.log(`\n== ${title}`);
  for (const [k, v] of [...m.entries()].sort()) console.log(`${String(v).padStart(6)}  ${k}`);
};
dump('split x label x direction', bySplit);
dump('source x split x label', bySrc);
dump('lang x split x label', byLang);
dump('family x split x label', byFam);
