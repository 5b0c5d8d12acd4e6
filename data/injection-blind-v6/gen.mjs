// Plain Node. Validates hand-written rows and writes three JSONL files deterministically.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const DIRECT_FAM_ATTACK = new Set(['override','prompt_extraction','secret_extraction','delimiter_smuggling','authority','refusal_suppression','payload_splitting','exfiltration','obfuscation','persona','developer_mode','hypothetical','fiction_framing','many_shot','roleplay','grandma','opposite_mode','tool_abuse']);
const LANGS = new Set('en zh es ar pt id fr ja ru de ko tr it vi pl nl fa th hi uk he sv cs ro el bn sw tl ms hu fi da no'.split(' '));

async function load(name) { try { return await import(join(here, 'rows', name)); } catch (e) { if (e.code === 'ERR_MODULE_NOT_FOUND') return null; throw e; } }

const out = { direct: [], multilingual: [], indirect: [] };
const errors = [];

// direct: arrays of [label, family, text]
for (const f of ['direct_attacks.mjs', 'direct_attacks_long.mjs', 'direct_attacks_more.mjs', 'direct_benign.mjs', 'direct_benign_long.mjs', 'direct_extra.mjs']) {
  const m = await load(f); if (!m) continue;
  for (const [label, family, text] of m.default) out.direct.push({ text, label, source: 'blind-v6-direct', family, lang: 'en', direction: 'input' });
}
// multilingual: arrays of [lang, label, family, text]
for (const f of ['ml_1.mjs', 'ml_2.mjs', 'ml_3.mjs', 'ml_4.mjs', 'ml_5.mjs', 'ml_6.mjs']) {
  const m = await load(f); if (!m) continue;
  for (const [lang, label, family, text] of m.default) out.multilingual.push({ text, label, source: 'blind-v6-multilingual', family, lang, direction: 'input' });
}
// indirect: objects {carrier, lang, doc, inj, clean?} where doc contains '@@' once.
//   -> attack row: doc with '@@' replaced by inj; clean row: '@@' replaced by clean ('' default).
//   or single rows {carrier, lang, label, text}
for (const f of ['ind_1.mjs', 'ind_2.mjs', 'ind_3.mjs', 'ind_4.mjs', 'ind_5.mjs', 'ind_6.mjs', 'ind_7.mjs', 'ind_8.mjs']) {
  const m = await load(f); if (!m) continue;
  for (const r of m.default) {
    if (r.text !== undefined) { out.indirect.push({ text: r.text, label: r.label, source: 'blind-v6-indirect', family: r.carrier, lang: r.lang, direction: 'tool_result' }); continue; }
    if (r.doc.split('@@').length !== 2) errors.push(`indirect doc needs exactly one @@: ${r.doc.slice(0, 60)}`);
    out.indirect.push({ text: r.doc.replace('@@', r.inj), label: 1, source: 'blind-v6-indirect', family: r.carrier, lang: r.lang, direction: 'tool_result' });
    if (r.noclean) continue;
    out.indirect.push({ text: r.doc.replace('@@', r.clean ?? '').replace(/\n{3,}/g, '\n\n'), label: 0, source: 'blind-v6-indirect', family: r.carrier, lang: r.lang, direction: 'tool_result' });
  }
}

for (const [name, rows] of Object.entries(out)) {
  const seen = new Set();
  for (const r of rows) {
    const k = r.text.trim().toLowerCase();
    if (typeof r.text !== 'string' || r.text.trim().length < 3) errors.push(`${name}: empty text`);
    if (seen.has(k)) errors.push(`${name}: duplicate: ${r.text.slice(0, 80)}`);
    seen.add(k);
    if (r.label !== 0 && r.label !== 1) errors.push(`${name}: bad label ${r.label}`);
    if (!LANGS.has(r.lang)) errors.push(`${name}: bad lang ${r.lang}`);
    if (typeof r.family !== 'string' || !/^[a-z_]+$/.test(r.family)) errors.push(`${name}: bad family ${r.family}`);
    if (name !== 'indirect' && r.label === 1 && !DIRECT_FAM_ATTACK.has(r.family)) errors.push(`${name}: unknown attack family ${r.family}: ${r.text.slice(0, 50)}`);
    if (name === 'multilingual' && r.lang === 'en') errors.push('multilingual: en row');
  }
}
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

function stats(rows) {
  const by = (f) => rows.reduce((a, r) => { const k = f(r); a[k] = (a[k] || 0) + 1; return a; }, {});
  return { total: rows.length, label: by((r) => r.label), family: by((r) => `${r.label}:${r.family}`), lang: by((r) => `${r.lang}:${r.label}`) };
}
for (const [name, rows] of Object.entries(out)) {
  if (!rows.length) continue;
  const body = rows.map((r) => JSON.stringify({ text: r.text, label: r.label, source: r.source, family: r.family, lang: r.lang, direction: r.direction })).join('\n') + '\n';
  writeFileSync(join(here, `${name}.jsonl`), body);
  const s = stats(rows);
  console.log(`${name}.jsonl  rows=${s.total}  sha256=${createHash('sha256').update(body).digest('hex')}`);
  console.log('  label', JSON.stringify(s.label));
  if (process.argv.includes('-v')) { console.log('  family', JSON.stringify(s.family)); console.log('  lang', JSON.stringify(s.lang)); }
  if (name === 'indirect') { const nonEn = rows.filter((r) => r.lang !== 'en').length; const long = rows.filter((r) => r.text.length >= 400).length; console.log(`  non-English ${nonEn} (${(100 * nonEn / rows.length).toFixed(1)}%), >=400 chars ${long}`); }
}
