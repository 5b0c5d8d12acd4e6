// The "deep" half of the wide-and-deep injection model (model.ts is the wide half): an
// embedding bag over the same hashed n-gram features the linear part reads, one hidden ReLU
// layer, and a linear read-out per head that is added to that head's linear logit.
//
//   a_j   = b1_j + v · scale_j · Σ_{features f in the window} E[f & deepMask][j]    (v = 1/√n)
//   hid_j = max(0, a_j)
//   z_h  += Σ_j out[h][j] · hid_j
//
// The table E is int8 (one dequantization scale per hidden unit), (2^deepBits) × H, row-major,
// so one feature reads H consecutive bytes. Feature ids are the linear model's ids masked down
// (INVARIANT: deepBits ≤ the model's bits, so `id & deepMask` of a linear id is the deep id of the
// same hashed feature). Sums of int8 values are exact integers (Int32), so any split of a window
// into segments gives bit-identical sums: scoreText (segments between window boundaries) and
// scoreWindow (one window) agree exactly.
//
// Why: a linear model cannot require two pieces of evidence at once ("addressed to an AI" AND
// "inside data"; "harmful goal" AND "framing"); a hidden layer can.
// Misses: the same as the linear part (bag of n-grams, no word order beyond bigrams).
// Cost: H byte reads and adds per feature the bag reads (all features: ≈ 3 per character on user
// input, 6 in tool results; words only: ≈ 0.3 per character), then O(H × heads) per window, and
// a random table row per feature (cache misses: the table competes with the linear part's
// 512 KB). Measured, scoreText CPU per 2 KB user prompt, best of 40 passes, in-process A/B, load
// 6-8: linear part alone 84-94 µs; + words-only bag 2^14 × 16: 126-142 µs; 2^14 × 32: 222-278 µs;
// all features 2^14 × 16: 271-345 µs. Memory: 2^deepBits × H bytes (256 KB at 2^14 × 16).
// Status: experimental. Trained on the same data, it did not beat the linear model at matched
// false-positive rates on the dev split, blind v5 or the test split (scripts/compare-injection-
// models.ts; session 5), at 1.5-3x its CPU; the shipped model is linear.
// Failure mode: a malformed deep section makes decodeDeep throw; model.ts's loadModel keeps the
// error and the detectors fail closed.

export interface Deep {
  readonly bits: number;
  readonly mask: number;
  /** Hidden units H. */
  readonly hidden: number;
  /** (mask + 1) × hidden int8 codes, row-major. */
  readonly table: Int8Array;
  /** Per hidden unit: weight = code × scale. */
  readonly scale: Float64Array;
  readonly b1: Float64Array;
  /** heads × hidden read-out weights. */
  readonly out: Float64Array;
  readonly heads: number;
  /** Which features the bag reads: all of the linear part's, or only words and word bigrams. */
  readonly features: 'all' | 'words';
}

export interface DeepFile {
  readonly bits: number;
  readonly hidden: number;
  readonly activation: 'relu';
  /** Absent = 'all'. */
  readonly features?: 'all' | 'words';
  readonly scale: readonly number[];
  readonly b1: readonly number[];
  /** One array of `hidden` weights per head, in the model's head order. */
  readonly out: readonly (readonly number[])[];
  /** base64 of an Int8Array of length 2^bits × hidden. */
  readonly table: string;
}

const MAX_HIDDEN = 64;

function finiteArray(x: unknown, len: number, what: string): Float64Array {
  if (!Array.isArray(x) || x.length !== len) throw new Error(`model: bad deep ${what}`);
  const out = new Float64Array(len);
  x.forEach((v: unknown, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`model: bad deep ${what}`);
    out[i] = v;
  });
  return out;
}

/** Validate and decode the `deep` section of a model file (heads = the model's head count). */
export function decodeDeep(json: unknown, heads: number, modelBits: number): Deep {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('model: bad deep section');
  const d = json as Record<string, unknown>;
  const { bits, hidden, activation, table } = d;
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 8 || bits > modelBits) throw new Error('model: bad deep bits');
  if (typeof hidden !== 'number' || !Number.isInteger(hidden) || hidden < 1 || hidden > MAX_HIDDEN) throw new Error('model: bad deep hidden');
  if (activation !== 'relu') throw new Error('model: unknown deep activation');
  const features = d.features ?? 'all';
  if (features !== 'all' && features !== 'words') throw new Error('model: unknown deep features');
  if (typeof table !== 'string') throw new Error('model: bad deep table');
  const raw = Buffer.from(table, 'base64');
  const size = (1 << bits) * hidden;
  if (raw.length !== size) throw new Error('model: deep table size mismatch');
  const t = new Int8Array(size);
  t.set(new Int8Array(raw.buffer, raw.byteOffset, raw.length));
  const outIn = d.out;
  if (!Array.isArray(outIn) || outIn.length !== heads) throw new Error('model: bad deep out');
  const out = new Float64Array(heads * hidden);
  outIn.forEach((row: unknown, h) => out.set(finiteArray(row, hidden, 'out'), h * hidden));
  return {
    bits, mask: (1 << bits) - 1, hidden, table: t, heads, out, features,
    scale: finiteArray(d.scale, hidden, 'scale'),
    b1: finiteArray(d.b1, hidden, 'b1'),
  };
}

/**
 * Add the table rows of features ids[from..to) into acc (length hidden). Ids are linear-model ids
 * shifted left by `shift` (scoreText records pair-table ids, id << 1); masked here. Integer adds:
 * exact whatever the order.
 */
export function addRows(deep: Deep, ids: Int32Array, from: number, to: number, acc: Int32Array, shift: number): void {
  const H = deep.hidden;
  const T = deep.table;
  const mask = deep.mask;
  if (H === 16) {
    // The shipped size, unrolled: the sixteen accumulators stay in registers.
    let s0 = acc[0] as number, s1 = acc[1] as number, s2 = acc[2] as number, s3 = acc[3] as number;
    let s4 = acc[4] as number, s5 = acc[5] as number, s6 = acc[6] as number, s7 = acc[7] as number;
    let s8 = acc[8] as number, s9 = acc[9] as number, s10 = acc[10] as number, s11 = acc[11] as number;
    let s12 = acc[12] as number, s13 = acc[13] as number, s14 = acc[14] as number, s15 = acc[15] as number;
    for (let k = from; k < to; k++) {
      const b = (((ids[k] as number) >>> shift) & mask) << 4;
      s0 += T[b] as number; s1 += T[b + 1] as number; s2 += T[b + 2] as number; s3 += T[b + 3] as number;
      s4 += T[b + 4] as number; s5 += T[b + 5] as number; s6 += T[b + 6] as number; s7 += T[b + 7] as number;
      s8 += T[b + 8] as number; s9 += T[b + 9] as number; s10 += T[b + 10] as number; s11 += T[b + 11] as number;
      s12 += T[b + 12] as number; s13 += T[b + 13] as number; s14 += T[b + 14] as number; s15 += T[b + 15] as number;
    }
    acc[0] = s0; acc[1] = s1; acc[2] = s2; acc[3] = s3; acc[4] = s4; acc[5] = s5; acc[6] = s6; acc[7] = s7;
    acc[8] = s8; acc[9] = s9; acc[10] = s10; acc[11] = s11; acc[12] = s12; acc[13] = s13; acc[14] = s14; acc[15] = s15;
    return;
  }
  for (let k = from; k < to; k++) {
    const b = (((ids[k] as number) >>> shift) & mask) * H;
    for (let j = 0; j < H; j++) acc[j] = (acc[j] as number) + (T[b + j] as number);
  }
}

/**
 * The deep part's contribution to each head's raw logit for one window, from the window's integer
 * row sums and v = 1/√n. Writes heads values into `out` at `at`.
 */
export function deepLogits(deep: Deep, sums: ArrayLike<number>, v: number, out: Float64Array, at = 0): void {
  const H = deep.hidden;
  for (let h = 0; h < deep.heads; h++) out[at + h] = 0;
  for (let j = 0; j < H; j++) {
    const a = (deep.b1[j] as number) + v * (deep.scale[j] as number) * (sums[j] as number);
    if (a <= 0) continue;
    for (let h = 0; h < deep.heads; h++) out[at + h] = (out[at + h] as number) + (deep.out[h * H + j] as number) * a;
  }
}

/** Quantize a float table (rows × hidden, row-major) to int8 with one scale per hidden unit. */
export function quantizeTable(w: Float64Array | Float32Array, hidden: number): { table: Int8Array; scale: Float64Array } {
  const scale = new Float64Array(hidden);
  for (let i = 0; i < w.length; i++) {
    const j = i % hidden;
    scale[j] = Math.max(scale[j] as number, Math.abs(w[i] as number));
  }
  for (let j = 0; j < hidden; j++) scale[j] = (scale[j] as number) > 0 ? (scale[j] as number) / 127 : 1;
  const table = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    table[i] = Math.max(-127, Math.min(127, Math.round((w[i] as number) / (scale[i % hidden] as number))));
  }
  return { table, scale };
}

/** The file form of a deep part (numbers kept as the doubles they are: JSON round-trips them). */
export function encodeDeep(bits: number, hidden: number, table: Int8Array, scale: ArrayLike<number>, b1: ArrayLike<number>, out: readonly ArrayLike<number>[], features: 'all' | 'words' = 'all'): DeepFile {
  return {
    bits, hidden, activation: 'relu', ...(features === 'words' ? { features } : {}),
    scale: Array.from(scale), b1: Array.from(b1), out: out.map((o) => Array.from(o)),
    table: Buffer.from(table.buffer, table.byteOffset, table.length).toString('base64'),
  };
}
