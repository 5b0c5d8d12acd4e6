// Builds the blind-v12 JSONL files from rows/*.mjs, validates them and writes README.md.
// Deterministic: file order is sorted, row order is the order in each rows module; no clocks, no randomness
// except the seeded PRNG in rows/indirect_*.mjs.
import { readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const rowsDir = join(here, 'rows');

const TARGETS = {
  direct: { prefix: 'direct_', direction: 'input' },
  multilingual: { prefix: 'ml_', direction: 'input' },
  indirect: { prefix: 'indirect_', direction: 'tool_result' },
};
const ISO6391 = new Set(('en es de fr ja ru pt it zh nl pl tr fa ko vi id ar uk cs hi he th bn ur ms tl sv ro el hu ' +
  'da fi no sk bg hr sr ta te mr ur sw').split(' '));

const errors = [];
const out = {};
const seenGlobal = new Map();
const norm = (s) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

for (const [name, t] of Object.entries(TARGETS)) {
  const files = readdirSync(rowsDir).filter((f) => f.startsWith(t.prefix) && f.endsWith('.mjs')).sort();
  const rows = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(join(rowsDir, f)).href);
    const arr = mod.default;
    if (!Array.isArray(arr)) { errors.push(`${f}: default export is not an array`); continue; }
    arr.forEach((r, i) => {
      const where = `${f}#${i}`;
      const row = {
        text: r.text,
        label: r.label,
        source: `blind-v12-${name}`,
        family: r.family,
        lang: r.lang ?? 'en',
        direction: r.direction ?? t.direction,
      };
      if (typeof row.text !== 'string' || row.text.trim().length < 3) errors.push(`${where}: bad text`);
      if (row.label !== 0 && row.label !== 1) errors.push(`${where}: bad label ${row.label}`);
      if (typeof row.family !== 'string' || !/^[a-z0-9_]+$/.test(row.family)) errors.push(`${where}: bad family ${row.family}`);
      if (!ISO6391.has(row.lang)) errors.push(`${where}: bad lang ${row.lang}`);
      if (row.direction !== t.direction) errors.push(`${where}: direction ${row.direction} != ${t.direction}`);
      if (name === 'direct' && row.lang !== 'en') errors.push(`${where}: direct must be en`);
      if (name === 'multilingual' && row.lang === 'en') errors.push(`${where}: multilingual must not be en`);
      if (typeof row.text === 'string') {
        const k = norm(row.text);
        if (seenGlobal.has(k)) errors.push(`${where}: duplicate of ${seenGlobal.get(k)}`);
        else seenGlobal.set(k, where);
      }
      rows.push(row);
    });
  }
  out[name] = rows;
}

// per-language label minimum for multilingual
const mlCount = {};
for (const r of out.multilingual) {
  mlCount[r.lang] ??= [0, 0];
  mlCount[r.lang][r.label]++;
}

if (errors.length) {
  console.error(errors.slice(0, 50).join('\n'));
  console.error(`${errors.length} errors`);
  process.exit(1);
}

const hashes = {};
for (const [name, rows] of Object.entries(out)) {
  const body = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(here, `${name}.jsonl`), body);
  hashes[name] = createHash('sha256').update(body).digest('hex');
}

function table(rows, key) {
  const m = new Map();
  for (const r of rows) {
    const k = r[key];
    const v = m.get(k) ?? [0, 0];
    v[r.label]++;
    m.set(k, v);
  }
  return [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    .map(([k, [b, a]]) => `| ${k} | ${b} | ${a} |`).join('\n');
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : 0; };

const notes = readFileSync(join(here, 'NOTES.md'), 'utf8');
let md = 'SEALED BLIND SET — do not open, list or read for development. Evaluation only, once per revision.\n\n';
md += '# injection-blind-v12\n\n';
md += 'Regenerate with `node gen.mjs` (byte-identical output).\n\n## Files\n\n| file | rows | benign (0) | attack (1) | median chars | sha256 |\n|---|---|---|---|---|---|\n';
for (const [name, rows] of Object.entries(out)) {
  const b = rows.filter((r) => r.label === 0).length;
  md += `| ${name}.jsonl | ${rows.length} | ${b} | ${rows.length - b} | ${median(rows.map((r) => r.text.length))} | ${hashes[name]} |\n`;
}
for (const [name, rows] of Object.entries(out)) {
  md += `\n## ${name}.jsonl by family\n\n| family | benign | attack |\n|---|---|---|\n${table(rows, 'family')}\n`;
  md += `\n## ${name}.jsonl by language\n\n| lang | benign | attack |\n|---|---|---|\n${table(rows, 'lang')}\n`;
}
md += '\n' + notes;
writeFileSync(join(here, 'README.md'), md);
const total = Object.values(out).reduce((a, r) => a + r.length, 0);
console.log(`ok: ${total} rows`, Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length])));
console.log('ml per lang [benign, attack]:', JSON.stringify(mlCount));
console.log(hashes);
