// Cedar's parser and validator, run on a short-lived worker thread, called synchronously.
//
// Why: cedar-wasm's linear memory only grows. Parsing the schema and validating the policy set
// (`schemaToJson`, `validate`, `policyToJson`, `policySetTextToParts`) grow it by ~65–85 MB, and
// the process would keep that memory for its whole life although it is needed once per policy
// load. Loading happens on a worker that is terminated afterwards, so that memory is returned;
// the gateway's own thread instantiates cedar-wasm only if some policy needs it to authorize
// (see cedar.ts: the TypeScript evaluator decides the common subset).
//
// How: the worker is plain CommonJS passed as a string (`eval: true`), so it loads the same way
// from source (tsx) and from dist/. Each call posts a message on a MessageChannel and blocks the
// caller with Atomics.wait until the worker flags the answer, which is then read with
// receiveMessageOnPort — a synchronous call, as the loader's API is synchronous.
//
// The worker's copy of the 4.3 MB wasm module is compiled by Liftoff only (V8's baseline wasm
// compiler; `--liftoff-only` is set for the worker's lifetime, see `compileWithLiftoffOnly`):
// TurboFan's optimizing compile of the whole module ran on V8's background threads, whose glibc
// malloc arenas kept 35–60 MB of freed compiler memory in the process after the worker ended
// (/proc/self/smaps: four 64 MB-aligned anonymous arenas grew by 62 MB; 10 MB with Liftoff only),
// and it was the slower half of a policy load (load 620–1190 ms → 300–360 ms measured).
//
// Misses: worker start-up (~50–150 ms: a thread plus the wasm module) is added to every policy
// load; a load blocks the calling thread for its duration (as the in-thread wasm calls did).
// Liftoff code runs the compile calls a little slower than TurboFan code would; they run once
// per load, so compiling less wins.
// Cost: the calls themselves are the same; arguments and answers are structured-cloned.
// Failure mode: a worker that cannot start, throws, or does not answer within `timeoutMs` makes
// the call throw PAVISE_POLICY_INVALID (the loader refuses the policy set: fail closed; on hot
// reload the previous set stays).

import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type * as CedarWasm from '@cedar-policy/cedar-wasm/nodejs';
import { PaviseError } from '../engine/errors.js';

/** The cedar-wasm functions the loader uses. */
export type CedarCompileApi = Pick<typeof CedarWasm, 'schemaToJson' | 'policySetTextToParts' | 'policyToJson' | 'validate'>;

const FUNCTIONS: readonly (keyof CedarCompileApi)[] = ['schemaToJson', 'policySetTextToParts', 'policyToJson', 'validate'];

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, flag, modulePath, allowed } = workerData;
const cedar = require(modulePath);
const state = new Int32Array(flag);
port.on('message', (m) => {
  let out;
  try {
    if (!allowed.includes(m.fn)) throw new Error('not allowed: ' + m.fn);
    out = { ok: true, value: cedar[m.fn](...m.args) };
  } catch (e) {
    out = { ok: false, error: String(e && e.message ? e.message : e).slice(0, 500) };
  }
  port.postMessage(out);
  Atomics.store(state, 0, 1);
  Atomics.notify(state, 0);
});
`;

const requireCjs = createRequire(import.meta.url);

/** True when the process was started with `--liftoff-only` (then it is never switched off here). */
const liftoffOnlyFromStart = process.execArgv.includes('--liftoff-only') || /(^|\s)--liftoff-only(\s|$)/.test(process.env.NODE_OPTIONS ?? '');

/**
 * Runs `fn` (which starts and uses the compile worker) with V8's `--liftoff-only` set, and switches
 * it back off afterwards. V8 flags are process-wide, not per isolate (a worker's execArgv cannot
 * carry them), so the flag is on while the caller is blocked in the compile calls; wasm flags are
 * read when a module is compiled, so a module the gateway's own thread compiles later (cedar.ts)
 * gets the normal tiering.
 * INVARIANT: this thread is blocked (Atomics.wait) for the whole of `fn`, so no other code of this
 * thread starts a wasm compile or runs wasm (and so triggers no tier-up) meanwhile; the process's
 * other wasm (undici's llhttp parser, cedar.ts) is compiled and run by this thread. The flag only
 * chooses which compiler produces the code: it never changes what the code computes.
 */
function compileWithLiftoffOnly<T>(fn: () => T): T {
  if (liftoffOnlyFromStart) return fn();
  setFlagsFromString('--liftoff-only');
  try {
    return fn();
  } finally {
    setFlagsFromString('--no-liftoff-only');
  }
}

/**
 * Runs `fn` with a cedar-wasm compile API whose calls execute on a fresh worker thread; the worker
 * is terminated when `fn` returns or throws.
 */
export function withOffThreadCedar<T>(fn: (api: CedarCompileApi) => T, timeoutMs = 30_000): T {
  return compileWithLiftoffOnly(() => runOffThread(fn, timeoutMs));
}

function runOffThread<T>(fn: (api: CedarCompileApi) => T, timeoutMs: number): T {
  const { port1, port2 } = new MessageChannel();
  const flag = new SharedArrayBuffer(4);
  const state = new Int32Array(flag);
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      execArgv: [],
      workerData: { port: port2, flag, modulePath: requireCjs.resolve('@cedar-policy/cedar-wasm/nodejs'), allowed: FUNCTIONS },
      transferList: [port2],
    });
  } catch {
    port1.close();
    throw new PaviseError('PAVISE_POLICY_INVALID', 'the policy compiler could not start');
  }
  const call = (name: keyof CedarCompileApi, args: unknown[]): unknown => {
    Atomics.store(state, 0, 0);
    port1.postMessage({ fn: name, args });
    // The worker may still be starting (the first call waits for it as well).
    // INVARIANT: only the flag says the answer is there. A wake-up alone does not: the worker
    // stores 1 and then notifies, so when this thread saw the previous call's 1 before that
    // notify ran, the late notify wakes THIS wait before the answer exists (seen once in CI on a
    // loaded machine as "did not answer" after 0.5 s). Wait again until the flag is set.
    const deadline = performance.now() + timeoutMs;
    while (Atomics.load(state, 0) === 0) {
      const left = deadline - performance.now();
      if (left <= 0) throw new PaviseError('PAVISE_POLICY_INVALID', 'the policy compiler did not answer');
      Atomics.wait(state, 0, 0, left);
    }
    const msg = receiveMessageOnPort(port1)?.message as { ok: boolean; value?: unknown; error?: string } | undefined;
    if (!msg) throw new PaviseError('PAVISE_POLICY_INVALID', 'the policy compiler did not answer');
    if (!msg.ok) throw new PaviseError('PAVISE_POLICY_INVALID', `the policy compiler failed: ${msg.error ?? 'error'}`);
    return msg.value;
  };
  const api: CedarCompileApi = {
    schemaToJson: (...args) => call('schemaToJson', args) as ReturnType<CedarCompileApi['schemaToJson']>,
    policySetTextToParts: (...args) => call('policySetTextToParts', args) as ReturnType<CedarCompileApi['policySetTextToParts']>,
    policyToJson: (...args) => call('policyToJson', args) as ReturnType<CedarCompileApi['policyToJson']>,
    validate: (...args) => call('validate', args) as ReturnType<CedarCompileApi['validate']>,
  };
  try {
    return fn(api);
  } finally {
    port1.close();
    void worker.terminate();
  }
}
