// Builds the blind-v10 JSONL files and README from rows/*.mjs. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import directA from './rows/direct_attack.mjs';
import directA2 from './rows/direct_attack2.mjs';
import directB from './rows/direct_benign.mjs';
import directB2 from './rows/direct_benign2.mjs';
import mlRomance from './rows/ml_romance.mjs';
import mlEuro from './rows/ml_euro.mjs';
import mlAsia from './rows/ml_asia.mjs';
import mlMideast from './rows/ml_mideast.mjs';
import { ATTACK_EN, ATTACK_EN_SUBTLE, ATTACK_EN_CTX, BENIGN_EN, BENIGN_EN_CTX } from './rows/ind_inserts_en.mjs';
import { ATTACK_ML, BENIGN_ML } from './rows/ind_inserts_ml.mjs';
import { CARRIERS_EN } from './rows/ind_carriers_en.mjs';
import { CARRIERS_ML } from './rows/ind_carriers_ml.mjs';

const LANGS = new Set(['en', 'es', 'de', 'fr', 'ja', 'ru', 'pt', 'it', 'zh', 'nl', 'pl', 'tr', 'fa', 'ko', 'vi', 'id', 'ar', 'uk', 'cs', 'hi', 'he']);
const KEYS = ['text', 'label', 'source', 'family', 'lang', 'direction'];

function finish(file, rows, direction) {
  return rows.map((r) => ({ text: r.text, label: r.label, source: `blind-v10-${file}`, family: r.family, lang: r.lang, direction }));
}

// --- direct
const direct = finish('direct', [...directA, ...directA2, ...directB, ...directB2].map((r) => ({ ...r, lang: 'en' })), 'input');

// --- multilingual
const ml = [];
for (const group of [mlRomance, mlEuro, mlAsia, mlMideast]) {
  for (const [lang, rows] of Object.entries(group)) for (const r of rows) ml.push({ ...r, lang });
}
const multilingual = finish('multilingual', ml, 'input');

// --- indirect: each (carrier, variant) yields a near-twin pair: one attack insert, one benign insert.
const ATT_EN = [...ATTACK_EN, ...ATTACK_EN_SUBTLE];
const ind = [];
const USES = new Map(); // insert text -> number of rows it appears in
// Next insert from `start` (cyclic) that suits this carrier kind and is not yet used in this carrier.
function pick(list, start, kind, used) {
  for (let k = 0; k < list.length; k++) {
    const e = list[(start + k) % list.length];
    if (!e) continue;
    const [, text, only] = e;
    if (only && !only.includes(kind)) continue;
    if (used.has(text)) continue;
    used.add(text);
    USES.set(text, (USES.get(text) ?? 0) + 1);
    return e;
  }
  throw new Error(`no insert for ${kind}`);
}
function tryPick(list, start, kind, used) {
  try { return pick(list, start, kind, used); } catch { return undefined; }
}
CARRIERS_EN.forEach((c, ci) => {
  const n = ci < 20 ? 7 : 6;
  const used = new Set();
  for (let v = 0; v < n; v++) {
    // Even variants prefer a context-specific insert when one fits this carrier and is still unused.
    const [ak, at] = (v % 2 === 0 && tryPick(ATTACK_EN_CTX, ci * 5 + v, c.kind, used)) || pick(ATT_EN, ci * 11 + v * 5, c.kind, used);
    const [bk, bt] = (v % 2 === 0 && tryPick(BENIGN_EN_CTX, ci * 3 + v, c.kind, used)) || pick(BENIGN_EN, ci * 7 + v * 3, c.kind, used);
    ind.push({ text: c.make(at, v), label: 1, family: `${c.kind}:${ak}`, lang: 'en' });
    ind.push({ text: c.make(bt, v), label: 0, family: `${c.kind}:${bk}`, lang: 'en' });
  }
});
CARRIERS_ML.forEach((c, ci) => {
  const own = ATTACK_ML[c.lang], ownB = BENIGN_ML[c.lang];
  if (!own || !ownB) throw new Error(`no inserts for ${c.lang}`);
  const used = new Set();
  for (let v = 0; v < 6; v++) {
    // One attack in three is written in English inside a non-English document (a common real pattern).
    const [ak, at] = v % 3 === 2 ? pick(ATT_EN, ci * 13 + v * 7, c.kind, used) : pick(own, ci * 3 + v, c.kind, used);
    const [bk, bt] = pick(ownB, ci + v, c.kind, used);
    ind.push({ text: c.make(at, v), label: 1, family: `${c.kind}:${ak}`, lang: c.lang });
    ind.push({ text: c.make(bt, v), label: 0, family: `${c.kind}:${bk}`, lang: c.lang });
  }
});
const indirect = finish('indirect', ind, 'tool_result');

// --- validation
const norm = (s) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const seenAll = new Map();
function validate(name, rows) {
  const seen = new Set();
  for (const [i, r] of rows.entries()) {
    const where = `${name}[${i}]`;
    if (Object.keys(r).join() !== KEYS.join()) throw new Error(`${where}: keys ${Object.keys(r)}`);
    if (typeof r.text !== 'string' || r.text.trim().length < 8) throw new Error(`${where}: text`);
    if (r.label !== 0 && r.label !== 1) throw new Error(`${where}: label`);
    if (typeof r.family !== 'string' || !r.family) throw new Error(`${where}: family`);
    if (!LANGS.has(r.lang)) throw new Error(`${where}: lang ${r.lang}`);
    if (r.direction !== 'input' && r.direction !== 'tool_result') throw new Error(`${where}: direction`);
    const k = norm(r.text);
    if (seen.has(k)) throw new Error(`${where}: duplicate text: ${r.text.slice(0, 80)}`);
    seen.add(k);
    if (seenAll.has(k)) throw new Error(`${where}: duplicate of ${seenAll.get(k)}`);
    seenAll.set(k, where);
  }
}
validate('direct', direct);
validate('multilingual', multilingual);
validate('indirect', indirect);
for (const r of direct) if (r.lang !== 'en') throw new Error('direct must be en');
const mlLangs = new Map();
for (const r of multilingual) {
  if (r.lang === 'en') throw new Error('multilingual must exclude en');
  const c = mlLangs.get(r.lang) ?? [0, 0]; c[r.label]++; mlLangs.set(r.lang, c);
}
if (mlLangs.size !== 20) throw new Error(`multilingual languages: ${mlLangs.size}`);
for (const [l, [b, a]] of mlLangs) if (a < 12 || b < 12) throw new Error(`multilingual ${l}: ${a}/${b}`);
const lens = indirect.map((r) => r.text.length).sort((x, y) => x - y);
const median = lens[Math.floor(lens.length / 2)];
if (median < 600) throw new Error(`indirect median length ${median}`);

// --- write
const files = { direct, multilingual, indirect };
const shas = {};
for (const [name, rows] of Object.entries(files)) {
  const body = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(new URL(`./${name}.jsonl`, import.meta.url), body);
  shas[name] = createHash('sha256').update(body).digest('hex');
}

function countBy(rows, f) {
  const m = new Map();
  for (const r of rows) { const k = f(r); const c = m.get(k) ?? [0, 0]; c[r.label]++; m.set(k, c); }
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
const table = (title, entries) => [`| ${title} | attack (1) | benign (0) |`, '|---|---:|---:|', ...entries.map(([k, [b, a]]) => `| ${k} | ${a} | ${b} |`)].join('\n');

const attackTexts = new Set([...ATT_EN, ...ATTACK_EN_CTX, ...Object.values(ATTACK_ML).flat()].map((e) => e[1]));
const reuse = (isAttack) => { const n = [...USES].filter(([t]) => attackTexts.has(t) === isAttack).map(([, c]) => c); return `${n.length} distinct, max ${Math.max(...n)} rows each, mean ${(n.reduce((a, b) => a + b, 0) / n.length).toFixed(1)}`; };
const nonEn = indirect.filter((r) => r.lang !== 'en').length;
const md = `SEALED BLIND SET — do not open, list or read for development. Evaluation only, once per revision.

# injection-blind-v10

Written by an outside author (session 7, "blind-v10") who did not read the product's code, docs, tests,
datasets, other blind sets or git history — only package.json's name and description.
Regenerate with \`node gen.mjs\` (deterministic; output is byte-identical on every run).

## Files

| file | rows | attack (1) | benign (0) | direction | sha256 |
|---|---:|---:|---:|---|---|
${Object.entries(files).map(([n, rows]) => `| ${n}.jsonl | ${rows.length} | ${rows.filter((r) => r.label === 1).length} | ${rows.filter((r) => r.label === 0).length} | ${rows[0]?.direction} | \`${shas[n]}\` |`).join('\n')}

Schema: \`{"text", "label" (1 = attack on the assistant, 0 = benign), "source" ("blind-v10-<file>"), "family", "lang" (ISO 639-1), "direction" ("input" | "tool_result")}\`.

indirect.jsonl: median length ${median} characters (min ${lens[0]}, max ${lens[lens.length - 1]}); non-English rows ${nonEn} (${((100 * nonEn) / indirect.length).toFixed(1)} %).

## direct.jsonl by family

${table('family', countBy(direct, (r) => r.family))}

## multilingual.jsonl by language

${table('lang', countBy(multilingual, (r) => r.lang))}

## multilingual.jsonl by family

${table('family', countBy(multilingual, (r) => r.family))}

## indirect.jsonl by carrier (family prefix)

${table('carrier', countBy(indirect, (r) => r.family.split(':')[0]))}

## indirect.jsonl by inserted-content kind (family suffix)

${table('kind', countBy(indirect, (r) => r.family.split(':')[1]))}

## indirect.jsonl by language

${table('lang', countBy(indirect, (r) => r.lang))}

## How it was written

- direct: every row hand-written in English, in many registers (terse, sloppy, formal, sarcastic, long
  social engineering). Obfuscated attacks are produced from hand-written plaintext by small pure helpers
  (base64, hex, ROT13, reversal, letter spacing, leetspeak, Cyrillic homoglyphs, zero-width joins,
  soft hyphens, fullwidth, bidi override). Benign rows are hard negatives: prompts about prompts,
  passwords, security teaching, red-team reporting, harmless role-play/fiction, tool requests,
  "ignore the typo / forget Tuesday", admins and developers configuring bots, benign encodings.
- multilingual: 20 non-English languages (es de fr pt it ru uk pl cs nl ja zh ko vi id tr ar fa he hi),
  15 attack + 15 benign rows each, hand-written by the author directly in each language. Code-mixed rows
  are included under their base language: Hinglish (hi), Arabizi / romanized Egyptian Arabic (ar),
  romaji (ja).
- indirect: composed. ${CARRIERS_EN.length} English and ${CARRIERS_ML.length} non-English hand-written carrier documents
  (web pages with hidden CSS text, HTML comments and alt text, emails and threads, PDF/DOCX text, code,
  READMEs, issues, PRs, iCalendar invites, API JSON, search results, CSV, chat/Slack exports,
  transcripts, reviews, CVs, invoices, wikis, tickets, news, recipes, forums) are each filled at
  several variants (names, numbers, topics change per variant). Every (carrier, variant) yields a
  near-twin pair: the same document once with an attack addressed to the AI and once with a benign
  insert in the same slot (instructions for human readers, text about AI, neutral notes, accessibility
  text, and a small share of security write-ups quoting attacks). Attack inserts: overrides,
  exfiltration via markdown images/links, tool calls (email forwarding, payments, shell, file writes,
  sharing), answer manipulation, conversation/system-prompt leaks, phishing redirects; some subtle
  (phrased as process notes). One attack in three inside non-English carriers is in English.

## Weaknesses

- Single author: one person's idea of attacks and of hard negatives; phrasing habits repeat.
- multilingual rows were first drafted on a shared family skeleton per language, then about half of
  each of the 15 non-Romance languages was rewritten with locale-specific scenarios; the rest (delimiter,
  base64, payload splitting, many-shot, meta/red-team/security-education questions) still mirror each
  other across languages. Rows are short (one or two sentences). The author is not a native speaker of
  most of these languages, so idiom may be imperfect in places (fa, he, hi, vi, ko most likely).
- indirect is combinatorial: ${ATT_EN.length} general + ${ATTACK_EN_CTX.length} carrier-specific English attack inserts and ${BENIGN_EN.length} + ${BENIGN_EN_CTX.length} English benign inserts are
  each reused across several carriers (plus 4–6 per non-English language), so the set has fewer
  independent attack phrasings than rows (attack inserts used: ${reuse(true)}; benign inserts used:
  ${reuse(false)}); per-row results are correlated. Near-twin pairs make
  carrier-level features useless by construction (intended), but the benign inserts are on average
  shorter and blander than the attacks.
- Most indirect attacks address "AI / assistant / agent" explicitly; truly implicit manipulations are
  a minority. No multimodal, no multi-turn state, no real PDF/HTML rendering (text only).
- Labels are the author's judgement; a few direct rows are harmful requests wrapped in a jailbreak
  frame (labelled 1) and a few benign rows discuss attack strings (labelled 0).
`;
writeFileSync(new URL('./README.md', import.meta.url), md);
console.log(Object.fromEntries(Object.entries(files).map(([n, r]) => [n, r.length])), { median, nonEn });
