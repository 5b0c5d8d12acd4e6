// The system under test for the macro benchmarks: Pavise's HTTP gateway in one process.
//
//   node --import tsx bench/gateway.ts <mode> <upstream-url>
//
// Modes (BENCHMARKS.md states the same definitions):
//  - `routing`: routing-only (B2). API-key authentication, the default Cedar authorization,
//    the per-key rate limiter, JSON parse (an unchanged body that repeats no key
//    goes upstream as the caller's bytes, else it is re-serialised), forwarding with undici. Every
//    detector disabled (so no normalisation, no guard rule fires) and audit OFF (a no-op sink).
//  - `full`: the full default pipeline (B3). Every built-in detector on input and output (hidden
//    text, injection, jailbreak, secrets, PII), guard rules, Cedar, session and monitor
//    observers, streamed output through the StreamGuard, and the audit log ON (SQLite WAL,
//    synchronous=FULL, group commit; each request awaits its records' commit).
//  - `full-normal`: `full` with `audit.synchronous: normal` (commits without fsync: durable
//    against a process crash, not a power loss; docs/audit.md "Durability").
//  - `full-inline`: `full` with `audit.writer: inline` (the audit writer on the event loop, no
//    worker thread; docs/audit.md "Durability"). `full` itself uses the default `audit.writer:
//    auto`: inline when pinned to one CPU (macro.ts pins), the worker otherwise.
//  - `full-worker`: `full` with `audit.writer: worker` (the audit writer on its own thread).
//  - `full-noaudit`: `full` with the audit replaced by a no-op sink (isolates the audit cost).
// Rate limits and the concurrency cap are raised so they never refuse benchmark load.
// Prints `{"url","key"}` on stdout once listening.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRegistry } from '../src/detect/index.js';
import type { AuditSink } from '../src/engine/pipeline.js';
import { identityFor } from '../src/identity/index.js';
import { parseConfig } from '../src/policy/config.js';
import { createRuntime } from '../src/runtime.js';
import { createServer } from '../src/surfaces/http.js';

const mode = process.argv[2] ?? 'full';
const upstream = process.argv[3] ?? 'http://127.0.0.1:1';
if (!['routing', 'full', 'full-normal', 'full-inline', 'full-worker', 'full-noaudit'].includes(mode)) throw new Error(`unknown mode ${mode}`);

const dir = mkdtempSync(join(tmpdir(), 'pavise-bench-gw-'));
const disabled = mode === 'routing' ? builtinRegistry().detectors.map((d) => d.id) : [];
const yaml = [
  `dataDir: ${dir}`,
  `server: { maxConcurrency: 4096 }`,
  `detectors: { disabled: ${JSON.stringify(disabled)} }`,
  `audit: { synchronous: ${mode === 'full-normal' ? 'normal' : 'full'}${mode === 'full-inline' ? ', writer: inline' : mode === 'full-worker' ? ', writer: worker' : ''} }`,
  `limits: { requestsPerMinute: 100000000, tokensPerMinute: 2000000000 }`,
  `providers:`,
  `  openai: { baseUrl: ${upstream}/v1, apiKey: sk-upstream-openai }`,
  `  anthropic: { baseUrl: ${upstream}, apiKey: sk-ant-upstream }`,
].join('\n');
const { config, warnings } = parseConfig(yaml, 'bench.yaml', {});
const noAudit: AuditSink = { append: (event) => Promise.resolve({ id: event.id, seq: 0 }) };
const runtime = createRuntime({ config, path: undefined, baseDir: dir, warnings }, mode === 'full' || mode === 'full-normal' || mode === 'full-inline' || mode === 'full-worker' ? {} : { audit: noAudit });
await runtime.audit?.ready();
const key = identityFor(runtime).keys.create({ name: 'bench', roles: ['admin'] }).key;
const app = createServer(runtime);
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(JSON.stringify({ url, key }) + '\n');

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
