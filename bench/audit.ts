// Audit log write throughput with group commit (not a test; results go to BENCHMARKS.md).
//
//   node --import tsx bench/audit.ts [--seconds 5] [--concurrency 256] [--bodies] [--sync FULL|NORMAL]
//
// Model: `concurrency` independent callers, each appending a realistic request record (one part of
// ~300 chars, one finding, one reason) and appending again as soon as its previous record is
// acknowledged — i.e. a closed loop like a gateway under load. Reports sustained records/s,
// transactions/s (group commits), and ack latency p50/p99. Finishes with a full `verify`.
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AUDIT_DB_FILE, AuditLog, verifyStore } from '../src/audit/index.js';
import { loadOrCreateKeys } from '../src/audit/keys.js';
import type { Event, Verdict } from '../src/engine/types.js';
import { SqliteAuditStore } from '../src/store/audit-sqlite.js';
import type { AuditBatch, AuditHead } from '../src/store/types.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const seconds = Number(arg('seconds', '5'));
const concurrency = Number(arg('concurrency', '256'));
const bodies = process.argv.includes('--bodies');
const sync = arg('sync', 'FULL') === 'NORMAL' ? 'NORMAL' : 'FULL';

const dir = mkdtempSync(join(tmpdir(), 'pavise-bench-audit-'));
const store = new SqliteAuditStore(join(dir, AUDIT_DB_FILE), { synchronous: sync });
let transactions = 0;
const append = store.append.bind(store);
store.append = (build: (h: AuditHead) => AuditBatch): Promise<AuditBatch> => {
  transactions += 1;
  return append(build);
};
const log = new AuditLog(store, loadOrCreateKeys(dir), { storeBodies: bodies, checkpointEvery: 1000, checkpointSeconds: 60 });

const text = 'Please summarise the attached quarterly report and list the three largest cost items. '.repeat(4);
const verdict: Verdict = {
  decision: 'allow',
  message: 'allowed',
  reasons: [{ source: 'rule', id: 'pii-input-alert', message: 'personal data detected' }],
  findings: [{ detector: 'pii', kind: 'email', score: 0.9, part: 0, span: { start: 10, end: 30 }, view: 'raw', evidence: 'email address', entity: 'email' }],
  redactions: [],
  policyVersion: 'sha256:0123456789abcdef',
  obligations: [],
};
const event = (i: number): Event => ({
  id: `ev-${i}`,
  time: Date.now(),
  principal: { id: `key:${i % 50}`, kind: 'service', roles: ['agent'] },
  session: `s-${i % 1000}`,
  action: 'chat.input',
  resource: { kind: 'model', id: 'gpt-4o-mini' },
  parts: [{ text: text + i, provenance: 'user' }],
  surface: 'openai',
});

const latencies: number[] = [];
let done = 0;
let n = 0;
const deadline = performance.now() + seconds * 1000;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
async function worker(): Promise<void> {
  while (performance.now() < deadline) {
    const s = performance.now();
    await log.append(event(n++), verdict);
    latencies.push(performance.now() - s);
    done += 1;
  }
}
await Promise.all(Array.from({ length: concurrency }, () => worker()));
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuUsPerRecord = (cpu.user + cpu.system) / Math.max(1, done);
await log.close();
latencies.sort((a, b) => a - b);
const pct = (p: number): string => (latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0).toFixed(2);
const v0 = performance.now();
const verify = await verifyStore(store, dir);
const verifySecs = (performance.now() - v0) / 1000;
console.log(
  JSON.stringify(
    {
      synchronous: sync,
      storeBodies: bodies,
      concurrency,
      seconds: Number(elapsed.toFixed(2)),
      records: done,
      recordsPerSec: Math.round(done / elapsed),
      transactions,
      recordsPerTransaction: Number((done / Math.max(1, transactions)).toFixed(1)),
      // CPU time (user+sys) this process spent per record: on a shared machine the wall-clock rate
      // depends on the load; 1e6 / cpuUsPerRecord is the single-core ceiling.
      cpuUsPerRecord: Number(cpuUsPerRecord.toFixed(1)),
      cpuBoundCeilingPerSec: Math.round(1e6 / cpuUsPerRecord),
      loadAverage1m: Number((await import('node:os')).loadavg()[0]?.toFixed(2)),
      ackLatencyMs: { p50: Number(pct(0.5)), p99: Number(pct(0.99)) },
      verify: { ok: verify.ok, records: verify.records, recordsPerSec: Math.round(verify.records / verifySecs) },
      node: process.version,
    },
    null,
    2,
  ),
);
await store.close();
rmSync(dir, { recursive: true, force: true });
