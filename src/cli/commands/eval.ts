// `pavise eval FILE.jsonl --task injection|pii|secrets [--json] [--predictions OUT.jsonl]`
//
// Rows are `{text, label, source?, direction?}`. A row is flagged when a detector of the task
// reports a finding at or above the lowest threshold of the active guard rules that would act on
// it (block, redact or hold) for the row's direction — so eval measures what `serve` would do.
// Prints precision, recall, F1 and false-positive rate, pooled and per source, and detection
// latency p50/p99 per row. `--predictions` writes `{"index","flagged","score"}` per row, in order.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { PaviseError } from '../../engine/errors.js';
import type { Direction } from '../../engine/types.js';
import type { GuardRule } from '../../policy/guard.js';
import { createEngine } from '../../runtime.js';
import type { CliContext } from '../context.js';
import { loadCliConfig, parseDirection, textEvent } from '../shared.js';

export const TASK_DETECTORS: Record<string, readonly string[]> = {
  injection: ['injection', 'jailbreak', 'hidden_text'],
  pii: ['pii'],
  secrets: ['secrets'],
};

interface EvalOptions {
  task: string;
  json?: boolean;
  predictions?: string;
  direction?: string;
  config?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface Metrics extends Counts {
  n: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  fpr: number | null;
}

export function metrics(c: Counts): Metrics {
  const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === null || recall === null ? null : 0;
  return { ...c, n: c.tp + c.fp + c.tn + c.fn, precision, recall, f1, fpr: ratio(c.fp, c.fp + c.tn) };
}

/** Lowest acting threshold per detector for a direction (Infinity when no rule acts). */
export function actingThresholds(rules: readonly GuardRule[], detectors: readonly string[], direction: Direction): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of detectors) {
    let t = Number.POSITIVE_INFINITY;
    for (const r of rules) {
      if (r.verdict === 'alert') continue;
      if (r.detector !== d && r.detector !== '*') continue;
      if (r.directions && !r.directions.includes(direction)) continue;
      t = Math.min(t, r.threshold);
    }
    out.set(d, t);
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

interface Row {
  text: string;
  label: number;
  source: string;
  direction: Direction;
}

function parseRows(file: string, defaultDirection: Direction): Row[] {
  const rows: Row[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new PaviseError('PAVISE_USAGE', `${file}:${i + 1}: not valid JSON`);
    }
    const o = v as Record<string, unknown>;
    if (typeof o.text !== 'string' || (o.label !== 0 && o.label !== 1 && o.label !== true && o.label !== false)) {
      throw new PaviseError('PAVISE_USAGE', `${file}:${i + 1}: a row needs "text" (string) and "label" (0 or 1)`);
    }
    const direction = typeof o.direction === 'string' ? parseDirection(o.direction) : defaultDirection;
    rows.push({ text: o.text, label: o.label === 1 || o.label === true ? 1 : 0, source: typeof o.source === 'string' ? o.source : 'unknown', direction });
  });
  return rows;
}

export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('measure detection on a labelled JSON Lines file, per source')
    .argument('<file>', 'rows {text, label, source?, direction?}')
    .requiredOption('--task <task>', 'injection | pii | secrets')
    .option('--direction <d>', 'default direction for rows without one', 'input')
    .option('--json', 'print the report as JSON')
    .option('--predictions <out>', 'write one {"index","flagged","score"} line per row')
    .option('--config <file>', 'pavise.yaml to use')
    .action((file: string, opts: EvalOptions) => {
      const detectors = TASK_DETECTORS[opts.task];
      if (!detectors) throw new PaviseError('PAVISE_USAGE', `--task must be one of ${Object.keys(TASK_DETECTORS).join(', ')}`);
      const loaded = loadCliConfig(ctx, opts.config);
      const engine = createEngine(loaded.config);
      const missing = detectors.filter((d) => !engine.registry.get(d));
      if (missing.length === detectors.length) throw new PaviseError('PAVISE_USAGE', `no detector for task ${opts.task} is registered`);
      const rows = parseRows(file, parseDirection(opts.direction));
      const thresholdCache = new Map<Direction, Map<string, number>>();
      const pooled: Counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
      const perSource = new Map<string, Counts>();
      const latencies: number[] = [];
      const predictions: string[] = [];
      rows.forEach((row, index) => {
        let thresholds = thresholdCache.get(row.direction);
        if (!thresholds) {
          thresholds = actingThresholds(engine.rules, detectors, row.direction);
          thresholdCache.set(row.direction, thresholds);
        }
        const t0 = performance.now();
        const { findings } = engine.detect(textEvent(row.text, row.direction, `eval-${index}`));
        latencies.push(performance.now() - t0);
        let score = 0;
        let flagged = false;
        for (const f of findings) {
          const t = thresholds.get(f.detector);
          if (t === undefined) continue;
          score = Math.max(score, f.score);
          if (f.score >= t) flagged = true;
        }
        const c = perSource.get(row.source) ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
        const key = row.label === 1 ? (flagged ? 'tp' : 'fn') : flagged ? 'fp' : 'tn';
        c[key]++;
        pooled[key]++;
        perSource.set(row.source, c);
        predictions.push(JSON.stringify({ index, flagged, score: Math.round(score * 1e4) / 1e4 }));
      });
      if (opts.predictions) writeFileSync(opts.predictions, predictions.length ? `${predictions.join('\n')}\n` : '');
      latencies.sort((a, b) => a - b);
      const report = {
        task: opts.task,
        file,
        detectors: detectors.filter((d) => engine.registry.get(d)),
        pooled: metrics(pooled),
        sources: Object.fromEntries([...perSource.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([s, c]) => [s, metrics(c)])),
        latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
      };
      if (opts.json) {
        ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const pct = (x: number | null): string => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
      ctx.stdout(`task ${report.task}: ${rows.length} rows, detectors ${report.detectors.join(', ')}\n`);
      ctx.stdout(`${'source'.padEnd(40)}      n  precision  recall      F1     FPR\n`);
      const line = (name: string, m: Metrics): void =>
        ctx.stdout(`${name.padEnd(40)} ${String(m.n).padStart(6)}  ${pct(m.precision)}    ${pct(m.recall)}  ${pct(m.f1)}  ${pct(m.fpr)}\n`);
      for (const [s, m] of Object.entries(report.sources)) line(s, m);
      line('(all)', report.pooled);
      ctx.stdout(`latency per row: p50 ${report.latencyMs.p50.toFixed(3)} ms, p99 ${report.latencyMs.p99.toFixed(3)} ms\n`);
    });
}
