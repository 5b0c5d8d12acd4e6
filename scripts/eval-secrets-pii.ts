// Measures the `secrets` and `pii` detectors (docs/detection.md, "Secrets and PII").
//
// Sources: seeded fake-key sets (dev and held-out test template pools, src/detect/secrets/
// fixtures.ts), /work/shared/datasets/secretlint-snapshots (file-level labels), seeded PII sets
// (src/detect/pii/fixtures.ts), /work/shared/datasets/presidio-synth-pii (span-level, per type).
// Usage: node --import tsx scripts/eval-secrets-pii.ts [--split dev|test|all] [--verbose]
//        node --import tsx scripts/eval-secrets-pii.ts --blind DIR [--blind-split dev|test] [--verbose]
//
// --blind DIR evaluates a blind set written by someone else (data/secrets-pii-blind-v1/):
// `secrets-<split>.jsonl` rows {text, label 0|1, spans:[{start,end,entity}], family, source} and
// `pii-<split>.jsonl` rows {text, spans:[{start,end,entity}], family, source}; split `dev` unless
// --blind-split test (the test split is meant to be run once, with final code). Only the blind
// set is evaluated unless --split is given as well. Scoring (threshold 0.5 throughout):
// - secrets, row level: a label-1 row is a true positive only when a finding overlaps one of its
//   gold spans (a finding elsewhere in the row does not count); a label-0 row with any finding is
//   a false positive; FP rate = fp / label-0 rows.
// - secrets, span level: each gold span is matched by at most one overlapping finding (any secret
//   entity: the set's entity names are provider-specific and ours differ, so type is not scored);
//   unmatched findings are false positives. Also a strict variant: boundaries within 2 chars.
// - PII, span level per entity: same (mapped) entity, both boundaries within 1 character (as for
//   presidio above). Micro F1 over the structured entities; person and street_address are printed
//   separately and are not in the micro figure. A finding of an entity type that the file never
//   labels (e.g. our date_of_birth when the set has none) is ignored, not counted as a false
//   positive. Entity names are mapped with BLIND_PII_MAP below (lower-cased names that already
//   match ours pass through).
import { readFileSync, existsSync } from 'node:fs';
import { scanSecrets } from '../src/detect/secrets/index.js';
import { secretSet } from '../src/detect/secrets/fixtures.js';
import { scanPii } from '../src/detect/pii/index.js';
import { piiSet } from '../src/detect/pii/fixtures.js';

/** The shared datasets beside the repository (override with PAVISE_DATASETS). */
const DATASETS_DIR = process.env.PAVISE_DATASETS ?? new URL('../../shared/datasets', import.meta.url).pathname;

const args = process.argv.slice(2);
const split = args.includes('--split') ? (args[args.indexOf('--split') + 1] ?? 'all') : 'all';
const verbose = args.includes('--verbose');
const blindDir = args.includes('--blind') ? args[args.indexOf('--blind') + 1] : undefined;
const blindSplit = args.includes('--blind-split') ? (args[args.indexOf('--blind-split') + 1] ?? 'dev') : 'dev';
const runBuiltin = !blindDir || args.includes('--split');
const THRESHOLD = 0.5;

interface Counts { tp: number; fp: number; fn: number; tn: number }
/** P/R/F1; the FP rate (fp over negatives) only for row-level counts (span counts have no negatives). */
const f1 = (c: Counts, rowLevel = true): string => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const fpr = c.fp / Math.max(1, c.fp + c.tn);
  if (!rowLevel) return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} (tp=${c.tp} fp=${c.fp} fn=${c.fn})`;
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} FPrate=${(100 * fpr).toFixed(2)}% (tp=${c.tp} fp=${c.fp} fn=${c.fn} tn=${c.tn})`;
};

function evalSecretRows(name: string, rows: { text: string; label: number; span?: readonly [number, number] | undefined; family?: string }[]): void {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const missByFamily = new Map<string, number>();
  for (const row of rows) {
    const found = scanSecrets(row.text).filter((m) => m.score >= THRESHOLD);
    // A positive counts as found only when a finding overlaps the secret's span (when known).
    const hit = row.span ? found.some((m) => m.start < (row.span?.[1] ?? 0) && (row.span?.[0] ?? 0) < m.end) : found.length > 0;
    if (row.label === 1) {
      if (hit) c.tp++;
      else {
        c.fn++;
        missByFamily.set(row.family ?? '?', (missByFamily.get(row.family ?? '?') ?? 0) + 1);
        if (verbose) console.log('  FN', row.family, JSON.stringify(row.text.slice(0, 160)));
      }
    } else if (found.length > 0) {
      c.fp++;
      if (verbose) console.log('  FP', row.family, found.map((m) => m.rule.id).join(','), JSON.stringify(row.text.slice(0, 160)));
    } else c.tn++;
  }
  console.log(`secrets ${name}: ${f1(c)}`);
  if (missByFamily.size) console.log(`  misses: ${[...missByFamily].map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

if (runBuiltin && (split === 'dev' || split === 'all')) evalSecretRows('dev (seed 1, dev templates)', secretSet('dev', 1));
if (runBuiltin && (split === 'test' || split === 'all')) {
  evalSecretRows('test (seed 20240611, held-out templates)', secretSet('test', 20240611));
  const snap = `${DATASETS_DIR}/secretlint-snapshots/data.jsonl`;
  if (existsSync(snap)) {
    const rows = readFileSync(snap, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; label: number; category: string });
    evalSecretRows('secretlint-snapshots (file-level)', rows.map((r) => ({ text: r.text, label: r.label, family: r.category })));
  }
}

// ---- PII ------------------------------------------------------------------------------------
interface Ent { type: string; start: number; end: number }
const STRUCTURED = new Set(['email', 'phone', 'credit_card', 'iban', 'us_ssn', 'ip_address', 'de_tax_id', 'fr_nir', 'es_dni', 'es_nie', 'it_fiscal_code', 'nl_bsn', 'pl_pesel', 'se_personnummer', 'date_of_birth']);

function evalSpans(name: string, rows: { text: string; entities: Ent[]; family?: string }[], map: (t: string) => string | undefined, scope?: ReadonlySet<string>): void {
  const per = new Map<string, Counts>();
  const get = (t: string): Counts => { let c = per.get(t); if (!c) { c = { tp: 0, fp: 0, fn: 0, tn: 0 }; per.set(t, c); } return c; };
  for (const row of rows) {
    // Findings of types the source does not label (e.g. date_of_birth, national IDs in presidio)
    // are neither right nor wrong there: they are left out rather than counted as false positives.
    const found = scanPii(row.text).filter((m) => m.score >= THRESHOLD && (!scope || scope.has(m.entity)));
    const gold = row.entities.map((e) => ({ ...e, type: map(e.type) })).filter((e): e is Ent => e.type !== undefined);
    const used = new Set<number>();
    for (const g of gold) {
      // Span-level match: same type, overlapping span, boundaries within 1 char.
      const i = found.findIndex((m, k) => !used.has(k) && m.entity === g.type && Math.abs(m.start - g.start) <= 1 && Math.abs(m.end - g.end) <= 1);
      if (i >= 0) { used.add(i); get(g.type).tp++; }
      else { get(g.type).fn++; if (verbose) console.log('  FN', g.type, row.family ?? '', JSON.stringify(row.text.slice(g.start, g.end)), '|', JSON.stringify(found.map((m) => [m.entity, row.text.slice(m.start, m.end)])), '|', JSON.stringify(row.text.slice(Math.max(0, g.start - 60), g.end + 40))); }
    }
    found.forEach((m, k) => {
      if (used.has(k)) return;
      get(m.entity).fp++;
      if (verbose) console.log('  FP', m.entity, row.family ?? '', JSON.stringify(row.text.slice(m.start, m.end)), '|', JSON.stringify(row.text.slice(Math.max(0, m.start - 60), m.end + 40)));
    });
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  console.log(`pii ${name}:`);
  for (const [t, c] of [...per].sort()) {
    console.log(`  ${t.padEnd(16)} ${f1(c, false)}`);
    if (STRUCTURED.has(t)) { total.tp += c.tp; total.fp += c.fp; total.fn += c.fn; }
  }
  console.log(`  STRUCTURED (micro) ${f1(total, false)}`);
}

const identity = (t: string): string => t;
if (runBuiltin && (split === 'dev' || split === 'all')) evalSpans('dev (seed 2)', piiSet('dev', 2), identity);
if (runBuiltin && (split === 'test' || split === 'all')) {
  evalSpans('test (seed 987654, held-out templates)', piiSet('test', 987654), identity);
  const pres = `${DATASETS_DIR}/presidio-synth-pii/data.jsonl`;
  if (existsSync(pres)) {
    const MAP: Record<string, string> = { EMAIL_ADDRESS: 'email', PHONE_NUMBER: 'phone', CREDIT_CARD: 'credit_card', IBAN_CODE: 'iban', US_SSN: 'us_ssn', IP_ADDRESS: 'ip_address', PERSON: 'person', STREET_ADDRESS: 'street_address' };
    const rows = readFileSync(pres, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; entities: Ent[] });
    evalSpans('presidio-synth-pii (types in scope; others ignored)', rows, (t) => MAP[t], new Set(Object.values(MAP)));
  }
}

// ---- Blind set (--blind DIR) -------------------------------------------------------------------
interface BlindSpan { start: number; end: number; entity: string }
interface BlindRow { text: string; label?: number; spans?: BlindSpan[]; family?: string; source?: string }
/** Blind-set PII entity names -> ours (names equal to ours after lower-casing need no entry). */
const BLIND_PII_MAP: Record<string, string> = {
  email_address: 'email', phone_number: 'phone', credit_card_number: 'credit_card', card: 'credit_card', payment_card: 'credit_card',
  iban_code: 'iban', ssn: 'us_ssn', ip: 'ip_address', ipv4: 'ip_address', ipv6: 'ip_address', dob: 'date_of_birth',
  name: 'person', person_name: 'person', address: 'street_address',
};
const mapBlindPii = (t: string): string => BLIND_PII_MAP[t.toLowerCase()] ?? t.toLowerCase();

function readJsonl(file: string): BlindRow[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as BlindRow);
}

function evalBlindSecrets(file: string): void {
  const rows = readJsonl(file);
  const row: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const span: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const strict: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const byFamily = new Map<string, Counts>();
  const fam = (f: string): Counts => { let c = byFamily.get(f); if (!c) { c = { tp: 0, fp: 0, fn: 0, tn: 0 }; byFamily.set(f, c); } return c; };
  for (const r of rows) {
    const found = scanSecrets(r.text).filter((m) => m.score >= THRESHOLD);
    const gold = r.spans ?? [];
    const fc = fam(r.family ?? '?');
    const overlaps = (m: { start: number; end: number }, g: BlindSpan): boolean => m.start < g.end && g.start < m.end;
    if (r.label === 1) {
      if (found.some((m) => gold.some((g) => overlaps(m, g)))) { row.tp++; fc.tp++; }
      else {
        row.fn++; fc.fn++;
        if (verbose) console.log('  FN', r.family, r.source ?? '', JSON.stringify(gold.map((g) => [g.entity, r.text.slice(g.start, g.end)])), '| found', JSON.stringify(found.map((m) => [m.rule.id, r.text.slice(m.start, m.end)])), '|', JSON.stringify(r.text.slice(0, 200)));
      }
    } else if (found.length > 0) {
      row.fp++; fc.fp++;
      if (verbose) console.log('  FP', r.family, r.source ?? '', JSON.stringify(found.map((m) => [m.rule.id, r.text.slice(m.start, m.end)])), '|', JSON.stringify(r.text.slice(0, 200)));
    } else { row.tn++; fc.tn++; }
    // Span level (any secret entity), greedy one-to-one.
    for (const [c, ok] of [[span, (m: { start: number; end: number }, g: BlindSpan) => overlaps(m, g)], [strict, (m: { start: number; end: number }, g: BlindSpan) => Math.abs(m.start - g.start) <= 2 && Math.abs(m.end - g.end) <= 2]] as const) {
      const used = new Set<number>();
      for (const g of gold) {
        const i = found.findIndex((m, k) => !used.has(k) && ok(m, g));
        if (i >= 0) { used.add(i); c.tp++; } else c.fn++;
      }
      c.fp += found.length - used.size;
    }
  }
  const pos = rows.filter((r) => r.label === 1).length;
  console.log(`blind secrets ${file} (${rows.length} rows, ${pos} positive, ${rows.length - pos} negative):`);
  console.log(`  row level   ${f1(row)}`);
  console.log(`  span level (overlap) ${f1(span, false)}`);
  console.log(`  span level (bounds ±2) ${f1(strict, false)}`);
  for (const [k, c] of [...byFamily].sort()) {
    const neg = c.fp + c.tn;
    console.log(`    ${k.padEnd(28)} pos ${c.tp}/${c.tp + c.fn}${neg ? `  neg FP ${c.fp}/${neg}` : ''}`);
  }
}

function evalBlindPii(file: string): void {
  const rows = readJsonl(file);
  // Entity types this file labels (mapped): our findings of any other type are ignored.
  const labelled = new Set(rows.flatMap((r) => (r.spans ?? []).map((g) => mapBlindPii(g.entity))));
  console.log(`blind pii ${file}: ${rows.length} rows; labelled types: ${[...labelled].sort().join(', ')}`);
  evalSpans(`blind ${file}`, rows.map((r) => ({ text: r.text, family: r.family ?? '?', entities: (r.spans ?? []).map((g) => ({ type: g.entity, start: g.start, end: g.end })) })), mapBlindPii, labelled);
  const byFamily = new Map<string, { gold: number; hit: number }>();
  for (const r of rows) {
    const found = scanPii(r.text).filter((m) => m.score >= THRESHOLD);
    const b = byFamily.get(r.family ?? '?') ?? { gold: 0, hit: 0 };
    for (const g of r.spans ?? []) {
      b.gold++;
      const t = mapBlindPii(g.entity);
      if (found.some((m) => m.entity === t && Math.abs(m.start - g.start) <= 1 && Math.abs(m.end - g.end) <= 1)) b.hit++;
    }
    byFamily.set(r.family ?? '?', b);
  }
  console.log('  recall by family: ' + [...byFamily].sort().map(([k, v]) => `${k} ${v.hit}/${v.gold}`).join(', '));
}

if (blindDir) {
  const sf = `${blindDir}/secrets-${blindSplit}.jsonl`;
  const pf = `${blindDir}/pii-${blindSplit}.jsonl`;
  if (existsSync(sf)) evalBlindSecrets(sf); else console.log(`blind: ${sf} not found`);
  if (existsSync(pf)) evalBlindPii(pf); else console.log(`blind: ${pf} not found`);
}
