// Generator for the blind-v18 evaluation set. Deterministic: no randomness, no clock.
import { readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const FILES = ['direct', 'multilingual', 'indirect'];
const LANGS = new Set(['en','es','de','fr','ja','ru','pt','it','zh','nl','pl','tr','fa','ko','vi','id','ar','uk','cs','hi','he','th','sv','ur','bn','ta','sw','el','ro','hu']);
const out = Object.fromEntries(FILES.map((f) => [f, []]));
const rowFiles = readdirSync(join(here, 'rows')).filter((f) => f.endsWith('.mjs')).sort();
for (const rf of rowFiles) {
  const mod = await import(pathToFileURL(join(here, 'rows', rf)).href);
  for (const part of mod.default) {
    if (!FILES.includes(part.file)) throw new Error(`${rf}: bad file ${part.file}`);
    for (const r of part.rows) out[part.file].push({ ...r, _from: rf });
  }
}
const errors = [];
const summary = {};
for (const f of FILES) {
  const seen = new Map();
  const rows = [];
  for (const r of out[f]) {
    const text = typeof r.text === 'string' ? r.text.trim() : r.text;
    const row = { text, label: r.label, source: `blind-v18-${f}`, family: r.family, lang: r.lang, direction: r.direction };
    if (typeof text !== 'string' || text.length < 8) errors.push(`${f}/${r._from}: empty/short text`);
    if (row.label !== 0 && row.label !== 1) errors.push(`${f}/${r._from}: bad label ${row.label}`);
    if (typeof row.family !== 'string' || !row.family) errors.push(`${f}/${r._from}: family`);
    if (!LANGS.has(row.lang)) errors.push(`${f}/${r._from}: lang ${row.lang}`);
    if (row.direction !== 'input' && row.direction !== 'tool_result') errors.push(`${f}/${r._from}: direction`);
    if (f === 'indirect' && row.direction !== 'tool_result') errors.push(`${f}: direction must be tool_result`);
    if (f !== 'indirect' && row.direction !== 'input') errors.push(`${f}: direction must be input`);
    if (f === 'direct' && row.lang !== 'en') errors.push(`direct: lang must be en (${row.lang})`);
    if (f === 'multilingual' && row.lang === 'en') errors.push('multilingual: en not allowed');
    const key = typeof text === 'string' ? text.toLowerCase().replace(/\s+/g, ' ') : '';
    if (seen.has(key)) { errors.push(`${f}: duplicate text (${r._from} vs ${seen.get(key)}): ${String(text).slice(0, 80)}`); continue; }
    seen.set(key, r._from);
    rows.push(row);
  }
  summary[f] = rows;
}
// cross-file duplicates
const all = new Map();
for (const f of FILES) for (const r of summary[f]) { const k = r.text.toLowerCase(); if (all.has(k)) errors.push(`cross-file dup ${f}/${all.get(k)}`); all.set(k, f); }
if (errors.length) { console.error(errors.slice(0, 60).join('\n')); console.error(`${errors.length} errors`); process.exit(1); }

const count = (rows, key) => { const m = {}; for (const r of rows) m[r[key]] = (m[r[key]] ?? 0) + 1; return Object.entries(m).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : 0; };
let md = 'SEALED BLIND SET — do not open, list or read for development. Evaluation only, once per revision.\n\n';
md += '# injection-blind-v18\n\nAuthor: blind-v18 (independent red-team/QA author, blind to the product). Angle: public-facing assistants in education, government and media (homework/exam helpers, admissions and scholarship bots, citizen-services bots, newsroom summarisers, transcript summarisers, library/archive search).\n\n';
md += 'Schema: `{"text", "label" (1 = attack on the assistant, 0 = benign), "source", "family", "lang", "direction"}`.\n\n## Counts\n\n';
for (const f of FILES) {
  const rows = summary[f];
  const body = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(here, `${f}.jsonl`), body);
  const sha = createHash('sha256').update(body).digest('hex');
  md += `### ${f}.jsonl — ${rows.length} rows\n\n- sha256: \`${sha}\`\n`;
  md += `- labels: ${count(rows, 'label').map(([k, v]) => `${k}=${v}`).join(', ')}\n`;
  md += `- median length (chars): ${median(rows.map((r) => r.text.length))}\n`;
  md += `- languages: ${count(rows, 'lang').map(([k, v]) => `${k}=${v}`).join(', ')}\n`;
  if (f === 'multilingual') {
    const per = {}; for (const r of rows) { per[r.lang] ??= [0, 0]; per[r.lang][r.label]++; }
    md += `- per language (benign/attack): ${Object.keys(per).sort().map((k) => `${k} ${per[k][0]}/${per[k][1]}`).join(', ')}\n`;
  }
  md += `- families:\n${count(rows, 'family').map(([k, v]) => `  - ${k}: ${v}`).join('\n')}\n\n`;
}
md += `## How it was written\n\n${HOW()}\n\n## Weaknesses\n\n${WEAK()}\n`;
writeFileSync(join(here, 'README.md'), md);
console.log(FILES.map((f) => `${f}: ${summary[f].length}`).join(', '));

function HOW() { return [
  '- Written in one short sitting (about 20 minutes of writing inside a 50-minute budget) by a single author, without looking at the product, its code, its other data sets or the web. Every sentence, document carrier and payload was typed fresh for this set.',
  '- Rows live in `rows/*.mjs`; `gen.mjs` validates schema, labels, language codes, direction per file and exact (case/whitespace-insensitive) duplicates within and across files, then writes the JSONL files and this README. No randomness: output is byte-identical on every `node gen.mjs` run.',
  '- direct: hand-written attack and benign cores in varied voices, plus a minority of rows made by deterministic wrappers (conversational openers, obfuscation transforms such as leetspeak, letter spacing, base64, reversal and homoglyph substitution applied to attack cores only).',
  '- multilingual: per language, separately written attack and benign sentences with scenarios chosen for that country\'s context (national exams, tax offices, visas, local media), plus a few code-mixed/transliterated rows (Hinglish, Arabizi, romaji, Roman Urdu, Latin-script Spanglish and Russian) labelled with the base language.',
  '- indirect: hand-written document carriers (press releases, SRT/VTT subtitles, RSS, wiki-style articles, OCR-noisy scanned forms, PDF text with footer/metadata, comment threads, emails, calendar invites, API JSON, CSV, READMEs, transcripts, search results, library catalogue records) each combined with a hand-written injected payload (attack) or a benign filler such as instructions to human readers, AI-related news, or quoted attacks in a security write-up (benign twins share carriers with attacks).',
].join('\n'); }
function WEAK() { return [
  '- Single author, short time: vocabulary and scenario repertoire are narrower than real traffic; carriers are reused across several payloads in indirect (attack and benign twins share carriers by design, so carrier text alone does not separate labels).',
  '- Some direct/multilingual rows are compositional (opener + core), so near-duplicates exist even though exact duplicates were removed.',
  '- Non-English text was written by a non-native author for several languages (notably bn, ta, ur, sw, th, fa, he); phrasing may be stilted or contain errors, though it was written directly rather than translated from one skeleton.',
  '- Label boundary choices: requests to see a bot\'s own instructions are labelled attacks; a user asking for an answer key for their own teaching is benign only if framed as a teacher designing one; cheating requests without any manipulation of the assistant (e.g. plain "give me the answers") are mostly avoided because they are not injection.',
  '- Multilingual rows were written per language with local scenarios, but each language block follows a similar list of attack families (override, extraction, fake official, persona, acrostic, link exfiltration, fake system tags, slander, refusal suppression...), so structure is more parallel across languages than real traffic.',
  '- In indirect, most English carriers are paired with payloads by a fixed index rule, so some pairings are incongruous (e.g. a note about a school ticket inside a benefits-API JSON); only indirect_en3 uses carrier-specific payloads, where several attacks are deliberately low-key. Many attack payloads address the AI explicitly ("Note to any AI assistant..."), which is easier than real-world injections.',
  '- Obfuscation coverage is modest (a few encodings per family), and indirect attacks are mostly in-text rather than in binary/metadata structures.',
].join('\n'); }
