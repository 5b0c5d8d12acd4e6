// The agent-scenario suite: builds the Pavise runtime the scenarios run against (the default
// policy, session taint, tenant isolation, approvals), runs every attack episode and its benign
// twin with Pavise off (engine bypassed) and on, and returns per-episode results.
//
// Configuration used (what an operator would write in pavise.yaml): one MCP server per tool
// group with the tool labels of env.ts, `crm_acme` with tenant `acme`, `crm_globex` with tenant
// `globex`; everything else is the embedded default (default Cedar policy, default guard rules,
// built-in detectors, redaction, monitor). The runtime is `createRuntime`'s, as `pavise serve`
// builds it. The agent is a principal of tenant `acme` with role `admin`, one session per
// episode. By default every episode gets a fresh runtime (see `Isolation`).
//
// Misses: see agent.ts (scripted model) and attacks.ts (hand-written payloads).
// Cost: 108 episodes × ≤ 20 calls × ≤ 2 inspections per mode; ~25 s with Pavise on and a
// fresh runtime (audit keys, SQLite files) per episode, ~5 s with one shared runtime.
// Failure mode: a runtime that cannot be built throws; an engine error fails the run.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../engine/pipeline.js';
import type { Principal } from '../../engine/types.js';
import type { ApprovalStore } from '../../policy/approvals.js';
import type { LoadedConfig } from '../../policy/config.js';
import { ConfigSchema } from '../../policy/config.js';
import { createRuntime } from '../../runtime.js';
import type { Gatekeeper } from './agent.js';
import { NoGatekeeper, PaviseGatekeeper, runEpisode } from './agent.js';
import type { Attack } from './attacks.js';
import { buildAttacks } from './attacks.js';
import { TENANT, TOOLS } from './env.js';
import type { EpisodeResult, Mode } from './report.js';
import { stopperOf } from './report.js';

export { buildAttacks, FAMILIES, STYLES } from './attacks.js';
export { formatReport, summarize } from './report.js';
export type { EpisodeResult, SuiteReport } from './report.js';

/** The `mcp.servers` section describing the scenario tools (labels, tenants). */
export function scenarioServers(): Record<string, { url: string; tenant?: string; tools: Record<string, { labels: string[] }> }> {
  const servers: Record<string, { url: string; tenant?: string; tools: Record<string, { labels: string[] }> }> = {};
  for (const t of TOOLS) {
    // The URL is never dialled: the scenarios call the engine in-process.
    const s = (servers[t.server] ??= { url: `http://127.0.0.1:9/mcp/${t.server}`, tools: {}, ...(t.tenant !== undefined ? { tenant: t.tenant } : {}) });
    s.tools[t.name] = { labels: [...t.labels] };
  }
  return servers;
}

export interface PaviseSetup {
  readonly engine: Engine;
  readonly approvals: ApprovalStore;
  close(): Promise<void>;
}

/**
 * The runtime the scenarios run against, in a temporary data directory: exactly what
 * `createRuntime` wires for `pavise serve` (audit, Cedar default policy with approvals, session
 * taint and tenant isolation, risk monitor), with the scenario tools' labels and tenants.
 */
export function buildPaviseSetup(): PaviseSetup {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-scenarios-'));
  const config = ConfigSchema.parse({ dataDir: join(dir, 'data'), mcp: { servers: scenarioServers() } });
  const loaded: LoadedConfig = { config, path: undefined, baseDir: dir, warnings: [] };
  const runtime = createRuntime(loaded);
  return {
    engine: runtime.engine,
    approvals: runtime.approvals,
    async close() {
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `episode`: a fresh runtime per episode (independent deployments: monitor risk, quarantine and
 * audit start empty), the headline figure. `shared`: one runtime for the whole run, as one
 * long-lived gateway would see it; the monitor's server quarantine then carries over.
 */
export type Isolation = 'episode' | 'shared';

export interface SuiteOptions {
  readonly mode: Mode;
  readonly isolation?: Isolation;
  readonly attacks?: readonly Attack[];
  /** Called after each episode (progress). */
  readonly onEpisode?: (r: EpisodeResult) => void;
}

let principals = 0;

/** Run every attack and its benign twin in one mode. */
export async function runSuite(opts: SuiteOptions): Promise<EpisodeResult[]> {
  const attacks = opts.attacks ?? buildAttacks();
  const out: EpisodeResult[] = [];
  const shared = opts.mode === 'on' && opts.isolation === 'shared' ? buildPaviseSetup() : undefined;
  try {
    for (const a of attacks) {
      for (const kind of ['attack', 'benign'] as const) {
        const setup = opts.mode === 'off' ? undefined : (shared ?? buildPaviseSetup());
        try {
          out.push(await episode(a, kind, setup, opts.mode));
        } finally {
          if (setup && setup !== shared) await setup.close();
        }
        const last = out[out.length - 1];
        if (last) opts.onEpisode?.(last);
      }
    }
  } finally {
    await shared?.close();
  }
  return out;
}

async function episode(a: Attack, kind: 'attack' | 'benign', setup: PaviseSetup | undefined, mode: Mode): Promise<EpisodeResult> {
  let gate: Gatekeeper;
  if (!setup) gate = new NoGatekeeper();
  else {
    const n = ++principals;
    const principal: Principal = { id: `agent:scenario-${n}`, kind: 'agent', roles: ['admin'], tenant: TENANT };
    gate = new PaviseGatekeeper({ engine: setup.engine, principal, session: `scenario-${n}`, approver: (call) => a.task.intended(call), approvals: setup.approvals });
  }
  const run = await runEpisode(a.task, gate, kind === 'attack' ? { attack: a } : { twinOf: a });
  const attackSucceeded = kind === 'attack' && a.succeeded({ env: run.env, answer: run.answer, delivered: run.delivered });
  const completed = a.task.completed(run.env, run.answer);
  const stoppedBy = kind === 'attack' && setup && !attackSucceeded ? stopperOf(gate.trace, run.obeyed) : undefined;
  return {
    id: kind === 'attack' ? a.id : `benign.${a.id}`,
    kind,
    family: a.family,
    style: a.style,
    task: a.task.id,
    mode,
    obeyed: run.obeyed,
    attackSucceeded,
    completed,
    approvalsAsked: gate.approvalsAsked,
    ...(stoppedBy !== undefined ? { stoppedBy } : {}),
    trace: gate.trace,
  };
}

/** Both modes, for the script and the test. */
export async function runBoth(isolation: Isolation = 'episode'): Promise<{ off: EpisodeResult[]; on: EpisodeResult[] }> {
  const off = await runSuite({ mode: 'off' });
  const on = await runSuite({ mode: 'on', isolation });
  return { off, on };
}
