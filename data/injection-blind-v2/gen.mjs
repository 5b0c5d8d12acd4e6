/* global console */
// Builds the blind v2 injection test set from hand-written rows in *.data.mjs.
// Nothing here is templated: each row is authored by hand; this script only
// attaches metadata, shuffles with a fixed seed, writes JSONL and prints stats.
// Run: node data/injection-blind-v2/gen.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as direct from './direct.data.mjs';
import * as multi from './multilingual.data.mjs';
import * as indirect from './indirect.data.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// mulberry32, fixed seed -> deterministic order
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle(rows, seed) {
  const r = rng(seed);
  const out = rows.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const tmp = out[i];
    out[i] = out[j];
    out[j] = tmp;
  }
  return out;
}
const median = (xs) => {
  const s = xs.slice().sort((x, y) => x - y);
  if (s.length === 0) return 0;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function build(name, rows, seed) {
  const seen = new Set();
  for (const r of rows) {
    if (typeof r.text !== 'string' || r.text.trim() === '') throw new Error(`${name}: empty text`);
    if (seen.has(r.text)) throw new Error(`${name}: duplicate text: ${r.text.slice(0, 60)}`);
    seen.add(r.text);
  }
  const out = shuffle(rows, seed);
  writeFileSync(join(here, name), out.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const len = (l) => rows.filter((r) => r.label === l).map((r) => [...r.text].length);
  const langs = {};
  for (const r of rows) {
    langs[r.lang] ??= [0, 0];
    langs[r.lang][r.label === 1 ? 0 : 1]++;
  }
  console.log(`${name}: total=${rows.length} attack=${len(1).length} benign=${len(0).length} ` +
    `median_len attack=${median(len(1))} benign=${median(len(0))}`);
  if (Object.keys(langs).length > 1) {
    console.log('  per lang [attack,benign]: ' + Object.entries(langs).map(([k, v]) => `${k}=${v.join('/')}`).join(' '));
  }
}

const mk = (source, lang, direction) => (label) => ([family, text, l]) =>
  ({ text, label, source, family, lang: l ?? lang, direction });

{
  const f = mk('blind2-direct-v1', 'en', 'input');
  build('direct.jsonl', [...direct.ATTACKS.map(f(1)), ...direct.BENIGN.map(f(0))], 18001);
}
{
  const rows = [];
  for (const [lang, block] of Object.entries(multi.LANGS)) {
    const f = mk('blind2-multilingual-v1', lang, 'input');
    rows.push(...block.attack.map(f(1)), ...block.benign.map(f(0)));
  }
  if (rows.length) build('multilingual.jsonl', rows, 18002);
}
{
  const f = mk('blind2-indirect-v1', 'en', 'tool_result');
  const rows = [...indirect.ATTACKS.map(f(1)), ...indirect.BENIGN.map(f(0))];
  if (rows.length) build('indirect.jsonl', rows, 18003);
}
