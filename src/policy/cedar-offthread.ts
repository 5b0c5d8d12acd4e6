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
// Misses: worker start-up (~50–150 ms: a thread plus the wasm module) is added to every policy
// load; a load blocks the calling thread for its duration (as the in-thread wasm calls did).
// Cost: the calls themselves are the same; arguments and answers are structured-cloned.
// Failure mode: a worker that cannot start, throws, or does not answer within `timeoutMs` makes
// the call throw PAVISE_POLICY_INVALID (the loader refuses the policy set: fail closed; on hot
// reload the previous set stays).

import { createRequire } from 'node:module';
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

/**
 * Runs `fn` with a cedar-wasm compile API whose calls execute on a fresh worker thread; the worker
 * is terminated when `fn` returns or throws.
 */
export function withOffThreadCedar<T>(fn: (api: CedarCompileApi) => T, timeoutMs = 30_000): T {
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
    if (Atomics.wait(state, 0, 0, timeoutMs) === 'timed-out') throw new PaviseError('PAVISE_POLICY_INVALID', 'the policy compiler did not answer');
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
