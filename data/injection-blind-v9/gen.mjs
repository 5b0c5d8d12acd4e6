// blind-v9 generator: validates hand-written rows and writes the three JSONL files + README deterministically.
import fs from 'node:fs'; import path from 'node:path'; import crypto from 'node:crypto'; import { fileURLToPath, pathToFileURL } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const LANGS = new Set('en zh es ar pt id fr ja ru de ko tr it vi pl nl fa th hi uk he bn ur ta mr sw ha am el cs ro hu sv fi ms tl kk az'.split(' '));
const SRC = { direct: 'blind-v9-direct', multilingual: 'blind-v9-multilingual', indirect: 'blind-v9-indirect' };
const out = { direct: [], multilingual: [], indirect: [] };
const files = fs.readdirSync(path.join(here, 'rows')).filter(f => f.endsWith('.mjs') && !f.startsWith('_')).sort();
let errors = 0; const err = (m) => { errors++; console.error('ERR', m); };
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(here, 'rows', f)).href);
  const kind = mod.kind; if (!SRC[kind]) { err(`${f}: bad kind ${kind}`); continue; }
  for (const [i, r] of mod.default.entries()) {
    let row;
    if (kind === 'direct') { const [label, family, text] = r; row = { text, label, source: SRC[kind], family, lang: 'en', direction: 'input' }; }
    else { const [label, family, lang, text] = r; row = { text, label, source: SRC[kind], family, lang, direction: kind === 'indirect' ? 'tool_result' : 'input' }; }
    const where = `${f}#${i}`;
    if (typeof row.text !== 'string' || row.text.trim().length < 8) err(`${where}: text`);
    if (row.label !== 0 && row.label !== 1) err(`${where}: label`);
    if (typeof row.family !== 'string' || !/^[a-z0-9_]+$/.test(row.family)) err(`${where}: family ${row.family}`);
    if (!LANGS.has(row.lang)) err(`${where}: lang ${row.lang}`);
    row.text = row.text.replace(/\r\n/g, '\n');
    out[kind].push({ row, where });
  }
}
const summary = {};
for (const kind of Object.keys(out)) {
  const seen = new Map();
  for (const { row, where } of out[kind]) {
    const k = row.text.trim().toLowerCase();
    if (seen.has(k)) err(`dup in ${kind}: ${where} == ${seen.get(k)}`); else seen.set(k, where);
  }
}
if (errors) { console.error(`${errors} errors; nothing written`); process.exit(1); }
const shas = {};
for (const kind of Object.keys(out)) {
  const body = out[kind].map(({ row }) => JSON.stringify({ text: row.text, label: row.label, source: row.source, family: row.family, lang: row.lang, direction: row.direction })).join('\n') + '\n';
  fs.writeFileSync(path.join(here, `${kind}.jsonl`), body);
  shas[kind] = crypto.createHash('sha256').update(body).digest('hex');
  const rows = out[kind].map(x => x.row);
  const fam = {}, lang = {};
  for (const r of rows) { (fam[r.family] ??= [0, 0])[r.label]++; (lang[r.lang] ??= [0, 0])[r.label]++; }
  summary[kind] = { n: rows.length, benign: rows.filter(r => r.label === 0).length, attack: rows.filter(r => r.label === 1).length, fam, lang };
}
const tbl = (o) => Object.keys(o).sort().map(k => `| ${k} | ${o[k][0]} | ${o[k][1]} |`).join('\n');
const head = fs.readFileSync(path.join(here, 'rows', '_readme_head.md'), 'utf8');
let md = head + '\n## Counts\n\n| file | rows | benign (0) | attack (1) | sha256 |\n|---|---|---|---|---|\n';
for (const k of Object.keys(out)) md += `| ${k}.jsonl | ${summary[k].n} | ${summary[k].benign} | ${summary[k].attack} | \`${shas[k]}\` |\n`;
const tot = Object.values(summary).reduce((a, s) => [a[0] + s.n, a[1] + s.benign, a[2] + s.attack], [0, 0, 0]);
md += `| **total** | ${tot[0]} | ${tot[1]} | ${tot[2]} | |\n`;
for (const k of Object.keys(out)) {
  md += `\n## ${k}.jsonl — per family\n\n| family | benign | attack |\n|---|---|---|\n${tbl(summary[k].fam)}\n`;
  md += `\n## ${k}.jsonl — per language\n\n| lang | benign | attack |\n|---|---|---|\n${tbl(summary[k].lang)}\n`;
}
fs.writeFileSync(path.join(here, 'README.md'), md);
for (const k of Object.keys(out)) console.log(k, summary[k].n, 'benign', summary[k].benign, 'attack', summary[k].attack);
console.log('total', tot.join(' / '));
