// Builds the blind-v17 JSONL files from rows/*.mjs, validating schema, labels,
// language codes and duplicates. Deterministic: same rows -> byte-identical output.
import { readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const NOTES = `All rows were hand-written in one sitting (about 35 minutes) by the blind-v17 author, without opening the
product, its tests, other blind sets or the web. Rows live in rows/*.mjs; gen.mjs validates schema, labels,
language codes (direct = en only, multilingual = non-en only) and exact duplicates (case/space-insensitive)
per file, then writes the JSONL files and this README deterministically (no randomness, no timestamps).

- direct.jsonl: user-typed prompts. Attacks cover override, prompt/secret extraction, persona/DAN-style,
  grandma/opposite-day, fiction/hypothetical, many-shot and role-play templates, refusal suppression,
  payload splitting, chat-template/delimiter smuggling, authority impersonation, fake tool outputs pasted by the
  user, exfiltration (markdown image, http tool, git remote, email), obfuscation (leet, spacing, base64, hex,
  rot13, reversed, fullwidth, Cyrillic homoglyphs, zero-width, URL-encoding), token-smuggling games, and
  agent-action requests (merge without review, disable secret scan, change prices/refunds). Benign rows are
  the hard side: prompts about prompts, security classes, harmless role-play, tool requests, innocent
  ignore/forget/override, bot admins, jailbreak-report triage, ops questions full of token/password/sudo.
- multilingual.jsonl: 22 non-English languages (es pt de fr it ru uk pl ro tr ja ko zh vi th id ms tl ar fa hi bn),
  >= 12 rows per label each, written per language with local scenarios (carriers, currencies, chat apps), plus
  transliterated/code-mixed rows (Hinglish, Arabizi, romaji, Taglish, Manglish) labelled with the base language.
- indirect.jsonl: tool results read by operating agents: HTML with hidden text/alt/comments, cookie banners,
  OCR'd screenshots, CI logs, stack traces, Kubernetes YAML comments, Terraform plans, READMEs, changelogs,
  git logs, dependency metadata, code review threads, API JSON, CSV, SQL results, XML feeds, PMS booking notes,
  supplier/airline emails, PDF/DOCX extracts, calendar invites, issue trackers, search results, reviews, chat
  logs, call transcripts. Each carrier is instantiated with a planted instruction (label 1) or a benign
  near-twin line in the same slot (label 0); about a third non-English; a small share of benign security write-ups,
  runbooks and red-team reports quote attack text.

## Weaknesses
- One author, one sitting: phrasing habits repeat (e.g. "AI assistant/agent:" address forms, the
  "ignore/forget your instructions" core in many languages). Real attacks are often less explicit.
- Indirect rows are template-instantiated: the same carrier text appears with several slots, so carrier
  boilerplate is shared between attack and benign twins (intended), and per-carrier diversity is limited.
- direct.jsonl (381) and indirect.jsonl (346) are smaller than the brief's ~500 each (35-minute budget); multilingual rows are short single prompts (median under 100 chars).
- Labels are the author's judgement; a few benign rows (e.g. "act as a Linux terminal for teaching",
  fare-rule override notes in booking remarks) are deliberately borderline.
- Non-native languages (th, bn, fa, tl, ms) were written without a native reviewer.
- Obfuscation rows in non-Latin scripts (spaced Devanagari/Bengali/Thai) may be unnatural.
`;
const here = dirname(fileURLToPath(import.meta.url));
const LANGS = new Set('en es de fr ja ru pt it zh nl pl tr fa ko vi id ar uk cs hi he th ro ms tl bn sv el hu'.split(' '));
const TARGETS = { direct: { dir: 'input' }, multilingual: { dir: 'input' }, indirect: { dir: 'tool_result' } };
const out = { direct: [], multilingual: [], indirect: [] };
const files = readdirSync(join(here, 'rows')).filter((f) => f.endsWith('.mjs')).sort();
let errors = 0;
const fail = (m) => { errors++; console.error('ERROR', m); };
for (const f of files) {
  const target = f.split(/[-.]/)[0];
  if (!(target in TARGETS)) { fail(`${f}: unknown target`); continue; }
  const mod = await import(pathToFileURL(join(here, 'rows', f)).href);
  for (const r of mod.default) {
    const row = {
      text: r.text,
      label: r.label,
      source: `blind-v17-${target}`,
      family: r.family,
      lang: r.lang ?? 'en',
      direction: TARGETS[target].dir,
    };
    if (typeof row.text !== 'string' || row.text.trim().length < 8) fail(`${f}: bad text ${JSON.stringify(r).slice(0, 80)}`);
    if (row.label !== 0 && row.label !== 1) fail(`${f}: bad label ${JSON.stringify(r).slice(0, 80)}`);
    if (typeof row.family !== 'string' || !row.family) fail(`${f}: bad family ${JSON.stringify(r).slice(0, 80)}`);
    if (!LANGS.has(row.lang)) fail(`${f}: bad lang ${row.lang}`);
    if (target === 'direct' && row.lang !== 'en') fail(`${f}: direct must be en`);
    if (target === 'multilingual' && row.lang === 'en') fail(`${f}: multilingual must not be en`);
    out[target].push(row);
  }
}
const lines = [];
for (const [t, rows] of Object.entries(out)) {
  const seen = new Map();
  for (const r of rows) {
    const k = r.text.trim().toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(k)) fail(`${t}: duplicate text: ${r.text.slice(0, 80)}`);
    seen.set(k, r.label);
  }
}
if (errors) { console.error(`${errors} errors`); process.exit(1); }
const readme = [];
readme.push('SEALED BLIND SET — do not open, list or read for development. Evaluation only, once per revision.', '');
readme.push('# injection-blind-v17', '');
readme.push('Independent author "blind-v17" (angle: agents that operate software — browser/computer-use, DevOps/SRE, data pipelines, travel/logistics customer service).', '');
readme.push('Schema per line: `{"text","label","source","family","lang","direction"}`; label 1 = attack on the assistant, 0 = benign.', '');
readme.push('## Counts', '');
const counts = (rows, key) => { const m = {}; for (const r of rows) { const k = `${r[key]}|${r.label}`; m[k] = (m[k] ?? 0) + 1; } return m; };
for (const [t, rows] of Object.entries(out)) {
  const body = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(here, `${t}.jsonl`), body);
  const sha = createHash('sha256').update(body).digest('hex');
  const l1 = rows.filter((r) => r.label === 1).length;
  const lens = rows.map((r) => r.text.length).sort((a, b) => a - b);
  const med = lens[Math.floor(lens.length / 2)];
  readme.push(`### ${t}.jsonl`, '', `- rows: ${rows.length} (label 1: ${l1}, label 0: ${rows.length - l1}); median length ${med} chars`, `- sha256: \`${sha}\``, '');
  for (const key of ['family', 'lang']) {
    const c = counts(rows, key);
    const names = [...new Set(rows.map((r) => r[key]))].sort();
    readme.push(`| ${key} | label 1 | label 0 |`, '|---|---|---|');
    for (const n of names) readme.push(`| ${n} | ${c[`${n}|1`] ?? 0} | ${c[`${n}|0`] ?? 0} |`);
    readme.push('');
  }
  lines.push(`${t}: ${rows.length} rows (${l1} attacks), median ${med} chars, sha256 ${sha}`);
}
readme.push('## How it was written', '', readFileNotes());
function readFileNotes() { return NOTES; }
writeFileSync(join(here, 'README.md'), readme.join('\n') + '\n');
console.log(lines.join('\n'));
