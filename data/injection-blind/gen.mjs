// Deterministic generator for the BLIND injection/jailbreak test set (data/injection-blind/).
// Hand-written seeds live in *.src.mjs next to this file; this script only applies light,
// label-symmetric surface variation (typos, casing, greetings) and writes JSONL.
// Run: node data/injection-blind/gen.mjs   (plain Node ESM, no deps, fixed seed).
/* global console */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import * as D from './direct.src.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 0x516b;

// mulberry32 — small deterministic PRNG so the file is byte-identical on every run.
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
export const R = rng(SEED);
export const pick = (arr) => arr[Math.floor(R() * arr.length)];

// One random typo (swap / drop / double) in a word of length >= 4; never touches non-ASCII.
export function typo(s) {
  const idx = [];
  for (let i = 1; i < s.length - 2; i++) if (/[a-z]/.test(s[i]) && /[a-z]/.test(s[i + 1])) idx.push(i);
  if (!idx.length) return s;
  const i = pick(idx);
  const k = Math.floor(R() * 3);
  if (k === 0) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  if (k === 1) return s.slice(0, i) + s.slice(i + 1);
  return s.slice(0, i) + s[i] + s.slice(i);
}

// Surface variation used for BOTH labels, so none of it is a label cue.
export function vary(s) {
  let t = s;
  const r = R();
  if (r < 0.25) t = t.toLowerCase();
  else if (r < 0.3) t = t.replace(/[.!?]$/, '');
  if (R() < 0.45) t = typo(t);
  if (R() < 0.2) t = typo(t);
  let suf = pick(D.SUFFIXES);
  if (suf === '?' && /[.!?:)]$/.test(t)) suf = '';
  return pick(D.PREFIXES) + t + suf;
}

const seen = new Set();
function row(out, text, label, source, family, lang, direction) {
  const key = text.trim();
  if (seen.has(key)) return false;
  seen.add(key);
  out.push({ text, label, source, family, lang, direction });
  return true;
}
function write(name, rows) {
  writeFileSync(join(HERE, name), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const c = { 0: 0, 1: 0 };
  for (const r of rows) c[r.label]++;
  console.log(`${name}: ${rows.length} rows (attack ${c[1]}, benign ${c[0]})`);
}

// ---------- direct.jsonl ----------
{
  const out = [];
  const S = 'blind-direct-v1';
  for (const [fam, t] of D.ATTACKS) {
    row(out, t, 1, S, fam, 'en', 'input');
    for (let tries = 0; tries < 4; tries++) if (row(out, vary(t), 1, S, fam, 'en', 'input')) break;
  }
  for (const [fam, t] of D.SHORT_ATTACKS) {
    row(out, t, 1, S, fam, 'en', 'input');
    for (let tries = 0; tries < 4; tries++) if (row(out, vary(t), 1, S, fam, 'en', 'input')) break;
  }
  for (const [fam, t] of D.BENIGN) {
    row(out, t, 0, S, fam, 'en', 'input');
    if (R() < 0.75) for (let tries = 0; tries < 4; tries++) if (row(out, vary(t), 0, S, fam, 'en', 'input')) break;
  }
  for (const [fam, t] of D.MORE_BENIGN) {
    row(out, t, 0, S, fam, 'en', 'input');
    if (R() < 0.4) for (let tries = 0; tries < 4; tries++) if (row(out, vary(t), 0, S, fam, 'en', 'input')) break;
  }
  for (const [fam, t] of D.LONG_BENIGN) row(out, t, 0, S, fam, 'en', 'input');
  write('direct.jsonl', out);
}

// ---------- multilingual.jsonl ----------
import { ML, ML_LONG_BENIGN } from './multi.src.mjs';
{
  const out = [];
  const S = 'blind-multilingual-v1';
  for (const [lang, { a, b }] of Object.entries(ML)) {
    for (const [fam, t] of a) row(out, t, 1, S, fam, lang, 'input');
    for (const [fam, t] of b) row(out, t, 0, S, fam, lang, 'input');
    if (ML_LONG_BENIGN[lang]) row(out, ML_LONG_BENIGN[lang], 0, S, 'hard_negative', lang, 'input');
  }
  write('multilingual.jsonl', out);
}

// ---------- indirect.jsonl ----------
import * as I from './indirect.src.mjs';
{
  const out = [];
  const S = 'blind-indirect-v1';
  const MARK = /\{\{(\w+)\}\}/g;
  const placesOf = (t) => [...new Set([...t.matchAll(MARK)].map((m) => m[1]))];
  // Fill one placement, drop the other markers (whole line if the marker stands alone).
  const fill = (t, place, s) =>
    t
      .replace(new RegExp(`\\{\\{${place}\\}\\}`), s === null ? '' : I.WRAP[place](s))
      .replace(/^[ \t]*\{\{\w+\}\}[ \t]*\n/gm, '')
      .replace(/\n?[ \t]*\{\{\w+\}\}/g, '')
      .replace(/\n{3,}/g, '\n\n');
  const alone = (t) => [...t.matchAll(/^[ \t]*\{\{\w+\}\}[ \t]*$/gm)].length === [...t.matchAll(MARK)].length;
  const humanNote = (lang) => {
    const same = I.HUMAN_NOTES.filter(([l]) => l === lang);
    return (same.length && R() < 0.6 ? pick(same) : pick(I.HUMAN_NOTES))[1];
  };
  const benignFor = (place, lang) => (I.BENIGN_SLOT[place] && R() < 0.7 ? pick(I.BENIGN_SLOT[place]) : humanNote(lang));

  for (const [kind, lang, tpl] of I.DOCS) {
    const places = placesOf(tpl);
    // attacks: 6 (payload, placement) pairs per document
    for (let k = 0, tries = 0; k < 6 && tries < 40; tries++) {
      const same = I.PAYLOADS.filter(([l]) => l === lang);
      const [plang, pfam, p] = same.length && R() < 0.5 ? pick(same) : pick(I.PAYLOADS);
      const place = pick(places);
      if (row(out, fill(tpl, place, p), 1, S, `${kind}/${place}/${pfam}`, plang, 'tool_result')) k++;
    }
    // benign: the clean document (where markers can vanish without a trace) + 5 filled with benign text
    if (alone(tpl)) row(out, fill(tpl, '__none__', null), 0, S, `${kind}/clean`, lang, 'tool_result');
    for (let k = 0, tries = 0; k < (alone(tpl) ? 5 : 6) && tries < 40; tries++) {
      const place = pick(places);
      if (row(out, fill(tpl, place, benignFor(place, lang)), 0, S, `${kind}/${place}/benign`, lang, 'tool_result')) k++;
    }
  }
  // ASCII smuggling: the instruction is written in invisible Unicode TAG characters (U+E0020–E007E)
  // appended to an otherwise clean document; hard negatives carry a legitimate tag sequence
  // (the Scotland / Wales flag emoji) in the same spot.
  const tagged = (s) => [...s].map((c) => (c.charCodeAt(0) < 0x7f ? String.fromCodePoint(0xe0000 + c.charCodeAt(0)) : '')).join('');
  const FLAGS = ['\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}'];
  const visDocs = I.DOCS.filter(([, , t]) => t.includes('{{visible}}'));
  for (const [kind, lang, tpl] of visDocs.slice(0, 10)) {
    const en = I.PAYLOADS.filter(([l]) => l === 'en');
    const [, pfam, p] = pick(en);
    row(out, fill(tpl, 'visible', 'See you soon! ' + tagged(p)), 1, S, `${kind}/tag_chars/${pfam}`, 'en', 'tool_result');
    row(out, fill(tpl, 'visible', 'See you soon! ' + pick(FLAGS)), 0, S, `${kind}/tag_chars/benign`, lang, 'tool_result');
  }
  write('indirect.jsonl', out);
}
