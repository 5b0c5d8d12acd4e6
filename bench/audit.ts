// Audit log write throughput with group commit (not a test; results go to BENCHMARKS.md).
//
//   node --import tsx bench/audit.ts [--seconds 5] [--concurrency 256] [--bodies] [--sync FULL|NORMAL] [--in-thread]
//     [--max-batch N]   (most records per transaction, default 4096)
//     [--think-ms T]    closed loop: each caller pauses U[0, T) ms (timer ticks) before each
//                       append (default 0: the lock-step loop, see below)
//     [--rate R]        open loop instead: R appends/s, each awaited on its own (ack latency)
//     [--sqlite-checkpoints]  WAL checkpoints inside the writer's commits (SQLite's automatic
//                       ones, the design before src/audit/checkpointer.ts), for A/B runs
//
// By default the log is the runtime's WorkerAuditLog (sealing + SQLite on a worker thread);
// `--in-thread` runs the whole AuditLog on the main thread (the design before the worker).
// Model: `concurrency` callers, each appending a realistic request record (one part of ~300
// chars, one finding, one reason), awaiting its durable acknowledgement and appending again.
// Reports sustained records/s, transactions/s (group commits), and ack latency p50/p99. Finishes
// with a full `verify`.
// What the default loop is (checked in session 8): lock-step. All callers start in one turn, share
// one transaction, are released together by its sync and re-append together, so the main
// thread's building, the worker's sealing and the fsync never overlap: the wall rate is about
// 1e6 / (main + worker µs + fsync / concurrency) per record, with ideal batches (256 records per
// transaction). A gateway's requests do not wait for each other — records keep arriving while a
// transaction syncs and the writer commits them beside it — but they also never form such full
// batches. `--think-ms T` desynchronises the callers (a random pause before each append, like a
// gateway's requests doing other work between records): transactions then overlap, but hold
// fewer records (138–189 at T = 4), and the timers add ~5 µs of main-thread CPU per record. At
// load 11–15 it measured lower rates than the lock-step loop in 4 of 5 pairs (docs/audit.md
// "Speed"), so the default stays lock-step; neither loop is a gateway, and the figure says which
// one it is. A phased start (groups started one acknowledgement apart) was tried too: the
// groups merge at once, because a durable acknowledgement arrives only after the sync.
// `--rate R` replaces the closed loop by an open loop: an append is started every 1/R s whatever
// the previous ones do (no coordinated omission), alternating a ~2 KB chat.input and a ~1 KB
// chat.output record like a gateway request, and the ack latency is measured from the scheduled
// time; it also reports the WAL checkpoint passes the audit worker ran (checkpointer.ts).
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AUDIT_DB_FILE, AuditLog, verifyStore, WorkerAuditLog } from '../src/audit/index.js';
import type { AuditWriter } from '../src/audit/index.js';
import { loadOrCreateKeys } from '../src/audit/keys.js';
import { threadCpuMicros } from '../src/audit/worker-protocol.js';
import { UNTIL_WRITTEN } from '../src/engine/pipeline.js';
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
const inThread = process.argv.includes('--in-thread');
const maxBatchArg = process.argv.includes('--max-batch') ? Number(arg('max-batch', '64')) : undefined;
const rate = process.argv.includes('--rate') ? Number(arg('rate', '200')) : undefined;
const sqliteCheckpoints = process.argv.includes('--sqlite-checkpoints');
const thinkMs = Math.max(0, Number(arg('think-ms', '0')));

const dir = mkdtempSync(join(tmpdir(), 'pavise-bench-audit-'));
const dbPath = join(dir, AUDIT_DB_FILE);
// In worker mode this connection only creates the schema and serves verify (as in openAudit).
const store = new SqliteAuditStore(dbPath, { synchronous: sync });
let transactions = 0;
const append = store.append.bind(store);
store.append = (build: (h: AuditHead) => AuditBatch): Promise<AuditBatch> => {
  transactions += 1;
  return append(build);
};
// The in-thread log commits through appendStaged (two-phase acknowledgement).
const appendStaged = store.appendStaged.bind(store);
store.appendStaged = (build: (h: AuditHead) => AuditBatch): ReturnType<typeof appendStaged> => {
  transactions += 1;
  return appendStaged(build);
};
const keys = loadOrCreateKeys(dir);
const logOpts = { storeBodies: bodies, checkpointEvery: 1000, checkpointSeconds: 60 };
const workerLog = inThread
  ? undefined
  : new WorkerAuditLog(keys, {
      ...logOpts,
      dbPath,
      dataDir: dir,
      synchronous: sync,
      ...(maxBatchArg !== undefined ? { maxBatch: maxBatchArg } : {}),
      ...(sqliteCheckpoints ? { walCheckpoints: false as const } : {}),
    });
const log: AuditWriter = workerLog ?? new AuditLog(store, keys, logOpts);
await workerLog?.ready();
const workerBefore = await workerLog?.stats();

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

// Open loop: a gateway's two records per request (a 2 KB prompt in, a 1 KB answer out).
const prompt = 'Please summarise the attached quarterly report and list the three largest cost items. '.repeat(23);
const answer = 'The three largest cost items in the quarter were salaries, cloud hosting and office rent. '.repeat(11);
const clean: Verdict = { ...verdict, reasons: [], findings: [] };
const chatEvent = (i: number): Event => ({
  ...event(i),
  action: i % 2 === 0 ? 'chat.input' : 'chat.output',
  parts: [{ text: i % 2 === 0 ? prompt : answer, provenance: i % 2 === 0 ? 'user' : 'model' }],
});

// Ack = durable (the receipt's `durable` settled, as a surface awaits before it answers);
// `written` = append resolved (what a surface awaits before it forwards). The closed loop asks
// for durable acknowledgements only (one per record, the G7 throughput figure); the open loop
// records its inputs UNTIL_WRITTEN and its outputs durable, as the gateway does.
const latencies: number[] = [];
const writtenLatencies: number[] = [];
let done = 0;
let n = 0;
const deadline = performance.now() + seconds * 1000;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const main0 = threadCpuMicros();
const pause = (): Promise<void> => new Promise((r) => setTimeout(r, Math.floor(Math.random() * thinkMs)));
async function worker(): Promise<void> {
  while (performance.now() < deadline) {
    if (thinkMs > 0) {
      await pause();
      if (performance.now() >= deadline) break;
    }
    const s = performance.now();
    const r = await log.append(event(n++), verdict);
    writtenLatencies.push(performance.now() - s);
    await r.durable;
    latencies.push(performance.now() - s);
    done += 1;
  }
}
async function openLoop(perSec: number): Promise<void> {
  const pending: Promise<void>[] = [];
  const interval = 1000 / perSec;
  const total = Math.round(perSec * seconds);
  while (n < total) {
    const now = performance.now();
    while (n < total && t0 + n * interval <= now) {
      const scheduled = t0 + n * interval;
      pending.push(
        log
          .append(chatEvent(n), clean, n++ % 2 === 0 ? UNTIL_WRITTEN : undefined)
          .then((r) => {
            writtenLatencies.push(performance.now() - scheduled);
            return r.durable;
          })
          .then(() => {
            latencies.push(performance.now() - scheduled);
            done += 1;
          }),
      );
    }
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(t0 + n * interval - performance.now(), 2))));
  }
  await Promise.all(pending);
}
if (rate !== undefined) await openLoop(rate);
else await Promise.all(Array.from({ length: concurrency }, () => worker()));
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const main1 = threadCpuMicros();
const workerAfter = await workerLog?.stats();
const cpuUsPerRecord = (cpu.user + cpu.system) / Math.max(1, done);
const perRecord = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined ? undefined : Number(((b - a) / Math.max(1, done)).toFixed(1));
const mainUs = perRecord(main0, main1);
const workerUs = perRecord(workerBefore?.cpuMicros, workerAfter?.cpuMicros);
if (workerBefore && workerAfter) transactions = workerAfter.transactions - workerBefore.transactions;
// The pipeline's single-core ceiling is set by its busiest thread (in-thread: all of it).
const busiest = inThread ? cpuUsPerRecord : Math.max(mainUs ?? 0, workerUs ?? 0) || cpuUsPerRecord;
await log.close();
latencies.sort((a, b) => a - b);
writtenLatencies.sort((a, b) => a - b);
const pctOf = (list: number[], p: number): string => (list[Math.min(list.length - 1, Math.floor(list.length * p))] ?? 0).toFixed(2);
const pct = (p: number): string => pctOf(latencies, p);
const v0 = performance.now();
const verify = await verifyStore(store, dir);
const verifySecs = (performance.now() - v0) / 1000;
console.log(
  JSON.stringify(
    {
      mode: inThread ? 'in-thread' : 'worker',
      load: rate !== undefined ? `open loop, ${rate} appends/s` : `closed loop, ${concurrency} callers, ${thinkMs > 0 ? `U[0, ${thinkMs}) ms pause before each append` : 'lock-step'}`,
      walCheckpoints: inThread || sqliteCheckpoints ? 'sqlite (inside commits)' : 'checkpointer thread (idle passes)',
      synchronous: sync,
      storeBodies: bodies,
      ...(rate === undefined ? { concurrency } : {}),
      seconds: Number(elapsed.toFixed(2)),
      records: done,
      recordsPerSec: Math.round(done / elapsed),
      transactions,
      recordsPerTransaction: Number((done / Math.max(1, transactions)).toFixed(1)),
      // CPU time (user+sys) the whole process spent per record (all threads): on a shared machine
      // the wall-clock rate depends on the load.
      cpuUsPerRecord: Number(cpuUsPerRecord.toFixed(1)),
      // Per thread (from /proc/thread-self/stat, 10 ms ticks): the gateway's event loop pays
      // mainThreadCpuUsPerRecord; the worker pays the sealing and SQLite.
      mainThreadCpuUsPerRecord: mainUs,
      workerCpuUsPerRecord: workerUs,
      // 1e6 / the busiest thread's µs per record: the rate with one free core per thread.
      cpuBoundCeilingPerSec: Math.round(1e6 / busiest),
      loadAverage1m: Number((await import('node:os')).loadavg()[0]?.toFixed(2)),
      ackLatencyMs: { p50: Number(pct(0.5)), p90: Number(pct(0.9)), p99: Number(pct(0.99)), max: Number(pct(1)) },
      writtenLatencyMs: { p50: Number(pctOf(writtenLatencies, 0.5)), p90: Number(pctOf(writtenLatencies, 0.9)), p99: Number(pctOf(writtenLatencies, 0.99)) },
      ...(workerAfter?.walPasses ? { walPassMsLast64: workerAfter.walPasses.map((p) => Number(p.ms.toFixed(1))) } : {}),
      verify: { ok: verify.ok, records: verify.records, recordsPerSec: Math.round(verify.records / verifySecs) },
      node: process.version,
    },
    null,
    2,
  ),
);
await store.close();
rmSync(dir, { recursive: true, force: true });
