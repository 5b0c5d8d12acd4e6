// Training of the wide-and-deep injection model (used by scripts/train-injection-mlp.ts; pure:
// no files, no clock). The wide part is the linear model of scripts/train-injection.ts (AdaGrad
// per weight, L2, class-balanced example weights), the deep part the embedding bag of mlp.ts;
// both are fitted jointly on the summed logit, per head:
//
//   z_h = b_h + v·Σ w_h[id] + Σ_j U[h][j] · relu(b1_j + v · Σ E[id & deepMask][j])
//
// Optimizers: AdaGrad per weight for the wide part, bias, b1 and U; row-wise AdaGrad for E (one
// accumulator per table row: the mean squared gradient of its H entries, as in large embedding
// tables; H times fewer square roots). Feature dropout on the deep input only (each occurrence is
// left out of the bag with probability `drop`, rest scaled by 1/(1 − drop)): the hidden layer
// must not hang on one n-gram.
//
// Deterministic: one seeded generator (mulberry32) for the initial table, the example order and
// dropout, in a fixed sequence; the same examples and config give bit-identical weights.
// Cost: per epoch O(Σ features × H): ~0.4 µs CPU per feature occurrence with all features at H 16
// (22.6M occurrences, ~10 s CPU per epoch), ~1/9 of that for words-only bags.
// Failure mode: none at run time (not loaded by the gateway); NaN losses would show in the log.

import { mulberry32 } from '../../util/random.js';

export interface TrainExample {
  /** Linear-model feature ids of one window (featurize(), direction token included). */
  readonly ids: Int32Array;
  /** Label per head (0 / 1). */
  readonly y: readonly number[];
  /** Example weight per head. */
  readonly w: readonly number[];
  /** The deep part reads ids[deepFrom ..] (words-only models skip the character n-grams); default 0. */
  readonly deepFrom?: number;
}

export interface WideDeepConfig {
  /** Linear table size (2^bits). */
  readonly size: number;
  readonly deepBits: number;
  readonly hidden: number;
  readonly heads: number;
  readonly epochs: number;
  /** Wide part: AdaGrad learning rate and L2 (as scripts/train-injection.ts). */
  readonly lr: number;
  readonly l2: number;
  /** Deep part: learning rate, L2, initial table range, input dropout. */
  readonly lrDeep: number;
  readonly l2Deep: number;
  readonly init: number;
  readonly drop: number;
  readonly seed: number;
  /** false: no wide part (the deep part alone), for comparison. */
  readonly wide: boolean;
}

export interface WideDeepWeights {
  /** Per head: linear weights (size) and bias. */
  readonly w: Float64Array[];
  readonly b: number[];
  /** (2^deepBits) × hidden, row-major. */
  readonly E: Float32Array;
  readonly b1: Float64Array;
  /** Per head: hidden read-out. */
  readonly U: Float64Array[];
}

export function trainWideDeep(examples: readonly TrainExample[], cfg: WideDeepConfig, log: (s: string) => void = () => undefined): WideDeepWeights {
  const { size, hidden: H, heads: NH } = cfg;
  const dRows = 1 << cfg.deepBits;
  const dMask = dRows - 1;
  const rand = mulberry32(cfg.seed);
  const w = Array.from({ length: NH }, () => new Float64Array(cfg.wide ? size : 1));
  const g2 = Array.from({ length: NH }, () => new Float64Array(cfg.wide ? size : 1).fill(1e-8));
  const b = new Array<number>(NH).fill(0);
  const bg2 = new Array<number>(NH).fill(1e-8);
  const E = new Float32Array(dRows * H);
  for (let i = 0; i < E.length; i++) E[i] = (rand() * 2 - 1) * cfg.init;
  const Eg2 = new Float64Array(dRows).fill(1e-8);
  const b1 = new Float64Array(H).fill(0.1);
  const b1g2 = new Float64Array(H).fill(1e-8);
  const U = Array.from({ length: NH }, () => {
    const u = new Float64Array(H);
    for (let j = 0; j < H; j++) u[j] = (rand() * 2 - 1) / Math.sqrt(H);
    return u;
  });
  const Ug2 = Array.from({ length: NH }, () => new Float64Array(H).fill(1e-8));
  const order = examples.map((_, i) => i);
  const a = new Float64Array(H);
  const hid = new Float64Array(H);
  const da = new Float64Array(H);
  const z = new Float64Array(NH);
  const g = new Float64Array(NH);
  let keep = new Uint8Array(1024);
  const keepScale = 1 / (1 - cfg.drop);
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    let loss = 0;
    for (const idx of order) {
      const e = examples[idx];
      if (!e) continue;
      const ids = e.ids;
      const n = ids.length;
      const v = 1 / Math.sqrt(n);
      if (keep.length < n) keep = new Uint8Array(2 * n);
      // Deep forward (with input dropout).
      const vd = v * keepScale;
      const from = e.deepFrom ?? 0;
      if (cfg.drop > 0) for (let k = from; k < n; k++) keep[k] = rand() >= cfg.drop ? 1 : 0;
      else keep.fill(1, from, n);
      bagSum(E, ids, keep, from, n, dMask, H, a);
      for (let j = 0; j < H; j++) {
        const aj = (b1[j] ?? 0) + vd * (a[j] ?? 0);
        a[j] = aj;
        hid[j] = aj > 0 ? aj : 0;
      }
      // Heads: wide + deep logit, loss, output gradient.
      for (let h = 0; h < NH; h++) {
        let acc = 0;
        const wh = w[h] ?? new Float64Array(0);
        if (cfg.wide) for (let k = 0; k < n; k++) acc += wh[ids[k] ?? 0] ?? 0;
        let dz = 0;
        const uh = U[h] ?? new Float64Array(0);
        for (let j = 0; j < H; j++) dz += (uh[j] ?? 0) * (hid[j] ?? 0);
        const zh = (b[h] ?? 0) + acc * v + dz;
        z[h] = zh;
        const p = 1 / (1 + Math.exp(-zh));
        const y = e.y[h] ?? 0;
        const ew = e.w[h] ?? 1;
        loss += -ew * (y === 1 ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
        g[h] = (p - y) * ew;
      }
      // Back-propagate to the hidden pre-activations (before U moves).
      for (let j = 0; j < H; j++) {
        let s = 0;
        if ((a[j] ?? 0) > 0) for (let h = 0; h < NH; h++) s += (g[h] ?? 0) * (U[h]?.[j] ?? 0);
        da[j] = s;
      }
      for (let h = 0; h < NH; h++) {
        const gh = g[h] ?? 0;
        // Wide part: exactly scripts/train-injection.ts's update.
        if (cfg.wide) {
          const wh = w[h] ?? new Float64Array(0);
          const g2h = g2[h] ?? new Float64Array(0);
          for (let k = 0; k < n; k++) {
            const id = ids[k] ?? 0;
            const cur = wh[id] ?? 0;
            const grad = gh * v + cfg.l2 * cur;
            const acc2 = (g2h[id] ?? 0) + grad * grad;
            g2h[id] = acc2;
            wh[id] = cur - (cfg.lr * grad) / Math.sqrt(acc2);
          }
        }
        bg2[h] = (bg2[h] ?? 0) + gh * gh;
        b[h] = (b[h] ?? 0) - (cfg.lr * gh) / Math.sqrt(bg2[h] ?? 1);
        const uh = U[h] ?? new Float64Array(0);
        const ug = Ug2[h] ?? new Float64Array(0);
        for (let j = 0; j < H; j++) {
          const grad = gh * (hid[j] ?? 0) + cfg.l2Deep * (uh[j] ?? 0);
          ug[j] = (ug[j] ?? 0) + grad * grad;
          uh[j] = (uh[j] ?? 0) - (cfg.lrDeep * grad) / Math.sqrt(ug[j] ?? 1);
        }
      }
      for (let j = 0; j < H; j++) {
        const grad = da[j] ?? 0;
        b1g2[j] = (b1g2[j] ?? 0) + grad * grad;
        b1[j] = (b1[j] ?? 0) - (cfg.lrDeep * grad) / Math.sqrt(b1g2[j] ?? 1);
      }
      // Table rows: row-wise AdaGrad over the kept occurrences.
      for (let j = 0; j < H; j++) da[j] = vd * (da[j] as number);
      bagUpdate(E, Eg2, ids, keep, from, n, dMask, H, da, cfg.lrDeep, cfg.l2Deep);
    }
    log(`epoch ${epoch + 1}/${cfg.epochs} loss ${(loss / Math.max(1, examples.length)).toFixed(4)}`);
  }
  return { w, b, E, b1, U };
}

// The two hot loops, as small functions over typed arrays (V8 optimizes them far better than the
// same loops inlined in the long training function: measured ~4x).
function bagSum(E: Float32Array, ids: Int32Array, keep: Uint8Array, from: number, n: number, dMask: number, H: number, a: Float64Array): void {
  a.fill(0);
  for (let k = from; k < n; k++) {
    if (keep[k] !== 1) continue;
    const r = ((ids[k] as number) & dMask) * H;
    for (let j = 0; j < H; j++) a[j] = (a[j] as number) + (E[r + j] as number);
  }
}

/** Row-wise AdaGrad step for every kept occurrence; g = the gradient of the bag sum (v·da). */
function bagUpdate(E: Float32Array, Eg2: Float64Array, ids: Int32Array, keep: Uint8Array, from: number, n: number, dMask: number, H: number, g: Float64Array, lr: number, l2: number): void {
  for (let k = from; k < n; k++) {
    if (keep[k] !== 1) continue;
    const row = (ids[k] as number) & dMask;
    const r = row * H;
    let sq = 0;
    for (let j = 0; j < H; j++) {
      const gr = (g[j] as number) + l2 * (E[r + j] as number);
      sq += gr * gr;
    }
    const acc2 = (Eg2[row] as number) + sq / H;
    Eg2[row] = acc2;
    const step = lr / Math.sqrt(acc2);
    for (let j = 0; j < H; j++) {
      const cur = E[r + j] as number;
      E[r + j] = cur - step * ((g[j] as number) + l2 * cur);
    }
  }
}
