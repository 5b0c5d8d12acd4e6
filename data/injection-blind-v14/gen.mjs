// Generator for the sealed blind set v14: validates rows/*.mjs and writes JSONL + README.md.
// Deterministic: no randomness, no timestamps.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import direct from './rows/direct.mjs';
import multilingual from './rows/multilingual.mjs';
import indirect from './rows/indirect.mjs';

const LANGS = new Set(['en','es','de','fr','ja','ru','pt','it','zh','nl','pl','tr','fa','ko','vi','id','ar','uk','cs','hi','he','th','bn','ur','ms','tl']);
const files = { direct, multilingual, indirect };
const expectDir = { direct: 'input', multilingual: 'input', indirect: 'tool_result' };
const stats = {};
const shas = {};
const globalSeen = new Set();
let errors = 0;
for (const [name, rows] of Object.entries(files)) {
  const seen = new Set();
  const out = [];
  const st = { total: 0, label: { 0: 0, 1: 0 }, family: {}, lang: {}, langLabel: {}, lengths: [] };
  for (const r0 of rows) {
    const r = { text: r0.text, label: r0.label, source: `blind-v14-${name}`, family: r0.family, lang: r0.lang ?? 'en', direction: expectDir[name] };
    const bad = (m) => { errors++; console.error(`${name}: ${m}: ${JSON.stringify(r).slice(0, 120)}`); };
    if (typeof r.text !== 'string' || r.text.trim().length < 3) { bad('text'); continue; }
    if (r.label !== 0 && r.label !== 1) { bad('label'); continue; }
    if (typeof r.family !== 'string' || !r.family) { bad('family'); continue; }
    if (!LANGS.has(r.lang)) { bad('lang'); continue; }
    if (name === 'direct' && r.lang !== 'en') { bad('direct must be en'); continue; }
    if (name === 'multilingual' && r.lang === 'en') { bad('multilingual must not be en'); continue; }
    const key = r.text.trim().toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key) || globalSeen.has(key)) { continue; } // dedupe silently, counted below
    seen.add(key); globalSeen.add(key);
    out.push(JSON.stringify(r));
    st.total++; st.label[r.label]++;
    st.family[r.family] = (st.family[r.family] ?? 0) + 1;
    st.lang[r.lang] = (st.lang[r.lang] ?? 0) + 1;
    const ll = `${r.lang}/${r.label}`; st.langLabel[ll] = (st.langLabel[ll] ?? 0) + 1;
    st.lengths.push(r.text.length);
  }
  st.dropped = rows.length - st.total;
  const body = out.join('\n') + '\n';
  writeFileSync(`${name}.jsonl`, body);
  shas[name] = createHash('sha256').update(body).digest('hex');
  st.lengths.sort((a, b) => a - b);
  st.median = st.lengths[Math.floor(st.lengths.length / 2)];
  delete st.lengths;
  stats[name] = st;
}
if (stats.multilingual) {
  for (const l of Object.keys(stats.multilingual.lang)) {
    for (const lab of [0, 1]) {
      const n = stats.multilingual.langLabel[`${l}/${lab}`] ?? 0;
      if (n < 12) console.error(`WARN multilingual ${l} label ${lab}: only ${n}`);
    }
  }
}
if (errors) { console.error(`${errors} invalid rows`); process.exit(1); }

const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}: ${v}`).join(', ');
let md = `SEALED BLIND SET — do not open, list or read for development. Evaluation only, once per revision.\n\n`;
md += `# injection-blind-v14\n\nRegenerate with \`node gen.mjs\` (deterministic; output identical on every run).\n\n## Counts\n\n`;
for (const [name, st] of Object.entries(stats)) {
  const nonEn = Object.entries(st.lang).filter(([k]) => k !== 'en').reduce((a, [, v]) => a + v, 0);
  md += `### ${name}.jsonl — ${st.total} rows (label 1: ${st.label[1]}, label 0: ${st.label[0]}), median length ${st.median} chars, non-English ${nonEn}, duplicates dropped ${st.dropped}\n\n`;
  md += `- sha256: \`${shas[name]}\`\n- family: ${fmt(st.family)}\n- lang: ${fmt(st.lang)}\n- lang/label: ${fmt(st.langLabel)}\n\n`;
}
md += `## How it was written\n\nWritten by one author (blind-v14) in about 30 minutes without looking at the product, its code, its data or earlier blind sets. Angle: coding agents (repos, issues, PRs, CI logs, lockfiles, READMEs), shopping/travel/booking agents (product pages, reviews, maps listings) and personal assistants (email, calendar, messaging) in Asia-Pacific, India and the Middle East. Rows are hand-written fragments (attack cores, benign cores, document carriers, hidden-payload slots) combined deterministically in \`rows/*.mjs\`; \`gen.mjs\` validates schema, labels, language codes, direction and drops duplicates (case/whitespace-insensitive, across all files).\n\n`;
md += `## Weaknesses\n\n- Combinatorial expansion: many rows share a core sentence with a different opener/closer or carrier, so the set is less diverse than its row count suggests; per-row scores are correlated.\n- Non-English text was written by a non-native author under time pressure; some register is off, and several languages (bn, ur, tl, ms, fa, he) have fewer distinct scenarios than zh/ja/ko/hi.\n- Indirect benign near-twins reuse the same carriers as attacks with the payload slot filled by ordinary content, which is intentionally hard but means carrier wording alone carries no signal.\n- Labels are the author's judgement; a few benign rows (security write-ups quoting attacks, CTF notes) are debatable by design.\n- Smaller than the ~1,600 rows the per-file targets add up to, because of the 25-minute budget.\n`;
writeFileSync('README.md', md);
console.log(JSON.stringify(Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, { total: v.total, l1: v.label[1], l0: v.label[0], median: v.median, dropped: v.dropped }]))));
