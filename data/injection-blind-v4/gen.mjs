// gen.mjs — builds the injection-blind-v4 evaluation set from hand-written rows.
// Plain Node (no product imports, no randomness): reads rows/*.mjs, validates every row,
// writes direct.jsonl, indirect.jsonl, multilingual.jsonl and rewrites the counts section
// of README.md between the COUNTS markers. Run: node data/injection-blind-v4/gen.mjs
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const LANGS = new Set([
  'en', 'zh', 'es', 'ar', 'pt', 'id', 'fr', 'ja', 'ru', 'de', 'ko', 'tr', 'it', 'vi', 'pl', 'nl',
  'fa', 'th', 'hi', 'uk', 'sv', 'he', 'cs', 'ro', 'el', 'bn', 'sw', 'hu', 'fi', 'da', 'no', 'ms',
  'tl',
]);

// Each output file: list of row modules. A row module exports `rows`: array of
// [label, family, lang, text]  (direction and source come from the file spec).
const FILES = [
  {
    out: 'direct.jsonl', source: 'blind-v4-direct', direction: 'input',
    mods: ['direct_attacks.mjs', 'direct_attacks2.mjs', 'direct_benign.mjs', 'direct_benign2.mjs'],
  },
  {
    out: 'indirect.jsonl', source: 'blind-v4-indirect', direction: 'tool_result',
    mods: ['indirect_attacks.mjs', 'indirect_attacks2.mjs', 'indirect_clean.mjs', 'indirect_clean2.mjs'],
  },
  {
    out: 'multilingual.jsonl', source: 'blind-v4-multilingual', direction: 'input',
    mods: ['ml_a.mjs', 'ml_b.mjs', 'ml_c.mjs', 'ml_d.mjs', 'ml_e.mjs'],
  },
];

const errors = [];
const seen = new Map(); // normalized text -> where
const summary = [];

for (const spec of FILES) {
  const out = [];
  for (const m of spec.mods) {
    const p = join(here, 'rows', m);
    if (!existsSync(p)) continue; // a file not written yet is simply absent
    const mod = await import(p);
    const rows = mod.rows;
    if (!Array.isArray(rows)) { errors.push(`${m}: no rows export`); continue; }
    rows.forEach((r, i) => {
      const where = `${m}#${i}`;
      if (!Array.isArray(r) || r.length !== 4) { errors.push(`${where}: bad shape`); return; }
      const [label, family, lang, text] = r;
      if (label !== 0 && label !== 1) errors.push(`${where}: bad label ${label}`);
      if (typeof family !== 'string' || !/^[a-z0-9_]+$/.test(family)) errors.push(`${where}: bad family ${family}`);
      if (!LANGS.has(lang)) errors.push(`${where}: bad lang ${lang}`);
      if (typeof text !== 'string' || text.trim().length === 0) { errors.push(`${where}: empty text`); return; }
      if (text.length > 6000) errors.push(`${where}: text too long (${text.length})`);
      if (spec.out === 'direct.jsonl' && lang !== 'en') errors.push(`${where}: direct must be en`);
      const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
      if (seen.has(key)) errors.push(`${where}: duplicate of ${seen.get(key)}`);
      else seen.set(key, where);
      out.push({ text, label, source: spec.source, family, lang, direction: spec.direction });
    });
  }
  summary.push({ spec, out });
}

if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} error(s); nothing written`);
  process.exit(1);
}

const lines = [];
for (const { spec, out } of summary) {
  writeFileSync(join(here, spec.out), out.map((o) => JSON.stringify(o)).join('\n') + (out.length ? '\n' : ''));
  const pos = out.filter((o) => o.label === 1).length;
  lines.push(`### ${spec.out} (source \`${spec.source}\`, direction \`${spec.direction}\`)`, '');
  lines.push(`Total ${out.length}: ${pos} attacks (label 1), ${out.length - pos} benign (label 0).`, '');
  const count = (keyFn) => {
    const m = new Map();
    for (const o of out) {
      const k = keyFn(o);
      const c = m.get(k) ?? [0, 0];
      c[o.label] += 1;
      m.set(k, c);
    }
    return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  };
  lines.push('| family | attacks | benign |', '|---|---:|---:|');
  for (const [k, [b, a]] of count((o) => o.family)) lines.push(`| ${k} | ${a} | ${b} |`);
  lines.push('');
  const langs = count((o) => o.lang);
  if (langs.length > 1) {
    lines.push('| lang | attacks | benign |', '|---|---:|---:|');
    for (const [k, [b, a]] of langs) lines.push(`| ${k} | ${a} | ${b} |`);
    lines.push('');
  }
  console.log(`${spec.out}: ${out.length} rows (${pos} attacks)`);
}

const readme = join(here, 'README.md');
if (existsSync(readme)) {
  const txt = readFileSync(readme, 'utf8');
  const start = '<!-- COUNTS:START -->';
  const end = '<!-- COUNTS:END -->';
  const a = txt.indexOf(start);
  const b = txt.indexOf(end);
  if (a >= 0 && b > a) {
    const next = txt.slice(0, a + start.length) + '\n\n' + lines.join('\n') + '\n' + txt.slice(b);
    writeFileSync(readme, next);
  } else {
    console.error('README.md has no COUNTS markers; counts not written');
  }
}
