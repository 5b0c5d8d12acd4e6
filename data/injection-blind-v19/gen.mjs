// Deterministic generator for the blind-v19 evaluation set.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { rng, shuffle } from './rows/util.mjs';
import direct from './rows/direct.mjs';
import indirect from './rows/indirect.mjs';
import multilingual from './rows/multilingual.mjs';

function build(name, rows, seed, direction, lang) {
  const seen = new Set();
  const out = [];
  for (const r of rows) {
    const text = r.text.normalize('NFC');
    const key = text.trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ text, label: r.label, source: `blind-v19-${name}`, family: r.family, lang: r.lang || lang, direction: r.direction || direction });
  }
  const sh = shuffle(rng(seed), out);
  const body = sh.map((o) => JSON.stringify(o)).join('\n') + '\n';
  writeFileSync(new URL(`./${name}.jsonl`, import.meta.url), body, 'utf8');
  const sha = createHash('sha256').update(body).digest('hex');
  console.log(name, sh.length, 'attacks', sh.filter((o) => o.label === 1).length, 'benign', sh.filter((o) => o.label === 0).length, sha);
}
build('direct', direct, 19001, 'input', 'en');
build('indirect', indirect, 19002, 'tool_result', 'en');
build('multilingual', multilingual, 19003, 'input', null);
