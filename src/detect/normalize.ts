// The normalizer: one content part in, several "views" out, each mapped back to the original.
//
// What it does (views, see VIEW_NAMES in engine/types.ts):
//   raw        the text as received (identity map).
//   normalized NFKC per combining sequence, default-ignorable code points removed (zero-width,
//              bidi controls, variation selectors, tag characters, soft hyphen), combining marks
//              stripped from ASCII letters when they do not compose (Zalgo), confusable letters
//              folded to Latin inside words that are Latin (see confusables.ts). Skipped when equal
//              to raw (always the case for pure-ASCII text).
//   tags       the message carried by Unicode tag characters U+E0020–E007E (emoji flag tag
//              sequences such as England/Scotland/Wales are not messages and are left out).
//   comment    what markup hides: <!-- … -->, Markdown reference comments `[//]: # (…)`, elements
//              with display:none / visibility:hidden / `hidden` / font-size:0 / opacity:0, alt text.
//   despaced   letter-spaced runs joined ("i g n o r e  a l l" -> "ignore all").
//   leet       leetspeak folded inside words that mix letters and leet symbols ("1gn0r3").
//   base64, hex, url, rot13, reversed
//              decoded segments only, joined by "\n"; decoded again up to depth 3. rot13 and
//              reversed judge each segment (split at newlines and . ! ? ; : ") by its common
//              English words; reversed gives each segment twice: reversed whole, then each word
//              reversed in place (word-by-word backwards writing).
// Every view character carries [starts[i], ends[i]) in the ORIGINAL text, composed through every
// derivation, so a finding in any view reports an original span (INVARIANT in engine/types.ts).
//
// What it misses: NFKC is applied per combining sequence, so compositions across sequences
// (conjoining Hangul jamo) are not made; confusables are a curated subset of UTS #39; decoded
// views are not themselves NFKC-normalized; base32/85, quoted-printable, Morse are not decoded;
// rot13/reversed need common English words to fire, so non-English rot13 is not found; other
// Caesar shifts and Morse are not decoded.
//
// Cost: O(n). One charCode pass per text (scanText) decides which of despaced, leet, base64, hex,
// rot13 and reversed can produce anything and collects the rot13/reversed word statistics; a
// builder runs its own pass only when that scan says it may fire (exact necessary conditions, so
// the views are the same as running every builder). Pure-ASCII text skips NFKC and confusables
// entirely (one native regex test); in non-ASCII text, characters that NFKC leaves alone and that
// no combining mark follows are copied without a regex or a string (per-code-unit caches). The
// raw view's maps are memcpy'd from a shared identity array when first read (rawView).
// Long attack-dense texts (session 9): the per-character JS walks over the whole text were the
// cost, above all on a first encounter, when V8 runs them unoptimized (~0.3 µs a character).
// They are replaced where the work is sparse by native searches that jump to the only positions
// where something can happen (non-ASCII units in normalizedIsRaw / buildNormalized, single-
// character tokens in buildDespaced, leet symbols in buildLeet, hex candidates in decodeHex),
// and by bulk copies (Builder.copy: one native UTF-16 copy plus typed-array copies for a run of
// unchanged units). Views derived from raw take the builder's ranges as they are (composing
// through the identity changes nothing), despaced is built in original coordinates directly,
// and foldConfusables runs only when a confusable was pushed. Every output is bit-identical
// (golden digests in normalize.test.ts). Measured on fresh 64 KB jailbreak-llms-inthewild
// slices after a 2 KB warm-up, CPU ms median: ~21 -> ~9 (interleaved A/B, load 10-15).
// Measured: median 40 µs CPU per 2 KB benign prompt, all views (131 µs before the single scan;
// in-process A/B, load ~10). Decoding
// is bounded: depth <= 3 and the total decoded output is <= min(4 × input, 256 Ki chars); a
// segment that would overflow the budget is dropped.
// Failure mode: never throws on any string (lone surrogates, invalid escapes pass through or are
// skipped); a view that is not useful is simply absent.

import type { TextView, ViewName } from '../engine/types.js';
import { confusableOf } from './confusables.js';

export interface NormalizeOptions {
  /** Views to build; `raw` is always built. All views when absent. */
  readonly views?: ReadonlySet<ViewName>;
}

export const NORMALIZE_LIMITS = {
  maxDepth: 3,
  /** Decoded output across all decoded views, as a multiple of the input length. */
  maxExpansion: 4,
  /** Absolute cap on decoded output, in UTF-16 units. */
  maxDecodedChars: 256 * 1024,
  minBase64: 16,
  minHexDigits: 16,
  minHexTokens: 8,
  minUrlEscapes: 2,
  /** Longest run of letter-spaced single characters considered. */
  minSpacedLetters: 4,
} as const;

// ---------------------------------------------------------------------------------------------
// Builders and map composition

// Builder.copy writes runs of at least BULK_MIN units with one native UTF-16 copy (through a
// Buffer over the builder's Uint16Array, which stores units in the platform's byte order: the
// copy is only taken on little-endian platforms, where that order is utf16le's).
const BULK_MIN = 32;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A growing view: UTF-16 units plus their [start, end) in some source coordinates. */
class Builder {
  codes: Uint16Array;
  s: Int32Array;
  e: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.codes = new Uint16Array(capacity);
    this.s = new Int32Array(capacity);
    this.e = new Int32Array(capacity);
  }

  private grow(min = 0): void {
    const cap = Math.max(64, this.codes.length * 2, min);
    const codes = new Uint16Array(cap);
    codes.set(this.codes);
    const s = new Int32Array(cap);
    s.set(this.s);
    const e = new Int32Array(cap);
    e.set(this.e);
    this.codes = codes;
    this.s = s;
    this.e = e;
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    const i = this.length++;
    this.codes[i] = code;
    this.s[i] = start;
    this.e[i] = end;
  }

  /**
   * Append text[from, to) one unit for one, each unit k mapped to [maps.starts[k], maps.ends[k])
   * or, with maps null, to [k, k + 1): what push() per unit gives, written in bulk (a native
   * UTF-16 copy and typed-array copies instead of a JS step per character).
   */
  copy(text: string, from: number, to: number, maps: TextView | null): void {
    const len = to - from;
    if (len <= 0) return;
    if (this.length + len > this.codes.length) this.grow(this.length + len);
    const at = this.length;
    if (len >= BULK_MIN && LITTLE_ENDIAN) {
      // INVARIANT: the utf16le encoder writes each UTF-16 code unit as is (lone surrogates too).
      Buffer.from(this.codes.buffer, this.codes.byteOffset + 2 * at, 2 * len).write(text.slice(from, to), 0, 2 * len, 'utf16le');
    } else {
      for (let k = 0; k < len; k++) this.codes[at + k] = text.charCodeAt(from + k);
    }
    if (maps !== null) {
      this.s.set(maps.starts.subarray(from, to), at);
      this.e.set(maps.ends.subarray(from, to), at);
    } else {
      const id = identity(to + 1);
      if (id !== null) {
        this.s.set(id.subarray(from, to), at);
        this.e.set(id.subarray(from + 1, to + 1), at);
      } else {
        for (let k = 0; k < len; k++) {
          this.s[at + k] = from + k;
          this.e[at + k] = from + k + 1;
        }
      }
    }
    this.length += len;
  }

  pushStr(str: string, start: number, end: number): void {
    for (let k = 0; k < str.length; k++) this.push(str.charCodeAt(k), start, end);
  }

  /** A "\n" between segments, mapped to the previous character's range. */
  separator(): void {
    if (this.length > 0) this.push(0x0a, this.s[this.length - 1] ?? 0, this.e[this.length - 1] ?? 1);
  }

  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 4096) {
      const chunk = this.codes.subarray(i, Math.min(this.length, i + 4096));
      out += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    return out;
  }
}

/**
 * Turn a builder whose s/e are indices into `src` (a view) into a view in original coordinates.
 * INVARIANT: every builder range [a, b) satisfies 0 <= a < b <= src.text.length, so min/max below
 * read defined entries and the composed range is non-empty.
 */
function compose(b: Builder, src: TextView | null, name: ViewName, depth: number, hidden: boolean): TextView {
  const n = b.length;
  // Composing through the raw view (starts[k] = k, ends[k] = k + 1) gives back [a, z) itself, so
  // the builder's own ranges are the answer: no per-character loop, and raw's maps stay unbuilt.
  if (src === null || src instanceof RawView) {
    // Builder ranges are already original coordinates (INVARIANT: s/e are set below b.length).
    // A builder at least half full hands over its buffers (a view of them); the builder is
    // private to this call, so the view still owns its maps. A mostly empty one is copied.
    const own = 2 * n >= b.s.length;
    return { name, text: b.text(), starts: own ? b.s.subarray(0, n) : b.s.slice(0, n), ends: own ? b.e.subarray(0, n) : b.e.slice(0, n), depth, hidden };
  }
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = b.s[i] ?? 0;
    spanThrough(src, a, b.e[i] ?? a + 1);
    starts[i] = spanLo;
    ends[i] = spanHi;
  }
  return { name, text: b.text(), starts, ends, depth, hidden };
}

// src's units [a, z) in original coordinates: the union of their map ranges. Written to
// spanLo / spanHi (no tuple per character: compose and pushVia call it once per unit or token).
let spanLo = 0;
let spanHi = 0;
function spanThrough(src: TextView, a: number, z: number): void {
  let lo = src.starts[a] ?? 0;
  let hi = src.ends[a] ?? lo + 1;
  for (let k = a + 1; k < z; k++) {
    const ks = src.starts[k] ?? lo;
    const ke = src.ends[k] ?? hi;
    if (ks < lo) lo = ks;
    if (ke > hi) hi = ke;
  }
  spanLo = lo;
  spanHi = hi;
}

// IDENTITY[i] === i. Maps of the identity view are copied out of it (a memcpy) instead of being
// written one element at a time. Grown on demand up to IDENTITY_CAP entries, never shrunk; longer
// texts fill their maps in a loop.
const IDENTITY_CAP = 64 * 1024 + 1;
let IDENTITY = new Int32Array(0);
function identity(len: number): Int32Array | null {
  if (len > IDENTITY_CAP) return null;
  if (IDENTITY.length < len) {
    const next = new Int32Array(Math.min(IDENTITY_CAP, Math.max(len, 2 * IDENTITY.length, 4096)));
    for (let i = 0; i < next.length; i++) next[i] = i;
    IDENTITY = next;
  }
  return IDENTITY;
}

/** A fresh identity map of n entries starting at `off` (0: starts, 1: ends). */
function identityMap(n: number, off: number): Int32Array {
  const id = identity(n + 1);
  // slice() copies: every view owns its maps.
  if (id !== null) return id.slice(off, off + n);
  const m = new Int32Array(n);
  for (let i = 0; i < n; i++) m[i] = i + off;
  return m;
}

/**
 * The identity view. Its maps are built on first read (getters), each view still owning its own
 * copy: most parts never read them (they are read only to map a finding back, or to derive
 * another view from raw), and two 4-byte-per-unit ArrayBuffers per part were the pipeline's
 * largest external allocation. The getters are on the class, so the instance holds no closure.
 */
class RawView implements TextView {
  readonly name = 'raw';
  readonly depth = 0;
  readonly hidden = false;
  #starts: Int32Array | undefined;
  #ends: Int32Array | undefined;
  constructor(readonly text: string) {}
  get starts(): Int32Array {
    return (this.#starts ??= identityMap(this.text.length, 0));
  }
  get ends(): Int32Array {
    return (this.#ends ??= identityMap(this.text.length, 1));
  }
}

export function rawView(text: string): TextView {
  return new RawView(text);
}

// ---------------------------------------------------------------------------------------------
// Character classes (charCode tests; no per-character regex on the hot path)

/** Unicode Default_Ignorable_Code_Point (DerivedCoreProperties.txt); a test checks it against \p{DI}. */
export function isDefaultIgnorable(cp: number): boolean {
  if (cp < 0xad) return false;
  if (cp < 0x2000) {
    return (
      cp === 0xad ||
      cp === 0x34f ||
      cp === 0x61c ||
      cp === 0x115f ||
      cp === 0x1160 ||
      cp === 0x17b4 ||
      cp === 0x17b5 ||
      (cp >= 0x180b && cp <= 0x180f)
    );
  }
  if (cp <= 0x206f) return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || cp >= 0x2060;
  if (cp < 0xe0000) {
    return (
      cp === 0x3164 ||
      (cp >= 0xfe00 && cp <= 0xfe0f) ||
      cp === 0xfeff ||
      cp === 0xffa0 ||
      (cp >= 0xfff0 && cp <= 0xfff8) ||
      (cp >= 0x1bca0 && cp <= 0x1bca3) ||
      (cp >= 0x1d173 && cp <= 0x1d17a)
    );
  }
  return cp <= 0xe0fff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}
function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}
function isB64(c: number): boolean {
  return (cls(c) & C_B64) !== 0;
}
/** Letter-ish for word scanning: ASCII letters and non-ASCII, non-space BMP letters (approximate). */
function isWordUnit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c !== 0x2028 && c !== 0x2029 && c !== 0x3000 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f));
}

// ---------------------------------------------------------------------------------------------
// normalized

// A combining sequence: one code point and the marks that follow it. Sticky, linear.
const CLUSTER = /[\s\S]\p{M}*/uy;
const MARKS_G = /\p{Mn}/gu;

// Memo of NFKC results per combining sequence. Pure (NFKC is a function), bounded, so it is a
// cache and not state: clearing it never changes an output.
const NFKC_MEMO = new Map<string, string>();
function nfkc(s: string): string {
  let r = NFKC_MEMO.get(s);
  if (r === undefined) {
    r = s.normalize('NFKC');
    if (NFKC_MEMO.size >= 8192) NFKC_MEMO.clear();
    NFKC_MEMO.set(s, r);
  }
  return r;
}

// Per BMP code unit: 0 = not yet known, 1 = NFKC maps the character to itself, 2 = it does not.
const NFKC_STABLE = new Uint8Array(0x10000);
function nfkcStable(c: number): boolean {
  let k = NFKC_STABLE[c] ?? 0;
  if (k === 0) {
    const s = String.fromCharCode(c);
    k = s.normalize('NFKC') === s ? 1 : 2;
    NFKC_STABLE[c] = k;
  }
  return k === 1;
}

// Per BMP code unit: 0 = not yet known, 1 = a combining mark (\p{M}), 2 = not one.
const MARK = new Uint8Array(0x10000);
const IS_MARK = /^\p{M}$/u;
/** False only when the code unit is certainly not (the start of) a combining mark. */
function mayBeMark(c: number): boolean {
  // INVARIANT: every combining mark is >= U+0300. A surrogate may start an astral mark.
  if (c < 0x300) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let k = MARK[c] ?? 0;
  if (k === 0) {
    k = IS_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    MARK[c] = k;
  }
  return k === 1;
}

// Without the u flag a regex reads UTF-16 code units, so this is "some code unit >= 0x80"; the
// native scan is several times cheaper than a charCodeAt loop.
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_G = /[^\x00-\x7f]/g;
function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * True when the normalized view would equal the raw text: NFKC-stable (ICU's quick check is
 * native and fast), no default-ignorable code point, no confusable, no combining mark that could
 * be Zalgo. Most non-ASCII prose (curly quotes, dashes, accented words) takes this exit.
 */
function normalizedIsRaw(text: string): boolean {
  // Only non-ASCII units can answer false: jump from one to the next with a native search.
  NON_ASCII_G.lastIndex = 0;
  while (NON_ASCII_G.test(text)) {
    const i = NON_ASCII_G.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i) ?? c;
      if (isDefaultIgnorable(cp)) return false;
      // The unit after a high surrogate is skipped, whatever it is (as a unit-by-unit walk did).
      NON_ASCII_G.lastIndex = i + 2;
      continue;
    }
    if (isDefaultIgnorable(c) || confusableOf(c) >= 0) return false;
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)) return false;
  }
  return text.normalize('NFKC') === text;
}

/** Builder in original coordinates, or null when the result equals the raw text. */
function buildNormalized(text: string): Builder | null {
  if (normalizedIsRaw(text)) return null;
  const b = new Builder(text.length + 16);
  const n = text.length;
  // Whether a unit of the builder may be a confusable; foldConfusables changes nothing otherwise.
  // INVARIANT: every confusable is non-ASCII (confusables.ts), so ASCII units never set it.
  let conf = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && i + 2 < n && text.charCodeAt(i + 1) < 0x80 && text.charCodeAt(i + 2) < 0x80) {
      // [i, m) is ASCII. Each of its units but the last has an ASCII unit after it, never a mark,
      // so it is pushed as is (the per-unit rule below): copied in bulk. The last one, whose next
      // unit may be a mark, goes through the rule. (Short runs, as between the letters of a
      // non-Latin text, skip the search: the rule below handles them.)
      NON_ASCII_G.lastIndex = i;
      const m = NON_ASCII_G.test(text) ? NON_ASCII_G.lastIndex - 1 : n;
      const stop = m === n ? n : m - 1;
      if (stop > i) {
        b.copy(text, i, stop, null);
        i = stop;
        continue;
      }
    }
    if (c < 0x80) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      // An ASCII char followed by anything but a combining mark is a complete combining sequence
      // on its own and NFKC leaves it unchanged.
      if (!mayBeMark(next)) {
        b.push(c, i, i + 1);
        i++;
        continue;
      }
    }
    if (c >= 0x80 && (c < 0xd800 || c > 0xdfff) && (i + 1 >= n || !mayBeMark(text.charCodeAt(i + 1)))) {
      // A BMP character with no combining mark after it is a whole combining sequence. The general
      // path below drops it when default-ignorable and pushes it unchanged when NFKC leaves it
      // alone: both without a regex or a string. Most non-ASCII characters take this exit.
      if (isDefaultIgnorable(c)) {
        i++;
        continue;
      }
      if (nfkcStable(c)) {
        if (!conf && confusableOf(c) >= 0) conf = true;
        b.push(c, i, i + 1);
        i++;
        continue;
      }
    }
    CLUSTER.lastIndex = i;
    const m = CLUSTER.exec(text);
    const cluster = m ? m[0] : text.charAt(i);
    const end = i + Math.max(1, cluster.length);
    let body = '';
    for (let k = 0; k < cluster.length; ) {
      const cp = cluster.codePointAt(k) ?? 0;
      const w = cp > 0xffff ? 2 : 1;
      if (!isDefaultIgnorable(cp)) body += cluster.slice(k, k + w);
      k += w;
    }
    if (body.length > 0) {
      let out = nfkc(body);
      // Zalgo: marks that did not compose onto an ASCII letter carry no meaning for detection.
      if (out.length > 1 && isAsciiLetter(out.charCodeAt(0))) out = out.replace(MARKS_G, '');
      for (let k = 0; k < out.length && !conf; k++) conf = confusableOf(out.charCodeAt(k)) >= 0;
      b.pushStr(out, i, end);
    }
    i = end;
  }
  if (conf) foldConfusables(b);
  if (b.length === n) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = b.codes[k] === text.charCodeAt(k);
    if (same) return null;
  }
  return b;
}

/**
 * Fold confusables in place, per word. A word is folded when it contains an ASCII letter (mixed
 * script: "ѕуѕtеm"), or when every non-ASCII letter in it is a confusable and the part is mostly
 * Latin. INVARIANT: genuine Cyrillic/Greek words in a Cyrillic/Greek text are left alone, so
 * detectors with Russian or Greek lexicons still match the normalized view.
 */
function foldConfusables(b: Builder): void {
  const codes = b.codes;
  const len = b.length;
  let ascii = 0;
  let other = 0;
  for (let k = 0; k < len; k++) {
    const c = codes[k] ?? 0;
    if (isAsciiLetter(c)) ascii++;
    else if (c >= 0xc0 && isWordUnit(c)) other++;
  }
  const latinMajority = ascii > other;
  let i = 0;
  while (i < len) {
    const c0 = codes[i] ?? 0;
    if (!isWordUnit(c0)) {
      i++;
      continue;
    }
    let j = i;
    let hasAscii = false;
    let conf = 0;
    let otherLetters = 0;
    while (j < len && isWordUnit(codes[j] ?? 0)) {
      const c = codes[j] ?? 0;
      if (isAsciiLetter(c)) hasAscii = true;
      else if (confusableOf(c) >= 0) conf++;
      else otherLetters++;
      j++;
    }
    if (conf > 0 && (hasAscii || (latinMajority && otherLetters === 0))) {
      for (let k = i; k < j; k++) {
        const f = confusableOf(codes[k] ?? 0);
        if (f >= 0) codes[k] = f;
      }
    }
    i = j;
  }
}

// ---------------------------------------------------------------------------------------------
// tags

function buildTags(text: string): Builder | null {
  let b: Builder | null = null;
  let lastEnd = -1;
  let i = text.indexOf('\udb40');
  while (i >= 0 && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo < 0xdc00 || lo > 0xdc7f) {
      i = text.indexOf('\udb40', i + 1);
      continue;
    }
    // Run of consecutive tag characters starting at i.
    let j = i;
    while (j + 1 < text.length && text.charCodeAt(j) === 0xdb40) {
      const l = text.charCodeAt(j + 1);
      if (l < 0xdc00 || l > 0xdc7f) break;
      j += 2;
    }
    if (!isEmojiTagSequence(text, i, j)) {
      for (let k = i; k < j; k += 2) {
        const v = text.charCodeAt(k + 1) - 0xdc00;
        if (v < 0x20 || v > 0x7e) continue;
        b ??= new Builder();
        if (lastEnd >= 0 && k > lastEnd && b.length > 0) {
          // Separator between runs: mapped to the previous decoded character's range.
          b.separator();
        }
        b.push(v, k, k + 2);
        lastEnd = k + 2;
      }
    }
    i = text.indexOf('\udb40', j);
  }
  return b;
}

/** U+1F3F4 + tag letters/digits + U+E007F: an emoji flag (e.g. Scotland), not a message. */
function isEmojiTagSequence(text: string, from: number, to: number): boolean {
  if (from < 2 || text.charCodeAt(from - 2) !== 0xd83c || text.charCodeAt(from - 1) !== 0xdff4) return false;
  if (to - from > 14 || text.charCodeAt(to - 1) !== 0xdc7f) return false;
  for (let k = from; k < to - 2; k += 2) {
    const v = text.charCodeAt(k + 1) - 0xdc00;
    if (!((v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7a))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// comment

interface Segment {
  readonly start: number;
  readonly end: number;
  /** Skip `<…>` inside (element content). */
  readonly stripTags: boolean;
}

const MAX_HIDDEN_ELEMENT = 16 * 1024;
const MAX_TAG_LEN = 2048;
// Attribute tests run on one tag's attribute text (<= MAX_TAG_LEN), lower-cased, spaces removed.
const HIDDEN_STYLE = /display:none|visibility:hidden|font-size:0(?![.\d])|opacity:0(?![.\d])/;
const HIDDEN_ATTR = /(?:^|\s)hidden(?:[\s=/]|$)/;
const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;

function buildComment(text: string): Builder | null {
  const lt = text.indexOf('<');
  const md = text.indexOf(']');
  if (lt < 0 && md < 0) return null;
  const segs: Segment[] = [];
  if (lt >= 0) scanMarkup(text, lt, segs);
  if (md >= 0) scanMarkdown(text, segs);
  if (segs.length === 0) return null;
  segs.sort((a, b) => a.start - b.start || b.end - a.end);
  const b = new Builder();
  let covered = -1;
  for (const sg of segs) {
    if (sg.end <= covered) continue; // nested inside an earlier segment
    const from = Math.max(sg.start, covered);
    if (b.length > 0) b.separator();
    const before = b.length;
    let inTag = false;
    for (let k = from; k < sg.end; k++) {
      const c = text.charCodeAt(k);
      if (sg.stripTags) {
        if (c === 0x3c) inTag = true;
        if (inTag) {
          if (c === 0x3e) inTag = false;
          continue;
        }
      }
      b.push(c, k, k + 1);
    }
    if (b.length === before && before > 0) {
      // Nothing emitted: drop the separator we just added.
      b.length--;
    }
    covered = Math.max(covered, sg.end);
  }
  return b.length > 0 ? b : null;
}

function scanMarkup(text: string, first: number, segs: Segment[]): void {
  let i = first;
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close < 0 ? text.length : close;
      if (end > i + 4) segs.push({ start: i + 4, end, stripTags: false });
      i = text.indexOf('<', close < 0 ? text.length : close + 3);
      continue;
    }
    TAG_NAME.lastIndex = i + 1;
    const m = TAG_NAME.exec(text);
    if (!m) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const name = m[0].toLowerCase();
    const attrsStart = i + 1 + m[0].length;
    let gt = -1;
    const limit = Math.min(text.length, attrsStart + MAX_TAG_LEN);
    for (let k = attrsStart; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x3e) {
        gt = k;
        break;
      }
      if (c === 0x3c) break;
    }
    if (gt < 0) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const attrs = text.slice(attrsStart, gt);
    if (attrs.length > 0) {
      const lower = attrs.toLowerCase();
      const alt = altValue(lower);
      if (alt) segs.push({ start: attrsStart + alt[0], end: attrsStart + alt[1], stripTags: false });
      const style = lower.replace(/\s+/g, '');
      if (HIDDEN_STYLE.test(style) || HIDDEN_ATTR.test(lower)) {
        const contentStart = gt + 1;
        const contentEnd = findClose(text, name, contentStart);
        if (contentEnd > contentStart) segs.push({ start: contentStart, end: contentEnd, stripTags: true });
      }
    }
    i = text.indexOf('<', gt + 1);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** [start, end) of the value of an `alt="…"` attribute within a tag's attribute text. */
function altValue(lower: string): [number, number] | null {
  let k = lower.indexOf('alt');
  while (k >= 0) {
    if (k > 0 && isSpace(lower.charCodeAt(k - 1))) {
      let p = k + 3;
      while (isSpace(lower.charCodeAt(p))) p++;
      if (lower.charCodeAt(p) === 0x3d) {
        p++;
        while (isSpace(lower.charCodeAt(p))) p++;
        const q = lower.charAt(p);
        if (q === '"' || q === "'") {
          const e = lower.indexOf(q, p + 1);
          if (e > p + 1) return [p + 1, e];
        }
      }
    }
    k = lower.indexOf('alt', k + 3);
  }
  return null;
}

/** End of an element's content: the matching `</name`, counting nested `<name`; bounded. */
function findClose(text: string, name: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_HIDDEN_ELEMENT);
  let depth = 1;
  let k = text.indexOf('<', from);
  while (k >= 0 && k < limit) {
    const closing = text.charCodeAt(k + 1) === 0x2f;
    const ns = k + (closing ? 2 : 1);
    if (text.slice(ns, ns + name.length).toLowerCase() === name && !isAsciiAlnum(text.charCodeAt(ns + name.length))) {
      depth += closing ? -1 : 1;
      if (depth === 0) return k;
    }
    k = text.indexOf('<', k + 1);
  }
  return limit;
}

/** `[label]: # (text)`, `[label]: <> "text"` at a line start; `![alt](url)`. */
function scanMarkdown(text: string, segs: Segment[]): void {
  let i = text.indexOf(']:');
  while (i >= 0) {
    const ls = text.lastIndexOf('\n', i) + 1;
    if (text.charCodeAt(ls) === 0x5b && i - ls <= 64) {
      let k = i + 2;
      while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
      if (text.charCodeAt(k) === 0x23) k++;
      else if (text.startsWith('<>', k)) k += 2;
      else k = -1;
      if (k > 0) {
        while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
        const open = text.charCodeAt(k);
        const closeCh = open === 0x28 ? ')' : open === 0x22 ? '"' : open === 0x27 ? "'" : '';
        if (closeCh !== '') {
          let le = text.indexOf('\n', k);
          if (le < 0) le = text.length;
          const close = text.lastIndexOf(closeCh, le);
          const end = close > k ? close : le;
          if (end > k + 1) segs.push({ start: k + 1, end, stripTags: false });
        }
      }
    }
    i = text.indexOf(']:', i + 2);
  }
  let j = text.indexOf('![');
  while (j >= 0) {
    const close = text.indexOf('](', j + 2);
    const nl = text.indexOf('\n', j + 2);
    if (close < 0) break;
    if ((nl < 0 || close < nl) && close - j <= 1024 && close > j + 2) segs.push({ start: j + 2, end: close, stripTags: false });
    j = text.indexOf('![', j + 2);
  }
}

// ASCII character classes, one table lookup instead of a chain of comparisons.
const C_ALNUM = 1;
const C_LETTER = 2;
const C_HEX = 4;
const C_B64 = 8;
const C_SPACER = 16;
const C_LEET = 32;
/**
 * Ends a segment for rot13/reversed statistics: newline . ! ? ; and (revision 7) : and ". A
 * wrapper sentence ("Read this backwards and do what it says: \"…\"") is then counted apart from
 * its payload, so its plain English words no longer outvote the transformed ones.
 */
const C_SENT = 64;
const CLS = new Uint8Array(128);
const LEET_TO = new Uint8Array(128);
{
  for (let c = 0x30; c <= 0x39; c++) CLS[c] = C_ALNUM | C_HEX | C_B64;
  for (let c = 0x41; c <= 0x5a; c++) CLS[c] = C_ALNUM | C_LETTER | C_B64 | (c <= 0x46 ? C_HEX : 0);
  for (let c = 0x61; c <= 0x7a; c++) CLS[c] = C_ALNUM | C_LETTER | C_B64 | (c <= 0x66 ? C_HEX : 0);
  for (const c of [0x2b, 0x2f, 0x2d, 0x5f]) CLS[c] = (CLS[c] ?? 0) | C_B64;
  // space, tab, . - _ * | / \ ~
  for (const c of [0x20, 0x09, 0x2e, 0x2d, 0x5f, 0x2a, 0x7c, 0x2f, 0x5c, 0x7e]) CLS[c] = (CLS[c] ?? 0) | C_SPACER;
  // 0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b, 9 g, @ a, $ s, ! i, | l, + t
  for (const c of [0x0a, 0x2e, 0x21, 0x3f, 0x3b, 0x3a, 0x22]) CLS[c] = (CLS[c] ?? 0) | C_SENT;
  const leet = '0o1i3e4a5s7t8b9g@a$s!i|l+t';
  for (let k = 0; k < leet.length; k += 2) {
    const c = leet.charCodeAt(k);
    CLS[c] = (CLS[c] ?? 0) | C_LEET;
    LEET_TO[c] = leet.charCodeAt(k + 1);
  }
}
function cls(c: number): number {
  return c < 128 ? (CLS[c] ?? 0) : 0;
}

// ---------------------------------------------------------------------------------------------
// despaced and leet (whole-text transforms of the base view)

function isSpacer(c: number): boolean {
  return (cls(c) & C_SPACER) !== 0 || c === 0xb7;
}
function isTokenChar(c: number): boolean {
  return c < 128 ? ((CLS[c] ?? 0) & C_ALNUM) !== 0 : isWordUnit(c) && (c < 0xd800 || c > 0xdfff);
}

/**
 * A single-character token: a token character (isTokenChar) with no token character on either
 * side. Token characters are ASCII alphanumerics and the non-ASCII BMP word units of isWordUnit
 * (>= U+00C0, not U+2000–U+206F, U+3000 or a surrogate); the class reads UTF-16 code units.
 */
const SINGLE_TOKEN = /(?<![A-Za-z0-9\u00c0-\u1fff\u2070-\u2fff\u3001-\ud7ff\ue000-\uffff])[A-Za-z0-9\u00c0-\u1fff\u2070-\u2fff\u3001-\ud7ff\ue000-\uffff](?![A-Za-z0-9\u00c0-\u1fff\u2070-\u2fff\u3001-\ud7ff\ue000-\uffff])/g;

/** Push code for src's units [a, z) in original coordinates: what compose() gives for it. */
function pushVia(b: Builder, code: number, a: number, z: number, src: TextView | null): void {
  if (src === null) {
    b.push(code, a, z);
    return;
  }
  spanThrough(src, a, z);
  b.push(code, spanLo, spanHi);
}

/**
 * Builder in original coordinates (base's text, composed through base's maps; base null: the text
 * is the original), or null when there is no letter-spaced run.
 */
function buildDespaced(text: string, base: TextView | null): Builder | null {
  if ((scanText(text).flags & F_DESPACED) === 0) return null;
  const n = text.length;
  /** End of the token-char word starting at p (p itself a token char). */
  const wordEnd = (p: number): number => {
    let q = p + 1;
    while (q < n && isTokenChar(text.charCodeAt(q))) q++;
    return q;
  };
  let b: Builder | null = null;
  let copied = 0; // text[0, copied) is already in b (when b exists)
  let i = 0;
  while (i < n) {
    // A run can only start at a single-character token (SINGLE_TOKEN); the walk this replaces
    // stepped over every other position. INVARIANT: i is never inside a token word here (it is
    // 0, or just after a run, which ends before a non-token character).
    SINGLE_TOKEN.lastIndex = i;
    const at0 = SINGLE_TOKEN.exec(text);
    if (at0 === null) break;
    i = at0.index;
    // A single-character token: collect the run token, gap, token, gap, …
    const toks = [i];
    const gaps: number[] = [];
    let p = i + 1;
    for (;;) {
      let g = p;
      while (g < n && g - p < 5 && isSpacer(text.charCodeAt(g))) g++;
      if (g === p || g >= n || !isTokenChar(text.charCodeAt(g)) || wordEnd(g) !== g + 1) break;
      gaps.push(g - p);
      toks.push(g);
      p = g + 1;
    }
    let letters = 0;
    for (const t of toks) if ((cls(text.charCodeAt(t)) & C_LETTER) !== 0 || text.charCodeAt(t) >= 0x80) letters++;
    if (toks.length < NORMALIZE_LIMITS.minSpacedLetters || letters * 2 < toks.length) {
      i = p;
      continue;
    }
    let unit = Infinity;
    for (const g of gaps) if (g < unit) unit = g;
    b ??= new Builder(n + 16);
    b.copy(text, copied, i, base);
    for (let t = 0; t < toks.length; t++) {
      const at = toks[t] ?? 0;
      pushVia(b, text.charCodeAt(at), at, at + 1, base);
      const g = gaps[t];
      if (g !== undefined && g > unit) pushVia(b, 0x20, at + 1, at + 1 + g, base);
    }
    copied = p;
    i = p;
  }
  if (b === null) return null;
  b.copy(text, copied, n, base);
  return b;
}

/**
 * Leet words: runs of letters and leet symbols, bounded by non-alphanumerics, <= 24 long. A word
 * is "strong" when a leet symbol sits between letters ("1gn0r3", "pr3v10us") or it has >= 2 leet
 * symbols and >= 2 letters; weak words ("4ll", "mp3", "5M") are folded only when the text has a
 * strong one, so product names and units in ordinary prose do not produce a view. Returns the
 * words to fold as [from, to) pairs (strong ones, then weak ones), or null: no leet view.
 */
/** The leet symbols of LEET_TO (0 1 3 4 5 7 8 9 @ $ ! | +). */
const LEET_SYMBOL = /[013-57-9@$!|+]/g;

function buildLeet(text: string, prescan: boolean): number[] | null {
  // The scan's F_LEET is exact (set iff a strong word exists), so it only saves the walk below;
  // on a text whose scan nothing else reads (the despaced text) the walk alone is cheaper.
  if (prescan && (scanText(text).flags & F_LEET) === 0) return null;
  const n = text.length;
  const weak: number[] = []; // [from, to) pairs
  const strong: number[] = [];
  let i = 0;
  while (i < n) {
    // Only maximal runs of letters and leet symbols that hold a leet symbol can give a word: jump
    // to the next leet symbol and back to the start of its run. INVARIANT: text[i - 1] (when
    // i > 0) is neither a letter nor a leet symbol, so the run found starts at or after i.
    LEET_SYMBOL.lastIndex = i;
    if (!LEET_SYMBOL.test(text)) break;
    i = LEET_SYMBOL.lastIndex - 1;
    while (i > 0 && (cls(text.charCodeAt(i - 1)) & (C_LETTER | C_LEET)) !== 0) i--;
    let j = i;
    let letters = 0;
    let leet = 0;
    let interior = false;
    let seenLetter = false;
    let pendingLeet = false;
    while (j < n) {
      const d = cls(text.charCodeAt(j));
      if ((d & C_LETTER) !== 0) {
        letters++;
        if (pendingLeet && seenLetter) interior = true;
        seenLetter = true;
        pendingLeet = false;
      } else if ((d & C_LEET) !== 0) {
        leet++;
        pendingLeet = true;
      } else break;
      j++;
    }
    // A trailing '!' is punctuation, not an 'i'.
    let we = j;
    while (we > i && text.charCodeAt(we - 1) === 0x21) we--;
    const bounded = j - i <= 24 && (i === 0 || (cls(text.charCodeAt(i - 1)) & C_ALNUM) === 0) && (j >= n || (cls(text.charCodeAt(j)) & C_ALNUM) === 0);
    if (bounded && leet > 0 && letters > 0) {
      (interior || (leet >= 2 && letters >= 2) ? strong : weak).push(i, we);
    }
    i = j;
  }
  if (strong.length === 0) return null;
  return [...strong, ...weak];
}

/**
 * The leet view of `src`: its text with the leet symbols of the words buildLeet listed folded to
 * letters, one character for one, so each character keeps its source character's map entries
 * (what compose() gives for a builder whose every character maps to [k, k + 1)). Built from
 * slices of the text between the folded characters and copies of the source maps, not one
 * builder push per character (~3x cheaper on a 2 KB prompt with a leet word).
 */
function leetView(src: TextView, words: readonly number[]): TextView {
  const text = src.text;
  const n = text.length;
  const at: number[] = [];
  for (let p = 0; p + 1 < words.length; p += 2) {
    const to = words[p + 1] ?? 0;
    for (let k = words[p] ?? 0; k < to; k++) if ((cls(text.charCodeAt(k)) & C_LEET) !== 0) at.push(k);
  }
  // Strong words first, then weak ones: put the folded positions in text order.
  at.sort((x, y) => x - y);
  let out = '';
  let from = 0;
  for (const k of at) {
    out += text.slice(from, k) + String.fromCharCode(LEET_TO[text.charCodeAt(k)] ?? 0);
    from = k + 1;
  }
  out += text.slice(from);
  // INVARIANT: a view's maps have one entry per character of its text (src.starts.length === n).
  // The raw view's maps are the identity: copied from it directly, without building raw's own.
  const id = src instanceof RawView;
  return { name: 'leet', text: out, starts: id ? identityMap(n, 0) : src.starts.slice(0, n), ends: id ? identityMap(n, 1) : src.ends.slice(0, n), depth: 0, hidden: false };
}

// ---------------------------------------------------------------------------------------------
// Decoders. Each returns segments in source-view coordinates; segments are joined by "\n".

type DecodedName = 'base64' | 'hex' | 'url' | 'rot13' | 'reversed';
const DECODERS: readonly DecodedName[] = ['base64', 'hex', 'url', 'rot13', 'reversed'];

interface Budget {
  left: number;
}

/**
 * Decode UTF-8 bytes whose byte k came from source range [bs[k], be[k]); reject text that is
 * not valid UTF-8 or not mostly printable (controls other than \t \n \r, or < 50% letters,
 * digits and spaces). Appends to `out` only when accepted.
 */
function appendUtf8(bytes: ArrayLike<number>, bs: ArrayLike<number>, be: ArrayLike<number>, out: Builder, minChars: number): boolean {
  // Validate first, build second: most candidates (English words that look like base64) are
  // rejected, and then nothing is allocated.
  const units = walkUtf8(bytes, bs, be, null);
  if (units < 0 || units < minChars || walkGood * 2 < units) return false;
  if (out.length > 0) out.separator();
  walkUtf8(bytes, bs, be, out);
  return true;
}

/** What appendUtf8 would answer, without the source ranges (walkUtf8 reads them only to push). */
function acceptsUtf8(bytes: ArrayLike<number>, minChars: number): boolean {
  const units = walkUtf8(bytes, NO_RANGES, NO_RANGES, null);
  return !(units < 0 || units < minChars || walkGood * 2 < units);
}
const NO_RANGES: readonly number[] = [];

// The `good` count of the last walkUtf8() (letters, digits, spaces and non-ASCII letters).
let walkGood = 0;

/** appendUtf8's walk: the UTF-16 length of the decoded text (pushed to `into` when given), or -1 when rejected. */
function walkUtf8(bytes: ArrayLike<number>, bs: ArrayLike<number>, be: ArrayLike<number>, into: Builder | null): number {
  let units = 0;
  let good = 0;
  let k = 0;
  while (k < bytes.length) {
    const b0 = bytes[k] ?? 0;
    let need: number;
    let cp: number;
    if (b0 < 0x80) {
      need = 0;
      cp = b0;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      cp = b0 & 0x0f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      cp = b0 & 0x07;
    } else return -1;
    // A sequence cut by the end of the segment (unpadded base64) ends the text there.
    if (k + need >= bytes.length) break;
    for (let t = 1; t <= need; t++) {
      const bt = bytes[k + t] ?? 0;
      if ((bt & 0xc0) !== 0x80) return -1;
      cp = (cp << 6) | (bt & 0x3f);
    }
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return -1;
    if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp < 0xa0) || cp === 0xfffd) return -1;
    if (cp === 0x20 || (cp >= 0x30 && cp <= 0x39) || isAsciiLetter(cp) || cp >= 0xc0) good++;
    units += cp > 0xffff ? 2 : 1;
    if (into !== null) {
      const s = bs[k] ?? 0;
      const e = be[k + need] ?? s + 1;
      if (cp > 0xffff) {
        into.push(0xd800 + ((cp - 0x10000) >> 10), s, e);
        into.push(0xdc00 + ((cp - 0x10000) & 0x3ff), s, e);
      } else into.push(cp, s, e);
    }
    k += need + 1;
  }
  walkGood = good;
  return units;
}

function decodeBase64(text: string): Builder | null {
  // Only maximal runs of >= MIN_B64_RUN characters can pass the length test below; the scan lists
  // them in text order, which is the order the runs were visited in when every run was.
  const runs = scanText(text).b64Runs;
  if (runs.length === 0) return null;
  const out = new Builder(0); // storage on first push: most candidates decode to nothing
  const n = text.length;
  for (const i of runs) {
    let j = i;
    while (j < n && isB64(text.charCodeAt(j))) j++;
    const runEnd = j;
    while (j < n && j - runEnd < 2 && text.charCodeAt(j) === 0x3d) j++;
    // Padding counts toward the minimum: 16 characters of base64 text, '=' included.
    if (j - i >= NORMALIZE_LIMITS.minBase64 && runEnd - i >= 8) {
      if (!tryBase64(text, i, runEnd, out)) {
        // "https://host/<base64>" : retry the pieces between slashes.
        let a = i;
        for (let k = i; k <= runEnd; k++) {
          if (k === runEnd || text.charCodeAt(k) === 0x2f) {
            if (k - a >= NORMALIZE_LIMITS.minBase64 && (a !== i || k !== runEnd)) tryBase64(text, a, k, out);
            a = k + 1;
          }
        }
      }
    }
  }
  return out.length > 0 ? out : null;
}

function tryBase64(text: string, from: number, to: number, out: Builder): boolean {
  let len = to - from;
  if (len % 4 === 1) len--;
  const data = Buffer.from(text.slice(from, from + len), 'base64');
  // Most runs are words that only look like base64: reject them before building the maps.
  if (!acceptsUtf8(data, 4)) return false;
  const bs = new Int32Array(data.length);
  const be = new Int32Array(data.length);
  for (let k = 0; k < data.length; k++) {
    // Byte k holds bits [8k, 8k+8); base64 char j holds bits [6j, 6j+6).
    bs[k] = from + Math.floor((8 * k) / 6);
    be[k] = from + Math.min(len, Math.ceil((8 * k + 8) / 6));
  }
  return appendUtf8(data, bs, be, out, 4);
}

/**
 * Where decodeHex's walk can produce output. The walk visits every backslash and every start of a
 * maximal ASCII alphanumeric word (positions inside a word or inside a decoded stretch are
 * stepped over), and decodes only at: a word of >= minHexDigits hex digits (contiguous run); a
 * word that is one token (`hh`, or `0xhh` / `0Xhh`); a backslash that starts a `\xhh` token
 * (hexToken: two hex digits not followed by an alphanumeric). Elsewhere it steps on.
 * INVARIANT: the 16 is NORMALIZE_LIMITS.minHexDigits (change both together).
 */
const HEX_START =
  /(?<![A-Za-z0-9])(?:[0-9A-Fa-f]{16,}(?![A-Za-z0-9])|[0-9A-Fa-f]{2}(?![A-Za-z0-9])|0[xX][0-9A-Fa-f]{2}(?![A-Za-z0-9]))|\\x[0-9A-Fa-f]{2}(?![A-Za-z0-9])/g;

function decodeHex(text: string): Builder | null {
  // Contiguous runs need F_HEX_RUN, `hh hh …` chains F_HEX_CHAIN, prefixed tokens a `\x` or `0x`.
  if (
    (scanText(text).flags & (F_HEX_RUN | F_HEX_CHAIN)) === 0 &&
    !text.includes('\\x') &&
    !text.includes('0x') &&
    !text.includes('0X')
  ) {
    return null;
  }
  let out: Builder | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next position where the walk below can decode something (HEX_START); every
    // position before it would only be stepped over.
    HEX_START.lastIndex = i;
    const next = HEX_START.exec(text);
    if (next === null) break;
    i = next.index;
    const c = text.charCodeAt(i);
    if ((c >= 128 || ((CLS[c] as number) & C_ALNUM) === 0) && c !== 0x5c) {
      i++;
      continue;
    }
    // i starts a word (the previous char is not alnum). Find its end.
    let j = i;
    let allHex = true;
    for (; j < n; j++) {
      const cj = text.charCodeAt(j);
      const k = cj < 128 ? (CLS[cj] as number) : 0;
      if ((k & C_ALNUM) === 0) break;
      if ((k & C_HEX) === 0) allHex = false;
    }
    if (c !== 0x5c && allHex && j - i >= NORMALIZE_LIMITS.minHexDigits) {
      // Contiguous hex run. Hex digits in pairs, as hexVal reads them; most runs (a hash, a word
      // like "deadbeef…") are rejected before the maps are built.
      const pairs = Buffer.from(text.slice(i, i + 2 * ((j - i) >> 1)), 'hex');
      if (acceptsUtf8(pairs, 4)) {
        const bytes: number[] = [];
        const bs: number[] = [];
        const be: number[] = [];
        for (let k = i; k + 1 < j; k += 2) {
          bytes.push(hexVal(text.charCodeAt(k)) * 16 + hexVal(text.charCodeAt(k + 1)));
          bs.push(k);
          be.push(k + 2);
        }
        if (appendUtf8(bytes, bs, be, (out ??= new Builder()), 4)) {
          i = j;
          continue;
        }
      }
    }
    // Tokens: `hh hh hh`, `\xhh\xhh`, `0xhh, 0xhh`. A token is a whole word of 2 (`hh`) or 4
    // (`0xhh`) characters, or starts at a backslash: hexToken() is null anywhere else.
    const first = c === 0x5c || j - i === 2 || j - i === 4 ? hexToken(text, i) : null;
    if (first !== null) {
      const bytes = [first.value];
      const bs = [i];
      const be = [first.end];
      let p = first.end;
      for (;;) {
        let q = p;
        const sep = text.charCodeAt(q);
        if (sep === 0x20 || sep === 0x2c || sep === 0x3a || sep === 0x2d) q++;
        if (sep === 0x2c && text.charCodeAt(q) === 0x20) q++;
        if (q === p && !first.prefixed) break;
        const t = hexToken(text, q);
        if (t === null || t.prefixed !== first.prefixed) break;
        bytes.push(t.value);
        bs.push(q);
        be.push(t.end);
        p = t.end;
      }
      if (bytes.length >= (first.prefixed ? 4 : NORMALIZE_LIMITS.minHexTokens) && appendUtf8(bytes, bs, be, (out ??= new Builder()), 4)) {
        i = p;
        continue;
      }
    }
    i = Math.max(j, i + 1);
  }
  return out !== null && out.length > 0 ? out : null;
}

/** One hex byte token at `at`: `hh`, `\xhh` or `0xhh`, not followed by another alnum. */
function hexToken(text: string, at: number): { value: number; end: number; prefixed: boolean } | null {
  let k = at;
  let prefixed = false;
  const c0 = text.charCodeAt(k);
  const c1 = text.charCodeAt(k + 1);
  if ((c0 === 0x5c && c1 === 0x78) || (c0 === 0x30 && (c1 === 0x78 || c1 === 0x58))) {
    k += 2;
    prefixed = true;
  }
  const h = hexVal(text.charCodeAt(k));
  const l = hexVal(text.charCodeAt(k + 1));
  if (h < 0 || l < 0) return null;
  if ((cls(text.charCodeAt(k + 2)) & C_ALNUM) !== 0) return null;
  return { value: h * 16 + l, end: k + 2, prefixed };
}

function isUrlDelimiter(c: number): boolean {
  return c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60;
}

function decodeUrl(text: string): Builder | null {
  const out = new Builder();
  let pct = text.indexOf('%');
  while (pct >= 0) {
    let a = pct;
    while (a > 0 && !isUrlDelimiter(text.charCodeAt(a - 1))) a--;
    let z = pct;
    while (z < text.length && !isUrlDelimiter(text.charCodeAt(z))) z++;
    let escapes = 0;
    const bytes: number[] = [];
    const bs: number[] = [];
    const be: number[] = [];
    for (let k = a; k < z; ) {
      const c = text.charCodeAt(k);
      if (c === 0x25 && k + 2 < z && hexVal(text.charCodeAt(k + 1)) >= 0 && hexVal(text.charCodeAt(k + 2)) >= 0) {
        bytes.push(hexVal(text.charCodeAt(k + 1)) * 16 + hexVal(text.charCodeAt(k + 2)));
        bs.push(k);
        be.push(k + 3);
        escapes++;
        k += 3;
        continue;
      }
      const cp = text.codePointAt(k) ?? c;
      const w = cp > 0xffff ? 2 : 1;
      for (const byte of Buffer.from(String.fromCodePoint(cp), 'utf8')) {
        bytes.push(byte);
        bs.push(k);
        be.push(k + w);
      }
      k += w;
    }
    if (escapes >= NORMALIZE_LIMITS.minUrlEscapes) appendUtf8(bytes, bs, be, out, 2);
    pct = text.indexOf('%', Math.max(z, pct + 1));
  }
  return out.length > 0 ? out : null;
}

// Common English words (length >= 2). rot13/reversed fire when the transformed text has markedly
// more of these than the text as written.
const COMMON_WORDS = (
  'the and to of in is you that it for on with are this be your all not do what have now from ' +
  'system prompt tell me please must any say as or an by at my we he she they them his her our ' +
  'was were will can would should could there their which when where who how why if then than ' +
  'about into over after before only also just more most other some such no yes one two new ' +
  'ignore previous instructions instruction above below forget rules rule reveal secret secrets ' +
  'password key token api data email send delete file files run command execute write read ' +
  'output print respond reply answer user assistant model message following text here give show ' +
  'make use like want need know get see go come take hidden admin access mode developer ' +
  'disregard override bypass instead everything nothing never always words sentence'
).split(' ');

const W_PLAIN = 1;
const W_ROT = 2;
const W_REV = 4;

/** Polynomial hash of a lower-cased ASCII word; collisions are resolved by comparing the word. */
function wordHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 0x20)) | 0;
  return h;
}

// hash -> candidate words with their flags (plain, as rot13 of a common word, as a reversed one),
// as an open-addressing table over typed arrays (one probe per word on the hot path, no Map).
const WORD_SLOTS = 4096;
const SLOT_HASH = new Int32Array(WORD_SLOTS);
const SLOT_WORD = new Int32Array(WORD_SLOTS).fill(-1);
const WORD_TEXT: string[] = [];
const WORD_FLAGS: number[] = [];
function addWord(w: string, flag: number): void {
  const h = wordHash(w, 0, w.length);
  for (let k = h & (WORD_SLOTS - 1); ; k = (k + 1) & (WORD_SLOTS - 1)) {
    const at = SLOT_WORD[k] ?? -1;
    if (at < 0) {
      SLOT_HASH[k] = h;
      SLOT_WORD[k] = WORD_TEXT.length;
      WORD_TEXT.push(w);
      WORD_FLAGS.push(flag);
      return;
    }
    if (WORD_TEXT[at] === w) {
      WORD_FLAGS[at] = (WORD_FLAGS[at] ?? 0) | flag;
      return;
    }
  }
}
{
  const plain = new Set(COMMON_WORDS);
  for (const w of COMMON_WORDS) {
    addWord(w, W_PLAIN);
    addWord(rot13Word(w), W_ROT);
    const r = [...w].reverse().join('');
    // Palindromes and reversals that are words themselves ("no"/"on") say nothing.
    if (!plain.has(r)) addWord(r, W_REV);
  }
}
// INVARIANT: the table stays under half full, so every probe sequence reaches an empty slot.
if (WORD_TEXT.length * 2 > WORD_SLOTS) throw new Error('normalize: word table too small');
const MAX_COMMON_LEN = COMMON_WORDS.reduce((m, w) => Math.max(m, w.length), 0);

// Filter over (length, first letter, last letter) of the words that are a rot13'd or reversed
// common word: a word outside it has neither flag, so the scan looks such words up only when the
// filter lets them through (a few per cent of English words). 1 = some such word has this shape.
function shapeIndex(len: number, first: number, last: number): number {
  return ((len - 2) * 26 + ((first | 0x20) - 0x61)) * 26 + ((last | 0x20) - 0x61);
}
const ROT_REV_SHAPE = new Uint8Array((MAX_COMMON_LEN - 1) * 26 * 26);
for (let k = 0; k < WORD_TEXT.length; k++) {
  const w = WORD_TEXT[k] ?? '';
  if (((WORD_FLAGS[k] ?? 0) & (W_ROT | W_REV)) !== 0) ROT_REV_SHAPE[shapeIndex(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
}

/** Flags of the word text[from, to) whose wordHash() is `h`. */
function wordFlags(text: string, from: number, to: number, h = wordHash(text, from, to)): number {
  const len = to - from;
  for (let k = h & (WORD_SLOTS - 1); ; k = (k + 1) & (WORD_SLOTS - 1)) {
    const at = SLOT_WORD[k] ?? -1;
    if (at < 0) return 0;
    if (SLOT_HASH[k] !== h) continue;
    const w = WORD_TEXT[at] ?? '';
    if (w.length !== len) continue;
    let same = true;
    for (let q = 0; q < len; q++) {
      if ((text.charCodeAt(from + q) | 0x20) !== w.charCodeAt(q)) {
        same = false;
        break;
      }
    }
    if (same) return WORD_FLAGS[at] ?? 0;
  }
}

function rot13Code(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return ((c - 0x61 + 13) % 26) + 0x61;
  if (c >= 0x41 && c <= 0x5a) return ((c - 0x41 + 13) % 26) + 0x41;
  return c;
}
function rot13Word(w: string): string {
  let s = '';
  for (let i = 0; i < w.length; i++) s += String.fromCharCode(rot13Code(w.charCodeAt(i)));
  return s;
}

interface SentenceStats {
  readonly from: number;
  readonly to: number;
  readonly plain: number;
  readonly rot: number;
  readonly rev: number;
  readonly words: number;
}

// ---------------------------------------------------------------------------------------------
// One scan per text, shared by despaced, leet and the decoders
//
// Most texts produce none of the despaced, leet, base64, hex, rot13 or reversed views, and each of
// those builders used to find that out with its own pass over the text. scanText() makes ONE pass
// that computes, per builder, a condition that every input on which the builder produces output
// satisfies (INVARIANT: each flag is a necessary condition of its builder's output, never an
// approximation the other way), plus the per-sentence word statistics rot13/reversed need. A
// builder whose flag is clear returns null at once; one whose flag is set runs exactly as before,
// so the views are the same either way.

/** A run of >= minSpacedLetters single-character tokens joined by gaps of 1–5 spacers. */
const F_DESPACED = 1;
/** A bounded "strong" leet word (see buildLeet). */
const F_LEET = 2;
/** A maximal ASCII alphanumeric word of >= minHexDigits characters, all hex: contiguous hex. */
const F_HEX_RUN = 4;
/** >= minHexTokens two-character hex words in a row, each pair joined by one hex separator. */
const F_HEX_CHAIN = 8;

// INVARIANT: decodeBase64 accepts a run only when j - i >= minBase64 with at most 2 '=' after it,
// so a maximal base64-alphabet run shorter than this never yields output.
const MIN_B64_RUN = NORMALIZE_LIMITS.minBase64 - 2;

interface TextScan {
  readonly flags: number;
  /** Starts of the maximal base64-alphabet runs of >= MIN_B64_RUN characters, in order. */
  readonly b64Runs: number[];
  /** Sentences where rot13'd or reversed common words occur twice or more (see sentenceStats). */
  readonly stats: SentenceStats[];
}

// Two-entry cache: the builders of one normalize() call read the scan of the base text, and leet
// may read the despaced text's in between. Pure function of the text, so a stale entry can never
// give a wrong answer.
let scanFor: string | null = null;
let scanCache: TextScan = { flags: 0, b64Runs: [], stats: [] };
let scanFor2: string | null = null;
let scanCache2: TextScan = scanCache;

function allHex(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((cls(text.charCodeAt(k)) & C_HEX) === 0) return false;
  return true;
}

/** Words of text[from, to) that are common words as written (sentenceStats' `plain`). */
function plainWords(text: string, from: number, to: number): number {
  let plain = 0;
  let k = from;
  while (k < to) {
    if ((cls(text.charCodeAt(k)) & C_LETTER) === 0) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < to && (cls(text.charCodeAt(j)) & C_LETTER) !== 0) j++;
    if (j - k >= 2 && j - k <= MAX_COMMON_LEN && (wordFlags(text, k, j) & W_PLAIN) !== 0) plain++;
    k = j;
  }
  return plain;
}

function isHexSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2c || c === 0x3a || c === 0x2d;
}

function scanText(text: string): TextScan {
  if (scanFor === text) return scanCache;
  if (scanFor2 === text) return scanCache2;
  const n = text.length;
  let flags = 0;
  const b64Runs: number[] = [];
  // Sentence statistics (split at newlines and . ! ? ;) over words of ASCII letters.
  const stats: SentenceStats[] = [];
  let from = 0;
  let rot = 0;
  let rev = 0;
  let words = 0;
  // Start of the current base64-alphabet run.
  let b64From = 0;
  // ASCII alphanumeric word length; end of the last two-character hex word; chain length.
  let aln = 0;
  let pairEnd = -8;
  let chain = 0;
  // Despaced: token length, spacers since the last token (99 = a non-spacer intervened), the gap
  // before the current token, and the length of the current chain of single-character tokens.
  let tok = 0;
  let gap = 99;
  let gapBefore = 99;
  let singles = 0;
  // Leet: start of the current run of letters and leet symbols, its counts, and whether a leet
  // symbol sits between two letters (phase 1 = a letter seen, 2 = a letter then a leet symbol).
  let lStart = -1;
  let letters = 0;
  let leet = 0;
  let phase = 0;
  let interior = false;
  // i === n is a virtual "\n" that closes every open run and the last sentence.
  let i = 0;
  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    const k = c < 128 ? (CLS[c] as number) : 0;
    if ((k & C_LETTER) !== 0) {
      // A run of ASCII letters [i, j) extends the base64, alphanumeric, token and leet runs as a
      // whole, so the inner loop only finds its end.
      let j = i + 1;
      for (; j < n; j++) {
        const cj = text.charCodeAt(j);
        if (cj >= 128 || ((CLS[cj] as number) & C_LETTER) === 0) break;
      }
      const len = j - i;
      if (len >= 2) {
        words++;
        if (len <= MAX_COMMON_LEN && ROT_REV_SHAPE[shapeIndex(len, c, text.charCodeAt(j - 1))] === 1) {
          const f = wordFlags(text, i, j);
          if (f & W_ROT) rot++;
          if (f & W_REV) rev++;
        }
      }
      aln += len;
      if (tok === 0) gapBefore = gap;
      tok += len;
      if (lStart < 0) {
        lStart = i;
        letters = leet = phase = 0;
        interior = false;
      }
      letters += len;
      if (phase === 2) interior = true;
      phase = 1;
      i = j;
      continue;
    }
    if ((k & C_SENT) !== 0) {
      if ((rot >= 2 || rev >= 2) && i - from >= 6) stats.push({ from, to: i, plain: plainWords(text, from, i), rot, rev, words });
      from = i + 1;
      rot = rev = words = 0;
    }
    if ((k & C_B64) === 0) {
      if (i - b64From >= MIN_B64_RUN) b64Runs.push(b64From);
      b64From = i + 1;
    }
    if ((k & C_ALNUM) !== 0) aln++;
    else if (aln > 0) {
      if (aln >= NORMALIZE_LIMITS.minHexDigits && allHex(text, i - aln, i)) flags |= F_HEX_RUN;
      if (aln === 2 && (CLS[text.charCodeAt(i - 1)] as number) & (CLS[text.charCodeAt(i - 2)] as number) & C_HEX) {
        const s = i - 2;
        const joined =
          (s - pairEnd === 1 && isHexSeparator(text.charCodeAt(s - 1))) ||
          (s - pairEnd === 2 && text.charCodeAt(s - 2) === 0x2c && text.charCodeAt(s - 1) === 0x20);
        chain = joined ? chain + 1 : 1;
        pairEnd = i;
        if (chain >= NORMALIZE_LIMITS.minHexTokens) flags |= F_HEX_CHAIN;
      }
      aln = 0;
    }
    if (c < 128 ? (k & C_ALNUM) !== 0 : isTokenChar(c)) {
      if (tok === 0) gapBefore = gap;
      tok++;
    } else {
      if (tok > 0) {
        if (tok === 1) {
          singles = singles > 0 && gapBefore >= 1 && gapBefore <= 5 ? singles + 1 : 1;
          if (singles >= NORMALIZE_LIMITS.minSpacedLetters) flags |= F_DESPACED;
        } else singles = 0;
        tok = 0;
        gap = 0;
      }
      gap = (k & C_SPACER) !== 0 || c === 0xb7 ? gap + 1 : 99;
    }
    if ((k & C_LEET) !== 0) {
      if (lStart < 0) {
        lStart = i;
        letters = leet = phase = 0;
        interior = false;
      }
      leet++;
      if (phase === 1) phase = 2;
    } else if (lStart >= 0) {
      if (
        (interior || (leet >= 2 && letters >= 2)) &&
        i - lStart <= 24 &&
        (lStart === 0 || (cls(text.charCodeAt(lStart - 1)) & C_ALNUM) === 0) &&
        (k & C_ALNUM) === 0
      ) {
        flags |= F_LEET;
      }
      lStart = -1;
    }
    i++;
  }
  scanFor2 = scanFor;
  scanCache2 = scanCache;
  scanFor = text;
  scanCache = { flags, b64Runs, stats };
  return scanCache;
}

/** Per sentence (split at newlines and . ! ? ;): common-word counts as written, rot13'd, reversed. */
function sentenceStats(text: string): SentenceStats[] {
  return scanText(text).stats;
}

function markedlyMore(hits: number, plain: number, words: number): boolean {
  return hits >= 2 && hits >= 2 * plain + 1 && hits * 3 >= words;
}

function decodeRot13(text: string): Builder | null {
  let out: Builder | null = null;
  for (const st of sentenceStats(text)) {
    if (!markedlyMore(st.rot, st.plain, st.words)) continue;
    out ??= new Builder();
    if (out.length > 0) out.separator();
    for (let k = st.from; k < st.to; k++) out.push(rot13Code(text.charCodeAt(k)), k, k + 1);
  }
  return out !== null && out.length > 0 ? out : null;
}

function decodeReversed(text: string): Builder | null {
  let out: Builder | null = null;
  for (const st of sentenceStats(text)) {
    if (!markedlyMore(st.rev, st.plain, st.words)) continue;
    const a = st.from;
    out ??= new Builder();
    if (out.length > 0) out.separator();
    let k = st.to - 1;
    while (k >= a) {
      const c = text.charCodeAt(k);
      if (c >= 0xdc00 && c <= 0xdfff && k - 1 >= a) {
        const h = text.charCodeAt(k - 1);
        if (h >= 0xd800 && h <= 0xdbff) {
          // Keep surrogate pairs in order so the reversed view stays well-formed.
          out.push(h, k - 1, k + 1);
          out.push(c, k - 1, k + 1);
          k -= 2;
          continue;
        }
      }
      out.push(c, k, k + 1);
      k--;
    }
    // Revision 7: the same segment with each word reversed in place ("erongi ruoy selur" ->
    // "ignore your rules"): an attack written word by word backwards keeps its word order, which
    // the whole-segment reversal above turns around. Runs of ASCII letters are reversed, every
    // other character stays where it is (each output character maps to its own original).
    out.separator();
    let w = a;
    while (w < st.to) {
      if ((cls(text.charCodeAt(w)) & C_LETTER) === 0) {
        out.push(text.charCodeAt(w), w, w + 1);
        w++;
        continue;
      }
      let e = w + 1;
      while (e < st.to && (cls(text.charCodeAt(e)) & C_LETTER) !== 0) e++;
      for (let q = e - 1; q >= w; q--) out.push(text.charCodeAt(q), q, q + 1);
      w = e;
    }
  }
  return out !== null && out.length > 0 ? out : null;
}

function runDecoder(name: DecodedName, text: string): Builder | null {
  switch (name) {
    case 'base64':
      return decodeBase64(text);
    case 'hex':
      return decodeHex(text);
    case 'url':
      return decodeUrl(text);
    case 'rot13':
      return decodeRot13(text);
    case 'reversed':
      return decodeReversed(text);
  }
}

/** Cheap pre-checks so clean prose skips decoders that cannot fire. */
function mayContain(name: DecodedName, text: string): boolean {
  switch (name) {
    case 'url':
      return text.includes('%');
    case 'base64':
    case 'hex':
    case 'rot13':
    case 'reversed':
      return text.length >= 6;
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Build the requested views of `text`. `raw` is always first; the others appear only when
 * requested (all when `opts.views` is absent) and useful.
 */
export function normalize(text: string, opts: NormalizeOptions = {}): TextView[] {
  const want = (v: ViewName): boolean => opts.views === undefined || opts.views.has(v);
  const raw = rawView(text);
  const views: TextView[] = [raw];
  if (text.length === 0) return views;
  const ascii = isAscii(text);

  const needBase =
    want('normalized') || want('despaced') || want('leet') || DECODERS.some((d) => want(d));
  let base: TextView = raw;
  if (needBase && !ascii) {
    const nb = buildNormalized(text);
    if (nb) {
      base = compose(nb, null, 'normalized', 0, false);
      if (want('normalized')) views.push(base);
    }
  }
  if (!ascii && want('tags')) {
    const tb = buildTags(text);
    if (tb) views.push(compose(tb, null, 'tags', 0, true));
  }
  if (want('comment')) {
    const cb = buildComment(text);
    if (cb) views.push(compose(cb, null, 'comment', 0, true));
  }
  if (want('despaced') || want('leet')) {
    const db = buildDespaced(base.text, base instanceof RawView ? null : base);
    const desp = db ? compose(db, null, 'despaced', 0, false) : null;
    if (desp && want('despaced')) views.push(desp);
    if (want('leet')) {
      const src = desp ?? base;
      const words = buildLeet(src.text, desp === null);
      if (words) views.push(leetView(src, words));
    }
  }
  if (DECODERS.some((d) => want(d))) {
    const budget: Budget = { left: Math.min(NORMALIZE_LIMITS.maxDecodedChars, NORMALIZE_LIMITS.maxExpansion * text.length) };
    let level: { view: TextView; by: DecodedName | null }[] = [{ view: base, by: null }];
    for (let depth = 1; depth <= NORMALIZE_LIMITS.maxDepth && level.length > 0 && budget.left > 0; depth++) {
      const next: { view: TextView; by: DecodedName }[] = [];
      for (const { view, by } of level) {
        for (const d of DECODERS) {
          // rot13 and reversal are involutions: applying one to its own output undoes it.
          if ((d === 'rot13' || d === 'reversed') && by === d) continue;
          if (!mayContain(d, view.text)) continue;
          const b = runDecoder(d, view.text);
          if (!b || b.length > budget.left) continue;
          budget.left -= b.length;
          const v = compose(b, view, d, depth, true);
          next.push({ view: v, by: d });
          if (want(d)) views.push(v);
        }
      }
      level = next;
    }
  }
  return views;
}
