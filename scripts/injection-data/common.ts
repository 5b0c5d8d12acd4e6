// Shared helpers for the injection/jailbreak corpus generator (scripts/gen-injection-data.ts).
// What it does: a seeded PRNG, slot-template expansion and text obfuscations, so every run of the
// generator writes byte-identical files.
// What it misses: the obfuscations are the common ones (spacing, leet, encodings, homoglyphs,
// zero-width, full-width, comments); it does not model tokenizer-level or image attacks.
// Cost bound: expansion tries at most `n * 20` draws per bank, so a bank with few combinations
// stops early instead of looping.
// Failure mode: a template naming a missing slot throws, so a typo cannot silently ship "{slot}".

import { mulberry32 } from '../../src/util/random.js';

export type Split = 'train' | 'dev' | 'test';
export type Direction = 'input' | 'tool_result';
export type Task = 'injection' | 'jailbreak' | 'benign';

export interface Row {
  text: string;
  label: 0 | 1;
  source: string;
  family: string;
  lang: string;
  split: Split;
  direction: Direction;
  task: Task;
  method: 'template' | 'hand' | 'obfuscated';
}

export type Slots = Readonly<Record<string, readonly string[]>>;

/** mulberry32 (src/util/random.ts); quality is ample for picking templates. */
export const makeRng = mulberry32;

/** FNV-1a (32-bit) of a string: the stable hash behind every key-based train / dev split. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** 80 / 20 train / dev by a template key (FNV-1a % 5). */
export const splitOfKey = (key: string): 'train' | 'dev' => (fnv(key) % 5 === 0 ? 'dev' : 'train');

/** A row of an authored bank that may carry the payload it was built around. */
export type BankRow = Row & { payload?: string };

/**
 * The rows of one authored bank (revisions 9 on): `push` drops a text already in the bank and
 * splits by `prefix + key`, so each revision's keys land in their own FNV-1a buckets.
 */
export function rowBank(prefix: string): {
  rows: BankRow[];
  push: (text: string, label: 0 | 1, source: string, family: string, key: string, direction: Row['direction'], task: Row['task'], lang?: string, method?: Row['method'], payload?: string) => void;
} {
  const rows: BankRow[] = [];
  const seen = new Set<string>();
  const push = (text: string, label: 0 | 1, source: string, family: string, key: string, direction: Row['direction'], task: Row['task'], lang = 'en', method: Row['method'] = 'template', payload?: string): void => {
    if (seen.has(text)) return;
    seen.add(text);
    rows.push({ text, label, source, family, lang, split: splitOfKey(`${prefix}${key}`), direction, task, method, ...(payload !== undefined ? { payload } : {}) });
  };
  return { rows, push };
}

export function pick<T>(rng: () => number, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from empty list');
  const v = xs[Math.floor(rng() * xs.length)];
  if (v === undefined) throw new Error('pick out of range');
  return v;
}

export function shuffle<T>(rng: () => number, xs: readonly T[]): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

// Slots naming a character keep one value per filled text ("You are X ... X never refuses").
const STICKY = new Set(['persona', 'persona2', 'rp_char', 'tchar']);

/** Fill `{slot}` markers recursively (slot values may contain slots), depth-bounded. */
export function fill(rng: () => number, template: string, slots: Slots, depth = 0, bound: Map<string, string> = new Map()): string {
  if (depth > 5) throw new Error(`slot recursion too deep in: ${template.slice(0, 60)}`);
  return template.replace(/\{([a-z_0-9]+)\}/g, (_m, name: string) => {
    const vals = slots[name];
    if (!vals) throw new Error(`missing slot {${name}} in: ${template.slice(0, 60)}`);
    const prev = bound.get(name);
    if (prev !== undefined) return prev;
    const v = fill(rng, pick(rng, vals), slots, depth + 1, bound);
    if (STICKY.has(name)) bound.set(name, v);
    return v;
  });
}

/** Up to n distinct fills of the templates (round-robin over templates so none dominates). */
export function expand(rng: () => number, templates: readonly string[], slots: Slots, n: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  let tries = 0;
  let i = 0;
  while (out.length < n && tries < n * 20) {
    tries++;
    const t = templates[i % templates.length];
    i++;
    if (t === undefined) break;
    const s = fill(rng, t, slots).trim();
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

// ---------- obfuscations ----------

export function letterSpace(s: string, sep = ' '): string {
  return [...s].map((c) => (c === ' ' ? ' ' : c)).join(sep).replace(/ {3}/g, '   ');
}

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', g: '9', b: '8' };
export function leet(s: string, rng: () => number, p = 0.8): string {
  return [...s].map((c) => {
    const r = LEET[c.toLowerCase()];
    return r !== undefined && rng() < p ? r : c;
  }).join('');
}

export function base64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}
export function hex(s: string): string {
  return Buffer.from(s, 'utf8').toString('hex');
}
export function urlEncodeAll(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
}
export function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}
export function reversed(s: string): string {
  return [...s].reverse().join('');
}

// Cyrillic / Greek look-alikes for Latin letters.
const HOMO: Record<string, string> = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415',
  H: '\u041d', I: '\u0406', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};
export function homoglyph(s: string, rng: () => number, p = 0.6): string {
  return [...s].map((c) => {
    const r = HOMO[c];
    return r !== undefined && rng() < p ? r : c;
  }).join('');
}

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
export function zeroWidth(s: string, rng: () => number): string {
  return [...s].map((c) => (c !== ' ' && rng() < 0.5 ? c + pick(rng, ZW) : c)).join('');
}

export function fullWidth(s: string): string {
  return [...s].map((c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x21 && code <= 0x7e) return String.fromCharCode(code + 0xfee0);
    if (c === ' ') return '\u3000';
    return c;
  }).join('');
}

export function mixedCase(s: string, rng: () => number): string {
  return [...s].map((c) => (rng() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** Unicode tag characters (U+E0000 block) — invisible "ASCII smuggling". */
export function tagChars(s: string): string {
  return [...s].map((c) => {
    const code = c.charCodeAt(0);
    return code >= 0x20 && code <= 0x7e ? String.fromCodePoint(0xe0000 + code) : '';
  }).join('');
}

export function jsonl(rows: readonly Row[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
