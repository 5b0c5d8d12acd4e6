// Test harness: a scripted upstream, a Runtime configured against it (temp data dir), a Pavise
// key, and the gateway listening on 127.0.0.1 (ephemeral port) for the official SDKs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { builtinRegistry } from '../../src/detect/index.js';
import type { Authorizer } from '../../src/engine/pipeline.js';
import type { Detector } from '../../src/engine/types.js';
import { identityFor } from '../../src/identity/index.js';
import { parseConfig } from '../../src/policy/config.js';
import type { Runtime, RuntimeOverrides } from '../../src/runtime.js';
import { createRuntime } from '../../src/runtime.js';
import { createServer } from '../../src/surfaces/http.js';
import { testInjectionDetector, testSecretsDetector } from './detectors.js';
import type { ScriptedUpstream } from './scripted-upstream.js';
import { startScriptedUpstream } from './scripted-upstream.js';

/**
 * Deterministic detectors for gateway tests: the test injection detector (replacing the real one,
 * whose quality is not what these tests measure), the real `secrets` detector when registered
 * (else the test one), and every other built-in disabled. `real: true` keeps the built-ins and
 * adds test detectors only for what is missing.
 */
export function gatewayDetectors(real: boolean): { add: Detector[]; disabled: string[] } {
  const reg = builtinRegistry();
  const add: Detector[] = [];
  if (!reg.get('secrets')) add.push(testSecretsDetector);
  if (real) {
    if (!reg.get('injection')) add.push(testInjectionDetector);
    return { add, disabled: [] };
  }
  add.push(testInjectionDetector);
  return { add, disabled: reg.detectors.map((d) => d.id).filter((id) => id !== 'secrets' && id !== 'injection') };
}

/** Denies principals with role `guest` on models, and the tool `delete_everything` to anyone. */
export const testAuthorizer: Authorizer = {
  version: 'test-authz',
  authorize({ event }) {
    if (event.resource.kind === 'model' && event.principal.roles.includes('guest')) {
      return { decision: 'deny', reasons: [{ source: 'policy', id: 'no-guests', message: 'guests may not use models' }] };
    }
    if (event.resource.kind === 'tool' && event.resource.id === 'delete_everything') {
      return { decision: 'deny', reasons: [{ source: 'policy', id: 'no-delete', message: 'tool not permitted' }] };
    }
    return { decision: 'allow', reasons: [] };
  },
};

export interface Gateway {
  readonly upstream: ScriptedUpstream;
  readonly runtime: Runtime;
  readonly app: FastifyInstance;
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** An admin key. */
  readonly key: string;
  /** A key with role `guest` (refused by testAuthorizer). */
  readonly guestKey: string;
  close(): Promise<void>;
}

// budgetMs is raised because tests share 2 busy cores: a detector run that is descheduled past the
// default 50 ms fails closed (correctly), which would make assertions about content flaky.
export async function startGateway(opts: { yaml?: string; overrides?: RuntimeOverrides; listen?: boolean; realDetectors?: boolean } = {}): Promise<Gateway> {
  const upstream = await startScriptedUpstream();
  const dir = mkdtempSync(join(tmpdir(), 'pavise-gw-'));
  const dets = gatewayDetectors(opts.realDetectors ?? false);
  const yaml = `dataDir: ${dir}\ndetectors: { disabled: ${JSON.stringify(dets.disabled)}, budgetMs: 1000 }\nproviders:\n  openai: { baseUrl: ${upstream.url}/v1, apiKey: sk-upstream-openai-secret }\n  anthropic: { baseUrl: ${upstream.url}, apiKey: sk-ant-upstream-secret }\n${opts.yaml ?? ''}`;
  const { config, warnings } = parseConfig(yaml, 'test.yaml', {});
  const runtime = createRuntime(
    { config, path: undefined, baseDir: dir, warnings },
    { detectors: dets.add, authorizer: testAuthorizer, ...(opts.overrides ?? {}) },
  );
  // The audit worker boots tsx when run from source (up to ~1 s on a busy machine): let it open
  // before the first request races the engine's 2 s audit deadline.
  await runtime.audit?.ready();
  const keys = identityFor(runtime).keys;
  const key = keys.create({ name: 'admin', roles: ['admin'] }).key;
  const guestKey = keys.create({ name: 'guest', roles: ['guest'] }).key;
  const app = createServer(runtime);
  let url = '';
  if (opts.listen !== false) url = await app.listen({ host: '127.0.0.1', port: 0 });
  else await app.ready();
  return {
    upstream,
    runtime,
    app,
    url,
    key,
    guestKey,
    async close() {
      await app.close();
      await runtime.close();
      await upstream.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
