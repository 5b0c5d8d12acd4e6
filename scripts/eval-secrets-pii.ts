// Measures the `secrets` and `pii` detectors (docs/detection.md, "Secrets and PII").
//
// Sources: seeded fake-key sets (dev and held-out test template pools, src/detect/secrets/
// fixtures.ts), /work/shared/datasets/secretlint-snapshots (file-level labels), seeded PII sets
// (src/detect/pii/fixtures.ts), /work/shared/datasets/presidio-synth-pii (span-level, per type).
// Usage: node --import tsx scripts/eval-secrets-pii.ts [--split dev|test|all] [--verbose]
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
const THRESHOLD = 0.5;

interface Counts { tp: number; fp: number; fn: number; tn: number }
const f1 = (c: Counts): string => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const fpr = c.fp / Math.max(1, c.fp + c.tn);
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

if (split === 'dev' || split === 'all') evalSecretRows('dev (seed 1, dev templates)', secretSet('dev', 1));
if (split === 'test' || split === 'all') {
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

function evalSpans(name: string, rows: { text: string; entities: Ent[] }[], map: (t: string) => string | undefined, scope?: ReadonlySet<string>): void {
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
      else { get(g.type).fn++; if (verbose) console.log('  FN', g.type, JSON.stringify(row.text.slice(g.start, g.end)), '|', JSON.stringify(found.map((m) => [m.entity, row.text.slice(m.start, m.end)]))); }
    }
    found.forEach((m, k) => {
      if (used.has(k)) return;
      get(m.entity).fp++;
      if (verbose) console.log('  FP', m.entity, JSON.stringify(row.text.slice(m.start, m.end)), '|', JSON.stringify(row.text.slice(0, 120)));
    });
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  console.log(`pii ${name}:`);
  for (const [t, c] of [...per].sort()) {
    console.log(`  ${t.padEnd(16)} ${f1(c)}`);
    if (STRUCTURED.has(t)) { total.tp += c.tp; total.fp += c.fp; total.fn += c.fn; }
  }
  console.log(`  STRUCTURED (micro) ${f1(total)}`);
}

const identity = (t: string): string => t;
if (split === 'dev' || split === 'all') evalSpans('dev (seed 2)', piiSet('dev', 2), identity);
if (split === 'test' || split === 'all') {
  evalSpans('test (seed 987654, held-out templates)', piiSet('test', 987654), identity);
  const pres = `${DATASETS_DIR}/presidio-synth-pii/data.jsonl`;
  if (existsSync(pres)) {
    const MAP: Record<string, string> = { EMAIL_ADDRESS: 'email', PHONE_NUMBER: 'phone', CREDIT_CARD: 'credit_card', IBAN_CODE: 'iban', US_SSN: 'us_ssn', IP_ADDRESS: 'ip_address', PERSON: 'person', STREET_ADDRESS: 'street_address' };
    const rows = readFileSync(pres, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; entities: Ent[] });
    evalSpans('presidio-synth-pii (types in scope; others ignored)', rows, (t) => MAP[t], new Set(Object.values(MAP)));
  }
}
