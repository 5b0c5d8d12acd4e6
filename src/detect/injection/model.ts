// The learned half of the injection / jailbreak detectors: a hashed n-gram featurizer and a
// logistic-regression scorer, shared by inference (src/detect/injection, src/detect/jailbreak.ts)
// and by training (scripts/train-injection.ts) so both see exactly the same features.
//
// Features, per window of text (lower-cased): character 3-, 4- and 5-grams, word unigrams and word
// bigrams, plus one direction token. Each is hashed (FNV-1a, 32 bit) into 2^bits buckets; the value
// of every occurrence is 1/sqrt(n) (n = features in the window), so long and short windows are on
// one scale. Weights are int8-quantized (one scale per head) and stored base64 in
// models/injection.json.
//
// Misses: anything that needs word order beyond bigrams or meaning (a paraphrase in an unseen
// language with no shared character n-grams scores near the bias). The rules in rules.ts carry
// the multilingual signal; the model carries style.
//
// Cost: O(window) per window, windows of WINDOW chars with stride STRIDE, so O(n) per text with a
// constant of about 2 × (8 hash steps per char). No allocation per feature: ids go into a reused
// scratch buffer. scoreText (inference) is bound by memory, not hashing: ~3.5 random weight
// reads per character, so both heads' weights sit in one interleaved byte table (512 KB, see
// paired()); ~65 µs CPU per 2 KB on the shared dev machine (was ~150 µs with two Float32 tables).
// A text that starts like the previous one (the `normalized` view right after the raw view)
// resumes the pass a few units before the first difference (resumeAt), bit-identical.
//
// Short-text shrinkage: a window with few features gives a logit built from a handful of weights,
// which is noise, not evidence ("What is your name?" scored 0.98 before this). The feature part
// is shrunk toward the head's benign prior by the amount of evidence:
//   z = prior + (bias + Σw·v − prior) · min(1, n / evidenceK),
// n = features in the window (tool results count each feature twice, so halved); prior = the
// median raw logit of the dev benign rows (what "no evidence either way" looks like for a typical
// benign text; NOT the bias, which class balancing puts at the decision boundary). prior and
// evidenceK are stored in the model file and fitted on the dev split by train-injection.ts;
// evidenceK is where the model is fully trusted.
// Short real attacks keep their score through the rules' floors (score.ts), not the model.
//
// Failure mode: a missing or malformed weights file makes `loadModel` throw; the detectors catch
// that at first use and throw from `detect`, which the pipeline turns into a fail-closed block.
//
// INVARIANT: featurize() is deterministic and identical for training and inference; changing it
// requires retraining (the model file records FEATURIZER_VERSION and loading checks it).

import { readFileSync } from 'node:fs';

export const FEATURIZER_VERSION = 'ngram-v3';
export const MODEL_FORMAT = 'pavise-injection-lr/1';
/** Window length in UTF-16 units; the longest span a model finding can report. */
export const WINDOW = 1024;
/** Distance between window starts: windows overlap by half so a phrase is never cut in both. */
export const STRIDE = 512;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Different offsets keep character n-grams, words and bigrams in separate hash families.
const CHAR_SALT = FNV_OFFSET;
const WORD_SALT = 0x9e3779b9 | 0;
const BIGRAM_SALT = 0x85ebca6b | 0;
// Tool results get every feature twice: shared, and re-hashed with this salt ("domain
// augmentation"), so the model can learn that an imperative inside a document is suspicious
// without learning that every imperative a user types is.
const AUG_SALT = 0x5bd1e995 | 0;
function aug(h: number, mask: number): number {
  return (Math.imul(h ^ AUG_SALT, FNV_PRIME) >>> 0) & mask;
}

export type Direction = 'input' | 'output' | 'tool_result';

function isWordChar(c: number): boolean {
  // ASCII letters/digits, apostrophe-free; everything non-ASCII that is not a space or common
  // punctuation counts as a word character (CJK runs become one token; char n-grams cover them).
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3001 && c <= 0x3003) || c === 0xff0c || c === 0xff1a || c === 0xff01 || c === 0xff1f) return false;
  return true;
}

function dirToken(dir: Direction): number {
  let h = 0x27d4eb2f;
  const s = dir;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
const DIR_HASH: Record<Direction, number> = {
  input: dirToken('input'),
  output: dirToken('output'),
  tool_result: dirToken('tool_result'),
};

/** Upper bound on features one window can emit: (3 char grams + 2 word features) × 2 + 1. */
export function maxFeatures(windowLen: number): number {
  return 10 * windowLen + 8;
}

function wordHash(lower: string, start: number): number {
  let h = WORD_SALT;
  for (let i = start, len = 0; i < lower.length && isWordChar(lower.charCodeAt(i)); i++, len++) {
    if (len < 32) h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
  }
  return h;
}

function isWordStart(lower: string, i: number): boolean {
  return isWordChar(lower.charCodeAt(i)) && (i === 0 || !isWordChar(lower.charCodeAt(i - 1)));
}

/**
 * Write the hashed feature ids of the window [start, end) of `lower` into `out`; return the count.
 * A window's features are those that START inside it: character 3..5-grams at every position
 * (they may run past `end`), every word that starts inside (hashed whole) with its bigram with the
 * word before it (wherever that is), and the direction token. This definition makes a window's
 * sum a difference of prefix sums, which is how scoreText() computes it in one pass.
 * `lower` must already be lower-cased; `out` must hold maxFeatures(end - start).
 */
export function featurize(lower: string, start: number, end: number, dir: Direction, mask: number, out: Int32Array): number {
  let n = 0;
  const len = lower.length;
  const doc = dir === 'tool_result';
  for (let i = start; i < end; i++) {
    let h = CHAR_SALT;
    const lim = Math.min(5, len - i);
    for (let k = 0; k < lim; k++) {
      h = Math.imul(h ^ lower.charCodeAt(i + k), FNV_PRIME);
      if (k >= 2) {
        out[n++] = (h >>> 0) & mask;
        if (doc) out[n++] = aug(h, mask);
      }
    }
  }
  // The predecessor of the first word inside the window (for its bigram): the word `start`
  // cuts, if it cuts one, else the last word before `start`.
  let prev = 0;
  let havePrev = false;
  if (start > 0 && start < len && isWordChar(lower.charCodeAt(start)) && isWordChar(lower.charCodeAt(start - 1))) {
    let k = start;
    while (k > 0 && isWordChar(lower.charCodeAt(k - 1))) k--;
    prev = wordHash(lower, k);
    havePrev = true;
  } else {
    let j = start - 1;
    while (j >= 0 && !isWordChar(lower.charCodeAt(j))) j--;
    if (j >= 0) {
      while (j > 0 && isWordChar(lower.charCodeAt(j - 1))) j--;
      prev = wordHash(lower, j);
      havePrev = true;
    }
  }
  for (let i = start; i < end; i++) {
    if (!isWordStart(lower, i)) continue;
    const h = wordHash(lower, i);
    out[n++] = (h >>> 0) & mask;
    if (doc) out[n++] = aug(h, mask);
    if (havePrev) {
      const hb = Math.imul(prev ^ BIGRAM_SALT, FNV_PRIME) ^ h;
      out[n++] = (hb >>> 0) & mask;
      if (doc) out[n++] = aug(hb, mask);
    }
    prev = h;
    havePrev = true;
  }
  out[n++] = (DIR_HASH[dir] >>> 0) & mask;
  return n;
}

/** The start offsets of the windows that cover a text of length `len`. */
export function windowStarts(len: number): number[] {
  if (len <= WINDOW) return [0];
  const starts: number[] = [];
  for (let s = 0; ; s += STRIDE) {
    if (s + WINDOW >= len) {
      starts.push(Math.max(0, len - WINDOW));
      break;
    }
    starts.push(s);
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------
// Model file

export interface HeadFile {
  readonly name: string;
  readonly bias: number;
  /** Dequantization scale: weight = int8 × scale. */
  readonly scale: number;
  /** base64 of an Int8Array of length 2^bits. */
  readonly weights: string;
  /** Benign prior logit for short-text shrinkage (absent = bias). */
  readonly prior?: number;
  /**
   * Calibration per direction: score = sigmoid(slope × (z − z0) + logit(anchor)). z0 is the raw
   * logit chosen on the dev split for that direction; anchor is the guard threshold it maps to.
   */
  readonly calibration: Readonly<Record<Direction, { readonly z0: number; readonly slope: number; readonly anchor: number }>>;
}

export interface ModelFile {
  readonly format: string;
  readonly version: string;
  readonly featurizer: string;
  readonly bits: number;
  readonly window: number;
  readonly stride: number;
  readonly heads: readonly HeadFile[];
  readonly provenance: unknown;
  readonly metrics?: unknown;
  /** Short-text shrinkage constant (see the header); absent = 0 = none. */
  readonly evidenceK?: number;
}

export interface Head {
  readonly name: string;
  readonly bias: number;
  readonly prior: number;
  readonly weights: Float32Array;
  readonly calibration: HeadFile['calibration'];
}

export interface Model {
  readonly version: string;
  /** Features at which the model's evidence is fully trusted (0 = no shrinkage). */
  readonly evidenceK: number;
  readonly bits: number;
  readonly mask: number;
  readonly heads: readonly Head[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Validate and decode a parsed model file. Throws on any mismatch (fail closed). */
export function decodeModel(json: unknown): Model {
  if (!isRecord(json)) throw new Error('model: not an object');
  if (json.format !== MODEL_FORMAT) throw new Error('model: unknown format');
  if (json.featurizer !== FEATURIZER_VERSION) throw new Error('model: featurizer mismatch');
  if (json.window !== WINDOW || json.stride !== STRIDE) throw new Error('model: window mismatch');
  const bits = json.bits;
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 10 || bits > 22) throw new Error('model: bad bits');
  const size = 1 << bits;
  const headsIn = json.heads;
  if (!Array.isArray(headsIn) || headsIn.length === 0 || headsIn.length > 2) throw new Error('model: need 1 or 2 heads');
  const heads: Head[] = [];
  for (const h of headsIn as unknown[]) {
    if (!isRecord(h)) throw new Error('model: bad head');
    const { name, bias, scale, weights, calibration } = h;
    const prior = h.prior ?? bias;
    if (typeof prior !== 'number' || !Number.isFinite(prior)) throw new Error('model: bad prior');
    if (typeof name !== 'string' || typeof bias !== 'number' || typeof scale !== 'number' || typeof weights !== 'string' || !isRecord(calibration)) {
      throw new Error('model: bad head fields');
    }
    const raw = Buffer.from(weights, 'base64');
    if (raw.length !== size) throw new Error('model: weight size mismatch');
    const w = new Float32Array(size);
    for (let i = 0; i < size; i++) w[i] = ((raw[i] ?? 0) << 24 >> 24) * scale;
    for (const d of ['input', 'output', 'tool_result'] as const) {
      const c = calibration[d];
      if (!isRecord(c) || typeof c.z0 !== 'number' || typeof c.slope !== 'number' || typeof c.anchor !== 'number') {
        throw new Error('model: bad calibration');
      }
    }
    heads.push({ name, bias, prior, weights: w, calibration: calibration as HeadFile['calibration'] });
  }
  const k = json.evidenceK ?? 0;
  if (typeof k !== 'number' || !Number.isFinite(k) || k < 0 || k > 1e6) throw new Error('model: bad evidenceK');
  return { version: typeof json.version === 'string' ? json.version : 'unknown', evidenceK: k, bits, mask: size - 1, heads };
}

export const MODEL_URL = new URL('../../../models/injection.json', import.meta.url);

let cached: Model | Error | undefined;

/**
 * The shipped model, read once from models/injection.json (same relative path from src/ and
 * dist/). Throws (every call) if it cannot be loaded.
 */
export function loadModel(): Model {
  if (cached === undefined) {
    try {
      cached = decodeModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as unknown);
    } catch (err) {
      cached = err instanceof Error ? err : new Error('model: load failed');
    }
  }
  if (cached instanceof Error) throw cached;
  return cached;
}

// ---------------------------------------------------------------------------------------------
// Inference

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

// Reused prefix-sum buffers (grown on demand). INVARIANT: scoreText is synchronous, so no two
// calls share them at once.
let prefix = new Float64Array(0);
let counts = new Int32Array(0);
let codes = new Int32Array(0);

// What the buffers above hold: the pass over a text of lastLen units for lastModel / lastDir.
let lastModel: Model | undefined;
let lastDir: Direction | undefined;
let lastLen = 0;

/**
 * Where a pass over `lower` can resume from the previous pass (whose codes are still in `codes`):
 * 0, or a position `from` such that every feature starting before it is the same in both texts.
 * A feature starting at i reads units i..i+4, and a word starting at i reads its word up to the
 * first non-word unit: with d the first differing unit, `from` ≤ d − 4 (so i + 4 < d) and
 * T[from − 1] a non-word unit (so every word starting before `from` ends before it) is enough.
 * The bigram of the first word at or after `from` needs the last word before it, which
 * resumption re-hashes. (model-reuse.test.ts fails with d − 2 or without the word rule.)
 */
function resumeAt(lower: string, prevLen: number): number {
  const n = Math.min(lower.length, prevLen);
  let d = 0;
  while (d < n && lower.charCodeAt(d) === codes[d]) d++;
  let k = d - 4;
  while (k > 0 && isWordChar(codes[k - 1] ?? 0)) k--;
  return Math.max(0, k);
}

/** Evidence factor for a window of n features (including the direction token); see the header. */
export function evidence(model: Model, n: number, dir: Direction): number {
  if (model.evidenceK <= 0) return 1;
  const m = dir === 'tool_result' ? (n - 1) / 2 : n - 1;
  return Math.min(1, Math.max(0, m) / model.evidenceK);
}

/** Max raw logit over windows, per head, and where. */
export interface WindowScore {
  /** Max raw logit over windows, per head (each head maximized independently). */
  readonly z: Float64Array;
  /** Start of the best window, per head. */
  readonly at: Int32Array;
  readonly windowLen: number;
}

// The two heads' weights as one interleaved table of small codes ([q0, q1] at 2·id) plus one
// lookup table of values per head, built once per model. The shipped weights are int8-quantized
// (≤ 256 distinct values per head), so the table is one byte per weight: 2 × 256 KB instead of
// 2 × 1 MB of Float32, which keeps the (random, memory-bound) feature lookups in L2 and reads one
// cache line per feature for both heads. The values come from the Float32 weights themselves, so
// every sum is bit-identical to summing `head.weights`. A model with more distinct values
// (training builds unquantized ones) gets 32-bit codes: same sums, just no memory saving.
interface Paired {
  readonly q: Uint8Array | Uint32Array;
  readonly l0: Float32Array;
  readonly l1: Float32Array;
}
const PAIRED = new WeakMap<Model, Paired>();
function codesOf(w: Float32Array): { codes: Uint32Array; values: Float32Array } {
  const index = new Map<number, number>();
  const values: number[] = [];
  const codes = new Uint32Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const v = w[i] ?? 0;
    // Object.is keeps -0 apart from +0 (a Map would merge them); the sums must stay identical.
    const key = v === 0 && Object.is(v, -0) ? Number.NaN : v;
    let k = index.get(key);
    if (k === undefined) {
      k = values.length;
      index.set(key, k);
      values.push(v);
    }
    codes[i] = k;
  }
  return { codes, values: Float32Array.from(values) };
}
function paired(model: Model, mask: number): Paired {
  let p = PAIRED.get(model);
  if (p) return p;
  const w0 = model.heads[0]?.weights ?? new Float32Array(mask + 1);
  const a = codesOf(w0);
  const b = model.heads[1] ? codesOf(model.heads[1].weights) : a;
  const small = a.values.length <= 256 && b.values.length <= 256;
  const q = small ? new Uint8Array(2 * (mask + 1)) : new Uint32Array(2 * (mask + 1));
  for (let i = 0; i <= mask; i++) {
    q[2 * i] = a.codes[i] ?? 0;
    q[2 * i + 1] = b.codes[i] ?? 0;
  }
  p = { q, l0: a.values, l1: b.values };
  PAIRED.set(model, p);
  return p;
}

/**
 * Score a (lower-cased) text: every window, every head; max per head. One pass computes, per
 * position, the summed weights of the features starting there (prefix sums), so each window is
 * O(1) and the whole text O(n) whatever the stride. Equal to featurize() + dot product per window.
 */
export function scoreText(model: Model, lower: string, dir: Direction): WindowScore {
  const nh = model.heads.length;
  const len = lower.length;
  const mask = model.mask;
  const doc = dir === 'tool_result';
  // A text that starts like the previous one (the `normalized` view after the raw view) resumes
  // from the previous pass's prefix sums: see resumeAt. Growing a buffer loses them.
  let from = 0;
  const fits = prefix.length >= (len + 1) * 2 && counts.length >= len + 1 && codes.length >= len + 5;
  if (fits && lastModel === model && lastDir === dir) from = resumeAt(lower, lastLen);
  if (prefix.length < (len + 1) * 2) prefix = new Float64Array(Math.max((len + 1) * 2, 4096));
  if (counts.length < len + 1) counts = new Int32Array(Math.max(len + 1, 4096));
  if (codes.length < len + 5) codes = new Int32Array(Math.max(len + 5, 4096));
  const P = prefix;
  const C = counts;
  const { q: Q, l0: L0, l1: L1 } = paired(model, mask);
  // Character codes once (charCodeAt five times per position otherwise).
  const T = codes;
  for (let i = from; i < len; i++) T[i] = lower.charCodeAt(i);
  lastModel = model;
  lastDir = dir;
  lastLen = len;
  // One pass: per position, the summed weights of the features starting there (same order as
  // featurize(), so the float sums are bit-identical to featurize() + dot product), then the
  // running prefix. Each feature reads both heads' weights from one cache line. (Written out,
  // not through a helper closure: V8 keeps a closure's captured accumulators in memory, which
  // measured ~1.5x slower.)
  // INVARIANT: P holds two sums per position whatever nh is (head 1 mirrors head 0 when the
  // model has one head; its column is then never read).
  P[0] = 0;
  P[1] = 0;
  C[0] = 0;
  // The running state at `from` (all zero at 0): the sums so far, and the last word before it
  // (INVARIANT (resumeAt): T[from − 1] is not a word character, so no word crosses `from`).
  let p0 = P[2 * from] ?? 0;
  let p1 = P[2 * from + 1] ?? 0;
  let c = C[from] ?? 0;
  let prevWord = 0;
  let havePrev = false;
  let prevIsWord = false;
  if (from > 0) {
    let j = from - 1;
    while (j >= 0 && !isWordChar(T[j] as number)) j--;
    if (j >= 0) {
      while (j > 0 && isWordChar(T[j - 1] as number)) j--;
      let hw = WORD_SALT;
      for (let q = j, wl = 0; q < from; q++, wl++) {
        const cq = T[q] as number;
        if (!isWordChar(cq)) break;
        if (wl < 32) hw = Math.imul(hw ^ cq, FNV_PRIME);
      }
      prevWord = hw;
      havePrev = true;
    }
  }
  for (let i = from; i < len; i++) {
    let a0 = 0;
    let a1 = 0;
    let cnt = 0;
    let id = 0;
    const c0 = T[i] as number;
    const isWord = isWordChar(c0);
    const wordStart = isWord && !prevIsWord;
    prevIsWord = isWord;
    // Character 3-, 4- and 5-grams starting at i (FNV-1a over the codes, as featurize()).
    let hc = Math.imul(CHAR_SALT ^ c0, FNV_PRIME);
    if (i + 2 < len) {
      hc = Math.imul(hc ^ (T[i + 1] as number), FNV_PRIME);
      hc = Math.imul(hc ^ (T[i + 2] as number), FNV_PRIME);
      id = ((hc >>> 0) & mask) << 1;
      a0 += L0[Q[id] as number] as number;
      a1 += L1[Q[id + 1] as number] as number;
      cnt++;
      if (doc) {
        id = aug(hc, mask) << 1;
        a0 += L0[Q[id] as number] as number;
        a1 += L1[Q[id + 1] as number] as number;
        cnt++;
      }
      if (i + 3 < len) {
        hc = Math.imul(hc ^ (T[i + 3] as number), FNV_PRIME);
        id = ((hc >>> 0) & mask) << 1;
        a0 += L0[Q[id] as number] as number;
        a1 += L1[Q[id + 1] as number] as number;
        cnt++;
        if (doc) {
          id = aug(hc, mask) << 1;
          a0 += L0[Q[id] as number] as number;
          a1 += L1[Q[id + 1] as number] as number;
          cnt++;
        }
        if (i + 4 < len) {
          hc = Math.imul(hc ^ (T[i + 4] as number), FNV_PRIME);
          id = ((hc >>> 0) & mask) << 1;
          a0 += L0[Q[id] as number] as number;
          a1 += L1[Q[id + 1] as number] as number;
          cnt++;
          if (doc) {
            id = aug(hc, mask) << 1;
            a0 += L0[Q[id] as number] as number;
            a1 += L1[Q[id + 1] as number] as number;
            cnt++;
          }
        }
      }
    }
    if (wordStart) {
      // The word (first 32 units hashed, as wordHash()) and its bigram with the previous word.
      let hw = WORD_SALT;
      for (let j = i, wl = 0; j < len; j++, wl++) {
        const cj = T[j] as number;
        if (!isWordChar(cj)) break;
        if (wl < 32) hw = Math.imul(hw ^ cj, FNV_PRIME);
      }
      id = ((hw >>> 0) & mask) << 1;
      a0 += L0[Q[id] as number] as number;
      a1 += L1[Q[id + 1] as number] as number;
      cnt++;
      if (doc) {
        id = aug(hw, mask) << 1;
        a0 += L0[Q[id] as number] as number;
        a1 += L1[Q[id + 1] as number] as number;
        cnt++;
      }
      if (havePrev) {
        const hb = Math.imul(prevWord ^ BIGRAM_SALT, FNV_PRIME) ^ hw;
        id = ((hb >>> 0) & mask) << 1;
        a0 += L0[Q[id] as number] as number;
        a1 += L1[Q[id + 1] as number] as number;
        cnt++;
        if (doc) {
          id = aug(hb, mask) << 1;
          a0 += L0[Q[id] as number] as number;
          a1 += L1[Q[id + 1] as number] as number;
          cnt++;
        }
      }
      prevWord = hw;
      havePrev = true;
    }
    c += cnt;
    p0 += a0;
    p1 += a1;
    C[i + 1] = c;
    P[2 * i + 2] = p0;
    P[2 * i + 3] = p1;
  }
  // INVARIANT: at most two heads are summed in the pass above (the model has `injection` and
  // `jailbreak`); decodeModel rejects more.
  const z = new Float64Array(nh).fill(-Infinity);
  const at = new Int32Array(nh);
  const dirId = (DIR_HASH[dir] >>> 0) & mask;
  for (const s of windowStarts(len)) {
    const e = Math.min(len, s + WINDOW);
    const n = (C[e] ?? 0) - (C[s] ?? 0) + 1;
    const v = 1 / Math.sqrt(n);
    const f = evidence(model, n, dir);
    for (let h = 0; h < nh; h++) {
      const head = model.heads[h];
      if (!head) continue;
      const sum = (P[2 * e + h] ?? 0) - (P[2 * s + h] ?? 0) + (head.weights[dirId] ?? 0);
      const zz = head.prior + (head.bias + sum * v - head.prior) * f;
      if (zz > (z[h] ?? -Infinity)) {
        z[h] = zz;
        at[h] = s;
      }
    }
  }
  return { z, at, windowLen: Math.min(WINDOW, len) };
}

let windowBuf = new Int32Array(maxFeatures(WINDOW));

/**
 * Score one window [start, start + WINDOW) only (O(WINDOW)): used where the whole text need not
 * be read, e.g. around a rule hit in a folded view. Same features as scoreText's windows.
 */
export function scoreWindow(model: Model, lower: string, start: number, dir: Direction): WindowScore {
  const s = Math.max(0, Math.min(start, lower.length - WINDOW));
  const e = Math.min(lower.length, s + WINDOW);
  if (windowBuf.length < maxFeatures(e - s)) windowBuf = new Int32Array(maxFeatures(e - s));
  const n = featurize(lower, s, e, dir, model.mask, windowBuf);
  const v = 1 / Math.sqrt(n);
  const f = evidence(model, n, dir);
  const nh = model.heads.length;
  const z = new Float64Array(nh);
  const at = new Int32Array(nh).fill(s);
  for (let h = 0; h < nh; h++) {
    const head = model.heads[h];
    if (!head) continue;
    let acc = 0;
    for (let j = 0; j < n; j++) acc += head.weights[windowBuf[j] ?? 0] ?? 0;
    z[h] = head.prior + (head.bias + acc * v - head.prior) * f;
  }
  return { z, at, windowLen: e - s };
}

/** Map a raw logit to the calibrated 0..1 score for a direction. */
export function calibrate(head: Head, z: number, dir: Direction): number {
  const c = head.calibration[dir];
  return sigmoid(c.slope * (z - c.z0) + logit(c.anchor));
}

// Load at import, not on the first request: decoding the weights takes milliseconds that would
// otherwise count against the first detection's time budget. An error is kept and re-thrown by
// loadModel() (fail closed at use, not a crash at import).
try {
  scoreText(loadModel(), 'warm up', 'input');
} catch {
  // loadModel() caches the error; detect() will throw it.
}
