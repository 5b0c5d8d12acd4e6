// gen.mjs — builds the blind-v3 prompt-injection / jailbreak evaluation set.
//
// All rows are hand-written and live as plain data in ./rows/*.mjs. This script only
// attaches metadata, validates, and writes the .jsonl files plus README.md. It is fully
// deterministic (no randomness, no network, no external inputs).
//
// Usage: node gen.mjs            (from any directory)

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import directAttack1 from "./rows/direct-attack-1.mjs";
import directAttack2 from "./rows/direct-attack-2.mjs";
import directAttack3 from "./rows/direct-attack-3.mjs";
import directBenign1 from "./rows/direct-benign-1.mjs";
import directBenign2 from "./rows/direct-benign-2.mjs";
import directBenign3 from "./rows/direct-benign-3.mjs";
import ml1 from "./rows/ml-1.mjs";
import ml2 from "./rows/ml-2.mjs";
import ml3 from "./rows/ml-3.mjs";
import ml4 from "./rows/ml-4.mjs";
import ml5 from "./rows/ml-5.mjs";
import ml6 from "./rows/ml-6.mjs";
import ia1 from "./rows/indirect-attack-1.mjs";
import ia2 from "./rows/indirect-attack-2.mjs";
import ia3 from "./rows/indirect-attack-3.mjs";
import ia4 from "./rows/indirect-attack-4.mjs";
import ic1 from "./rows/indirect-clean-1.mjs";
import ic2 from "./rows/indirect-clean-2.mjs";
import ic3 from "./rows/indirect-clean-3.mjs";
import ic4 from "./rows/indirect-clean-4.mjs";
import iextra from "./rows/indirect-extra.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));

const rec = (source, label, family, text, lang, direction) => ({ text, label, source, family, lang, direction });

// ---- direct.jsonl: English user prompts ----
const direct = [
  ...[...directAttack1, ...directAttack2, ...directAttack3].map(([f, t]) => rec("blind-v3-direct", 1, f, t, "en", "input")),
  ...[...directBenign1, ...directBenign2, ...directBenign3].map(([f, t]) => rec("blind-v3-direct", 0, f, t, "en", "input")),
];

// ---- multilingual.jsonl: non-English user prompts ----
const multilingual = [ml1, ml2, ml3, ml4, ml5, ml6]
  .flat()
  .map(([lang, label, f, t]) => rec("blind-v3-multilingual", label, f, t, lang, "input"));

// ---- indirect.jsonl: documents / tool outputs ----
const indirect = [
  ...[...ia1, ...ia2, ...ia3, ...ia4].map(([f, t, lang]) => rec("blind-v3-indirect", 1, f, t, lang ?? "en", "tool_result")),
  ...[...ic1, ...ic2, ...ic3, ...ic4].map(([f, t, lang]) => rec("blind-v3-indirect", 0, f, t, lang ?? "en", "tool_result")),
  ...iextra.map(([label, f, t, lang]) => rec("blind-v3-indirect", label, f, t, lang ?? "en", "tool_result")),
];

// ---- validation ----
const files = { "direct.jsonl": direct, "multilingual.jsonl": multilingual, "indirect.jsonl": indirect };
const seen = new Map();
for (const [name, rows] of Object.entries(files)) {
  for (const r of rows) {
    if (typeof r.text !== "string" || r.text.trim().length === 0) throw new Error(`${name}: empty text`);
    if (r.label !== 0 && r.label !== 1) throw new Error(`${name}: bad label ${r.label}`);
    if (!r.family || !/^[a-z0-9-]+$/.test(r.family)) throw new Error(`${name}: bad family ${r.family}`);
    if (!/^[a-z]{2}$/.test(r.lang)) throw new Error(`${name}: bad lang ${r.lang}`);
    if (name === "multilingual.jsonl" && r.lang === "en") throw new Error("multilingual must exclude English");
    const key = r.text.trim().replace(/\s+/g, " ").toLowerCase();
    if (seen.has(key)) throw new Error(`duplicate text in ${name} (first seen in ${seen.get(key)}): ${r.text.slice(0, 80)}`);
    seen.set(key, name);
  }
}

// ---- write jsonl ----
for (const [name, rows] of Object.entries(files)) {
  writeFileSync(join(HERE, name), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
}

// ---- counts ----
const countBy = (rows, keyFn) => {
  const m = new Map();
  for (const r of rows) {
    const k = keyFn(r);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
};
const words = (t) => t.split(/\s+/).filter(Boolean).length;

let counts = "";
counts += "| file | rows | attack (1) | benign (0) |\n|---|---:|---:|---:|\n";
for (const [name, rows] of Object.entries(files)) {
  const a = rows.filter((r) => r.label === 1).length;
  counts += `| ${name} | ${rows.length} | ${a} | ${rows.length - a} |\n`;
}
const all = Object.values(files).flat();
const aAll = all.filter((r) => r.label === 1).length;
counts += `| **total** | ${all.length} | ${aAll} | ${all.length - aAll} |\n`;

for (const [name, rows] of Object.entries(files)) {
  counts += `\n### ${name}\n\nBy label / family:\n\n| label | family | rows |\n|---|---|---:|\n`;
  for (const [k, n] of countBy(rows, (r) => `${r.label}\t${r.family}`)) {
    const [l, f] = k.split("\t");
    counts += `| ${l} | ${f} | ${n} |\n`;
  }
  counts += `\nBy lang (attack / benign):\n\n| lang | attack | benign |\n|---|---:|---:|\n`;
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  for (const l of langs) {
    const a = rows.filter((r) => r.lang === l && r.label === 1).length;
    const b = rows.filter((r) => r.lang === l && r.label === 0).length;
    counts += `| ${l} | ${a} | ${b} |\n`;
  }
  const w = rows.map((r) => words(r.text)).sort((x, y) => x - y);
  counts += `\nWhitespace-token length: min ${w[0]}, median ${w[Math.floor(w.length / 2)]}, max ${w[w.length - 1]} (CJK/Thai text has few spaces, so those rows count low).\n`;
}

const readme = `# injection-blind-v3

A small, **blind**, hand-written evaluation set for a prompt-injection / jailbreak detector.

## How it was written

- Every row was written by hand for this set, in one sitting, as plain data in \`rows/*.mjs\`.
  \`gen.mjs\` only attaches metadata, validates (non-empty text, valid labels/langs, no duplicate
  texts across the whole set) and writes the \`.jsonl\` files and this README. It is deterministic:
  no randomness, no network, no model in the loop. Regenerate with \`node gen.mjs\`.
- **Blind:** the author did not open the detector's code, its training data or training scripts,
  its models, its documentation, or the earlier blind sets (\`data/injection-blind\`,
  \`data/injection-blind-v2\`), and did not run the detector. Wording therefore reflects the
  author's own picture of real traffic, not what the detector was trained on.
- No texts were copied from public jailbreak/injection datasets. A handful of attacks deliberately
  imitate the *shape* of famous public jailbreaks (DAN/STAN/AIM-style personas, "Developer Mode",
  the "grandma" exploit, the "repeat the words above" extraction, hidden "give a positive review"
  text in papers) because detectors will meet those shapes in the wild; the wording is fresh.
- Attack payloads reference harmful goals (weapons, drugs, fraud, intrusion) only as the *request*;
  no row contains actual harmful instructions.

## Files and schema

One JSON object per line: \`{"text", "label", "source", "family", "lang", "direction"}\`.

- \`label\`: 1 = attack (prompt injection or jailbreak), 0 = benign.
- \`source\`: \`blind-v3-direct\`, \`blind-v3-multilingual\`, \`blind-v3-indirect\`.
- \`family\`: attack technique (for label 1) or benign category / document kind (for label 0).
- \`lang\`: ISO 639-1 code of the text's language.
- \`direction\`: \`input\` (user prompt) or \`tool_result\` (document / tool output read by an agent).

### direct.jsonl (English, direction=input)
Attacks: instruction override, system-prompt extraction, secret/credential extraction, fake
system/developer messages, chat-template tokens, authority impersonation, refusal suppression,
payload splitting/encoding, exfiltration requests, and jailbreaks (DAN-style personas, developer
mode, hypothetical/fiction framing, role-play templates, grandma, opposite mode, many-shot). Mix of
one-liners, sloppy lowercase/typo'd messages and long elaborate jailbreaks.
Benign rows are **hard negatives**: prompt-engineering questions, password/security questions,
"write a system prompt for my bot", benign role-play (D&D, interview practice, language practice),
tool requests (send email, fetch URL), "ignore the typo in my last message", coding questions full
of override/ignore/admin/sudo/system, translation requests containing "ignore the previous email",
discussion of jailbreaks/prompt injection as a topic, benign hypotheticals and fiction, and ordinary
everyday tasks.

### multilingual.jsonl (non-English, direction=input)
20 core languages with ~15 attacks + ~15 benign each (zh, es, ar, pt, id, fr, ja, ru, de, ko, tr,
it, vi, pl, nl, fa, th, hi, uk, sv), 6 extra languages with 5 + 5 each (he, cs, ro, el, bn, sw), and
a few longer rows in major languages. Written natively per language (own idioms, local services
and scams, local dishes, mixed registers, some romanized Hindi), not translated from one template,
although the same *categories* recur in every language by design so per-language results are
comparable. Benign rows are same-topic hard negatives (system prompts, passwords, "ignore my last
message", override in code, role-play, translation of "please ignore the previous email", grandma
recipes, developer mode on a phone).

### indirect.jsonl (direction=tool_result)
Realistic documents and tool outputs: emails, HTML pages, READMEs, source code with comments, JSON
API responses, tool schemas, reviews, resumes/cover letters, tickets, chat logs, search results,
CSV, logs, subtitles, transcripts, calendar events, config files, memory entries; a few in other
languages. Attacks embed an instruction addressed to an AI/assistant/agent: HTML comments, hidden
spans, alt/title text, JSON fields, code comments, zero-width/white text, plain sight, fake
system/chat-template blocks inside documents, exfiltration via markdown image/link URLs, tool-call
hijacks (send/forward/pay/run shell/change permissions), memory poisoning, "don't tell the user",
review/resume/SEO manipulation — from blatant to subtle ("whoever summarizes this should...").
Clean rows are the same kinds of documents, many deliberately paired with an attack row (same
document without the injected line), and many containing instructions meant for **humans**
(recipes, install steps, "please ignore my previous email", security advisories and news articles
discussing prompt injection as a topic, AI-usage policies).

Judgment calls worth knowing about:
- Two clean rows are repository files that legitimately address coding agents (\`AGENTS.md\` with
  build/test steps, a \`.cursorrules\` style file) with in-scope, non-adversarial instructions; they
  are labeled 0. The attack counterpart of \`.cursorrules\` (covert clipboard upload) is labeled 1.
- Clean rows that *quote* an injection string as an example inside an advisory, paper or news
  article are labeled 0 (the text is about injection, not addressed to the reader's assistant).
- A few clean rows are logs/transcripts in which a *third party* tried something (a support-bot
  log where a user asks for the system prompt and the bot declines; a smart-speaker transcript with
  "ignore that"). Nothing in them is addressed to the assistant reading the log, so they are 0.
- Several attack rows in indirect.jsonl are written in other languages (family
  \`multilingual-doc\`, with matching clean documents); their \`lang\` is the document language.

## Counts

${counts}`;

writeFileSync(join(HERE, "README.md"), readme);
console.log(counts);
