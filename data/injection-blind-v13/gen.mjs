// Builds the blind-v13 JSONL files + README.md from rows/*.mjs. Deterministic: no randomness, no dates.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import direct from './rows/direct.mjs';
import multilingual from './rows/multilingual.mjs';
import indirect from './rows/indirect.mjs';

const LANGS = new Set(['en','es','pt','fr','de','it','pl','nl','ro','cs','el','hu','sv','tr','ru','uk','ca','ja','zh','ar','ko','hi']);
const FILES = { direct, multilingual, indirect };
const KEYS = ['text', 'label', 'source', 'family', 'lang', 'direction'];
const out = {};
const seenAll = new Set();
for (const [name, rows] of Object.entries(FILES)) {
  const seen = new Set();
  const lines = [];
  for (const [i, r0] of rows.entries()) {
    const r = { text: r0.text, label: r0.label, source: `blind-v13-${name}`, family: r0.family, lang: r0.lang, direction: r0.direction };
    const where = `${name}#${i}`;
    if (typeof r.text !== 'string' || r.text.trim().length < 8) throw new Error(`${where}: bad text`);
    if (r.label !== 0 && r.label !== 1) throw new Error(`${where}: bad label`);
    if (typeof r.family !== 'string' || !r.family) throw new Error(`${where}: bad family`);
    if (!LANGS.has(r.lang)) throw new Error(`${where}: bad lang ${r.lang}`);
    if (r.direction !== (name === 'indirect' ? 'tool_result' : 'input')) throw new Error(`${where}: bad direction`);
    if (name === 'direct' && r.lang !== 'en') throw new Error(`${where}: direct must be en`);
    if (name === 'multilingual' && r.lang === 'en') throw new Error(`${where}: multilingual must not be en`);
    const key = r.text.normalize('NFC').trim().toLowerCase();
    if (seen.has(key) || seenAll.has(key)) throw new Error(`${where}: duplicate text`);
    seen.add(key); seenAll.add(key);
    if (Object.keys(r).join() !== KEYS.join()) throw new Error(`${where}: keys`);
    lines.push(JSON.stringify(r));
  }
  out[name] = lines.join('\n') + '\n';
}
const stats = (rows, by) => { const m = new Map(); for (const r of rows) { const k = by(r); m.set(k, (m.get(k) ?? 0) + 1); } return [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0]))); };
let md = 'SEALED BLIND SET — do not open, list or read for development. Evaluation only, once per revision.\n\n';
md += '# injection-blind-v13\n\nWritten by an independent author (blind-v13) who saw none of the product code, tests, data or earlier blind sets. Regenerate with `node gen.mjs` (output is byte-identical on every run).\n\n## Files\n\n| file | rows | label 1 | label 0 | sha256 |\n|---|---|---|---|---|\n';
for (const [name, rows] of Object.entries(FILES)) {
  writeFileSync(`${name}.jsonl`, out[name]);
  const h = createHash('sha256').update(out[name]).digest('hex');
  const p = rows.filter((r) => r.label === 1).length;
  md += `| ${name}.jsonl | ${rows.length} | ${p} | ${rows.length - p} | \`${h}\` |\n`;
}
for (const [name, rows] of Object.entries(FILES)) {
  md += `\n## ${name}.jsonl\n\nBy language (label1/label0): ` + stats(rows, (r) => r.lang).map(([l]) => `${l} ${rows.filter((r) => r.lang === l && r.label === 1).length}/${rows.filter((r) => r.lang === l && r.label === 0).length}`).join(', ') + '\n\n';
  if (name === 'indirect') { const L = rows.map((r) => r.text.length).sort((a, b) => a - b); md += `Text length: min ${L[0]}, median ${L[L.length >> 1]}, max ${L[L.length - 1]} characters.\n\n`; }
  md += 'By family (label: count): ' + stats(rows, (r) => `${r.family} [${r.label}]`).map(([k, v]) => `${k} ${v}`).join('; ') + '\n';
}
md += `
## How it was written

Author angle: penetration tester for European and Latin-American enterprises and public services
(municipal portals, insurers, utilities, universities, logistics, HR/legal tools, agents with
email/file/database/http tools). All cores were written by hand for this set in about 20 minutes, in
rows/*.mjs; gen.mjs validates schema, labels, language codes, direction and exact duplicates
(case-folded, NFC, across all files) and writes the JSONL.

- direct.jsonl: ~50 hand-written attack cores (override, prompt/secret extraction, persona and
  developer-mode, fiction/hypothetical, many-shot, refusal suppression, payload splitting,
  chat-template/delimiter smuggling, authority impersonation, GDPR/AI-Act/FOI policy-lawyering,
  exfiltration via markdown images/webhooks/mail, tool-argument injection, multi-step plans,
  formatting/translation disguises, leet/spacing/base64/rot13/homoglyph/reversed) and ~50 benign
  cores that share the vocabulary (prompts about prompts, GDPR requests, pentest reports, quoted
  attacks, "ignore the typo above", admins configuring bots, tool requests). Each core appears
  with up to 3 light wrappers (greeting/context prefix, "thanks" suffix).
- multilingual.jsonl: 20 non-English languages (es, pt, fr, de, it, pl, nl, ro, cs, el, hu, sv, tr,
  ru, uk, ca, ja, zh, ar, ko), 5 attack + 5 benign cores per language with language-specific
  scenarios (RODO, KVKK, LGPD, offentlighetsprincipen, Taxisnet, Diia, SPID...), each once bare and
  once inside a native greeting wrapper, plus 10 code-mixed/transliterated rows (Hinglish, Arabizi,
  romaji, Spanglish, Denglisch) labelled with the base language.
- indirect.jsonl: 28 document carriers (web pages with hidden CSS text, alt text and HTML comments,
  email threads, PDF/DOCX extracts, README, issue tracker, iCalendar, API JSON, search results, CSV,
  product review, chat log, changelog, complaint form, application form fields, meeting
  transcript) in en/es/pt/fr/de/it/pl/nl/ro/sv/cs; each carrier is
  filled with attack slots (instructions to the AI in the document's own voice: override, answer
  manipulation, markdown-image/link/webhook exfiltration, tool calls, conversation leak, changed
  bank details) and benign slots at the same position (instructions for human readers, documents
  talking about AI, security write-ups quoting attacks).

## Weaknesses

- Near-duplicates by construction: direct cores appear up to 3x and multilingual cores 2x with only
  a wrapper changed; indirect carriers repeat with different slots (the carrier text is shared by
  attack and benign twins on purpose). Per-core, not per-row, is the real sample size
  (~100 direct, ~210 multilingual, ~116 indirect slots x 28 carriers).
- Smaller than the requested size (scaled to ~1,000 rows for time); multilingual has 10-11 rows per
  label per language, not 12. Indirect non-English share is about 31 %, 10 languages, one or two
  carriers each; English indirect rows reuse each slot in several carriers.
- Single author, written fast; attack phrasing in some languages is more explicit than real attacks.
- Some benign rows (quoted attacks, security write-ups) are arguably ambiguous by design; labels
  follow intent: quoting to report = 0.
- hi and ja code-mixed rows are romanised; lang code is the base language.
`;
writeFileSync('README.md', md);
console.log(Object.fromEntries(Object.entries(FILES).map(([k, v]) => [k, v.length])));
