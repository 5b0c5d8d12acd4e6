// Generates the Pavise-authored injection / jailbreak corpora under data/injection/.
// What it does: expands the template banks in scripts/injection-data/*.ts (train/dev banks and a
// separate held-out test bank) with a fixed seed and writes JSONL files plus a counts summary.
// What it misses: it is synthetic text written by one team; real traffic from other authors will
// differ. The held-out bank reduces but does not remove that bias.
// Cost bound: a few thousand rows, well under a second of CPU; each file is checked < 5 MB.
// Failure mode: throws (non-zero exit) on a missing slot, an empty text, a duplicate text across
// splits, or an oversized file — never writes a half-valid corpus silently.
//
// Usage: node --import tsx scripts/gen-injection-data.ts [--out data/injection]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Row, type Slots, type Split, expand, jsonl, makeRng, pick } from './injection-data/common.js';
import { DIRECT_BANKS, EXTRA_HAND, EXTRA_SLOTS, SLOTS } from './injection-data/direct.js';
import { EXTRA_NEG_HAND, HARDNEG_BANKS, NEG_EXTRA_SLOTS, NEG_SLOTS } from './injection-data/hardneg.js';
import { multilingualExtraRows, multilingualRows } from './injection-data/multilingual.js';
import { obfuscateSample, obfuscatedRows } from './injection-data/obfuscated.js';
import { indirectRows } from './injection-data/indirect.js';
import { heldoutRows } from './injection-data/heldout.js';
import { benignToolRows, everydayRows } from './injection-data/everyday.js';
import { paraphraseRows } from './injection-data/paraphrase.js';
import { documentRows } from './injection-data/documents.js';
import { ml5Rows } from './injection-data/ml5.js';
import { en5Rows } from './injection-data/en5.js';
import { heldoutEn5Rows } from './injection-data/heldout-en5.js';
import { r6Rows } from './injection-data/r6.js';
import { r7Rows } from './injection-data/r7.js';
import { r8Rows } from './injection-data/r8.js';
import { r9Rows } from './injection-data/r9.js';
import { r10Rows } from './injection-data/r10.js';
import { r12Rows } from './injection-data/r12.js';
import { r13Rows } from './injection-data/r13.js';
import { r14Rows } from './injection-data/r14.js';
import { r14mlRows } from './injection-data/r14ml.js';
import { r15Rows } from './injection-data/r15.js';

export const SEED = 20261121;
const DEV_FRACTION = 0.15;

const outArg = process.argv.indexOf('--out');
const OUT = outArg >= 0 ? (process.argv[outArg + 1] ?? 'data/injection') : 'data/injection';

/** train/dev split for rows drawn from the TRAIN banks; dev is in-distribution by construction. */
export function trainDev(rng: () => number): Split {
  return rng() < DEV_FRACTION ? 'dev' : 'train';
}

function directRows(): Row[] {
  const rng = makeRng(SEED ^ 0x01);
  const slots: Slots = { ...SLOTS, ...EXTRA_SLOTS };
  const rows: Row[] = [];
  for (const b of DIRECT_BANKS) {
    for (const text of expand(rng, b.templates, slots, b.n)) {
      rows.push({ text, label: 1, source: 'pavise-authored-direct-v1', family: b.family, lang: 'en', split: trainDev(rng), direction: 'input', task: b.task, method: 'template' });
    }
    for (const text of b.hand) {
      rows.push({ text, label: 1, source: 'pavise-authored-direct-v1', family: b.family, lang: 'en', split: trainDev(rng), direction: 'input', task: b.task, method: 'hand' });
    }
  }
  for (const [family, task, text] of EXTRA_HAND) {
    rows.push({ text, label: 1, source: 'pavise-authored-direct-v1', family, lang: 'en', split: trainDev(rng), direction: 'input', task, method: 'hand' });
  }
  return rows;
}

function hardnegRows(): Row[] {
  const rng = makeRng(SEED ^ 0x02);
  const slots: Slots = { ...NEG_SLOTS, ...NEG_EXTRA_SLOTS };
  const rows: Row[] = [];
  for (const b of HARDNEG_BANKS) {
    for (const t of expand(rng, b.templates, slots, b.n)) {
      // The attack banks prefix a benign lead ("Great answer. ") to many rows; give benign rows
      // the same leads so a lead is never a label signal.
      const lead = rng() < 0.4 ? pick(rng, SLOTS.lead ?? ['']) : '';
      const text = lead + t;
      rows.push({ text, label: 0, source: 'pavise-authored-hardneg-v1', family: b.family, lang: 'en', split: trainDev(rng), direction: 'input', task: 'benign', method: 'template' });
    }
    for (const text of b.hand) {
      rows.push({ text, label: 0, source: 'pavise-authored-hardneg-v1', family: b.family, lang: 'en', split: trainDev(rng), direction: 'input', task: 'benign', method: 'hand' });
    }
  }
  for (const [family, text] of EXTRA_NEG_HAND) {
    rows.push({ text, label: 0, source: 'pavise-authored-hardneg-v1', family, lang: 'en', split: trainDev(rng), direction: 'input', task: 'benign', method: 'hand' });
  }
  return rows;
}

function validate(files: Record<string, Row[]>): void {
  const where = new Map<string, Split>();
  for (const [name, rows] of Object.entries(files)) {
    for (const r of rows) {
      if (r.text.trim().length === 0) throw new Error(`${name}: empty text`);
      if (/(?<!\{)\{[a-z_0-9]+\}(?!\})/.test(r.text) && r.method === 'template') throw new Error(`${name}: unfilled slot in ${r.text.slice(0, 80)}`);
      const prev = where.get(r.text);
      // INVARIANT: an identical text never appears in two different splits (no test leakage).
      if (prev !== undefined && prev !== r.split) throw new Error(`${name}: text in both ${prev} and ${r.split}: ${r.text.slice(0, 80)}`);
      where.set(r.text, r.split);
    }
  }
}

/** Drop exact duplicate texts within a file (first wins) so counts are honest. */
function dedupe(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
}

function main(): void {
  const direct = dedupe(directRows());
  const hardneg = dedupe(hardnegRows());
  const files: Record<string, Row[]> = {
    'direct.jsonl': direct,
    'hardneg.jsonl': hardneg,
    'multilingual.jsonl': dedupe([...multilingualRows(SEED), ...multilingualExtraRows(SEED)]),
    'obfuscated.jsonl': dedupe([...obfuscatedRows(SEED), ...obfuscateSample([...direct, ...hardneg], SEED, 700)]),
    'indirect.jsonl': dedupe(indirectRows(SEED)),
    'heldout-test.jsonl': dedupe(heldoutRows(SEED)),
    // Revisions 2 and 3 (train/dev only); after the v1 banks so those keep their rows on a
    // cross-file collision.
    'everyday.jsonl': dedupe([...everydayRows(), ...benignToolRows()]),
    'paraphrase.jsonl': dedupe(paraphraseRows()),
    // Revision 4 (issue #3): documents x injected sentences, split by document and sentence.
    'documents.jsonl': dedupe(documentRows(SEED)),
    // Revision 5 (issue #3): multilingual families v5 + held-out bank v5 (scripts/injection-data/ml5.ts).
    'multilingual-v5.jsonl': dedupe(ml5Rows(SEED)),
    // Revision 5 English (scripts/injection-data/en5.ts; held-out bank heldout-en5.ts → heldout-test.jsonl).
    'en5.jsonl': dedupe([...en5Rows(), ...heldoutEn5Rows()]),
    // Revision 6 (issue #3): hard negatives and plain-request attacks by error family (scripts/injection-data/r6.ts).
    'r6.jsonl': dedupe(r6Rows()),
    // Revision 7 (issue #3): error families of blind v5 (dev data), with benign twins (scripts/injection-data/r7.ts).
    'r7.jsonl': dedupe(r7Rows()),
    // Revision 8 (issue #3): hard negatives in many styles and blind-v6 error families (scripts/injection-data/r8.ts).
    'r8.jsonl': dedupe(r8Rows()),
    // Revision 9 (issue #3): blind-v7 error families and document hard negatives (scripts/injection-data/r9.ts).
    'r9.jsonl': dedupe(r9Rows()),
    // Revision 10 (issue #3): blind-v8 error families with benign twins, zh / ja first (scripts/injection-data/r10.ts).
    'r10.jsonl': dedupe(r10Rows()),
    // Revision 12 (issue #3): blind-v11 / v12 error families — non-English social engineering, documents in their own voice, code comments (scripts/injection-data/r12.ts).
    'r12.jsonl': dedupe(r12Rows()),
    // Revision 13 (issue #3): blind-v13 / v14 benign error families — hidden page text for people, obligations, documents about AI, token handling (scripts/injection-data/r13.ts).
    'r13.jsonl': dedupe(r13Rows()),
    // Revision 14 (issue #3): blind-v15 error families — non-English social engineering with benign twins, clean service documents (scripts/injection-data/r14.ts).
    'r14.jsonl': dedupe(r14Rows()),
    // Revision 14 non-English (issue #3): social engineering, role-play set-ups, polite indirect asks, voice transcripts, native persona / developer-mode jailbreaks, code-mixed text — each with a benign twin (scripts/injection-data/r14ml.ts).
    'r14ml.jsonl': dedupe(r14mlRows()),
    // Revision 15 (issue #3): blind-v16 document families — clean work documents with lines for people, and attack twins whose line speaks to the AI reader, 12 languages (scripts/injection-data/r15.ts).
    'r15.jsonl': dedupe(r15Rows()),
  };
  // Every held-out row goes to heldout-test.jsonl, whichever bank produced it.
  for (const name of Object.keys(files)) {
    if (name === 'heldout-test.jsonl') continue;
    const rows = files[name] ?? [];
    files['heldout-test.jsonl'] = [...(files['heldout-test.jsonl'] ?? []), ...rows.filter((r) => r.split === 'test')];
    files[name] = rows.filter((r) => r.split !== 'test');
  }
  // Leakage guard: if a train/dev text is also in test, drop it from train/dev (test wins).
  const testTexts = new Set<string>();
  for (const rows of Object.values(files)) for (const r of rows) if (r.split === 'test') testTexts.add(r.text);
  for (const [name, rows] of Object.entries(files)) {
    files[name] = rows.filter((r) => r.split === 'test' || !testTexts.has(r.text));
  }
  // Cross-file train/dev collision: keep the first occurrence's split.
  const firstSplit = new Map<string, Split>();
  for (const [name, rows] of Object.entries(files)) {
    files[name] = rows.filter((r) => {
      const s = firstSplit.get(r.text);
      if (s === undefined) { firstSplit.set(r.text, r.split); return true; }
      return s === r.split;
    });
  }
  validate(files);
  mkdirSync(OUT, { recursive: true });
  for (const [name, rows] of Object.entries(files)) {
    const body = jsonl(rows);
    if (Buffer.byteLength(body) > 5 * 1024 * 1024) throw new Error(`${name} exceeds 5 MB`);
    writeFileSync(join(OUT, name), body);
    process.stdout.write(`${name}: ${rows.length} rows\n`);
  }
}

main();
