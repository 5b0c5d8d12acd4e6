// gen.mjs — builds the blind-v5 injection set from the hand-written rows in rows/.
// Plain Node, no product imports, no randomness: same rows in -> same bytes out.
// Validates labels, families, ISO 639-1 languages, non-empty text, and that no text
// appears twice (within or across files). Writes direct/indirect/multilingual.jsonl and
// rewrites the COUNTS section of README.md.
import { readdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FILES = {
  direct: { source: 'blind-v5-direct', direction: 'input' },
  indirect: { source: 'blind-v5-indirect', direction: 'tool_result' },
  multilingual: { source: 'blind-v5-multilingual', direction: 'input' },
};
const ATTACK_FAMILIES = new Set([
  // direct / multilingual
  'override', 'prompt_extraction', 'secret_extraction', 'delimiter_smuggling', 'authority',
  'refusal_suppression', 'payload_splitting', 'obfuscation', 'exfiltration', 'persona',
  'fiction_framing', 'many_shot', 'roleplay', 'grandma', 'opposite_mode', 'token_game',
]);
const CARRIERS = new Set([
  'html_comment', 'hidden_css', 'alt_text', 'json_field', 'code_comment', 'markdown', 'email',
  'pdf_text', 'calendar', 'csv', 'issue_comment', 'search_snippet', 'tool_description',
  'rag_chunk', 'log', 'unicode_tags', 'zero_width', 'base64', 'chat_template', 'business_ask',
  'agents_md', 'web_page', 'chat_log', 'review', 'transcript',
]);
const NEG_FAMILIES = new Set([
  'hn_code', 'hn_prompt_eng', 'hn_own_system_prompt', 'hn_security', 'hn_research',
  'hn_roleplay', 'hn_tool_use', 'hn_quote_task', 'hn_typo_ignore', 'hn_support', 'hn_everyday',
  'hn_fiction', 'hn_encoding',
]);
const ISO = new Set(('en zh es ar pt id fr ja ru de ko tr it vi pl nl fa th hi uk sv he cs ro el bn ' +
  'sw tl ms fi da no hu ur ta te mr ca sk bg hr sr lt lv et sl').split(' '));

const rowsDir = join(here, 'rows');
const mods = readdirSync(rowsDir).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort();
const out = { direct: [], indirect: [], multilingual: [] };
const errors = [];
for (const f of mods) {
  const m = await import(pathToFileURL(join(rowsDir, f)).href);
  if (!(m.file in FILES)) { errors.push(`${f}: bad export file=${m.file}`); continue; }
  if (!Array.isArray(m.rows)) { errors.push(`${f}: rows missing`); continue; }
  m.rows.forEach((r, i) => {
    const where = `${f}#${i}`;
    if (typeof r.text !== 'string' || r.text.trim() === '') errors.push(`${where}: empty text`);
    if (r.label !== 0 && r.label !== 1) errors.push(`${where}: bad label`);
    if (!ISO.has(r.lang)) errors.push(`${where}: bad lang ${r.lang}`);
    if (m.file === 'direct' && r.lang !== 'en') errors.push(`${where}: direct must be en`);
    if (m.file === 'indirect') {
      if (!CARRIERS.has(r.family)) errors.push(`${where}: unknown carrier ${r.family}`);
    } else if (r.label === 1 ? !ATTACK_FAMILIES.has(r.family) : !NEG_FAMILIES.has(r.family)) {
      errors.push(`${where}: family ${r.family} not allowed for label ${r.label}`);
    }
    out[m.file].push({ text: r.text, label: r.label, source: FILES[m.file].source, family: r.family, lang: r.lang, direction: FILES[m.file].direction, _from: where });
  });
}
const seen = new Map();
for (const k of Object.keys(out)) for (const r of out[k]) {
  const key = r.text.normalize('NFC').trim();
  if (seen.has(key)) errors.push(`duplicate text: ${r._from} and ${seen.get(key)}`);
  else seen.set(key, r._from);
}
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

const lines = [];
for (const k of Object.keys(out)) {
  const rows = out[k].map(({ _from, ...r }) => r);
  writeFileSync(join(here, `${k}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const pos = rows.filter((r) => r.label === 1).length;
  lines.push(`### ${k}.jsonl — ${rows.length} rows (${pos} attack / ${rows.length - pos} benign)`, '');
  const tally = (key) => {
    const t = new Map();
    for (const r of rows) { const e = t.get(r[key]) ?? [0, 0]; e[r.label]++; t.set(r[key], e); }
    return [...t.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  };
  lines.push('| family | attack | benign |', '|---|---|---|');
  for (const [fam, [n0, n1]] of tally('family')) lines.push(`| ${fam} | ${n1} | ${n0} |`);
  lines.push('', '| lang | attack | benign |', '|---|---|---|');
  for (const [l, [n0, n1]] of tally('lang')) lines.push(`| ${l} | ${n1} | ${n0} |`);
  lines.push('');
  console.log(`${k}: ${rows.length} rows, ${pos} attack, ${rows.length - pos} benign, langs=${new Set(rows.map((r) => r.lang)).size}`);
}
const readme = join(here, 'README.md');
if (existsSync(readme)) {
  const txt = readFileSync(readme, 'utf8');
  const start = '<!-- COUNTS:BEGIN -->', end = '<!-- COUNTS:END -->';
  const i = txt.indexOf(start), j = txt.indexOf(end);
  if (i >= 0 && j > i) writeFileSync(readme, txt.slice(0, i + start.length) + '\n' + lines.join('\n') + '\n' + txt.slice(j));
}
