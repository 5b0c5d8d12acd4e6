// The runtime: one engine instance and its stores, built from a loaded config, shared by every
// surface (SDK, LLM gateway, MCP gateway) so the same Event gets the same Verdict everywhere.
//
// Failure mode: construction throws PaviseError (config, policy) — the CLI maps that to exit 2.

import { mkdirSync } from 'node:fs';
import { builtinRegistry } from './detect/index.js';
import type { AuditSink, Authorizer, ContextProvider, FindingCheck, Gate, Observer, Redactor } from './engine/pipeline.js';
import { Engine } from './engine/pipeline.js';
import type { Detector } from './engine/types.js';
import type { LoadedConfig, PaviseConfig } from './policy/config.js';
import { resolveFromConfig } from './policy/config.js';
import type { GuardRule } from './policy/guard.js';
import { DEFAULT_GUARD_RULES } from './policy/guard.js';

export interface RuntimeOverrides {
  readonly authorizer?: Authorizer;
  readonly audit?: AuditSink;
  readonly redactor?: Redactor;
  readonly gates?: readonly Gate[];
  readonly findingChecks?: readonly FindingCheck[];
  readonly contextProviders?: readonly ContextProvider[];
  readonly observers?: readonly Observer[];
  /** Extra detectors (tests, fault injection). */
  readonly detectors?: readonly Detector[];
}

export interface Runtime {
  readonly loaded: LoadedConfig;
  readonly config: PaviseConfig;
  readonly dataDir: string;
  readonly engine: Engine;
  /** Closers run in reverse order by close(). */
  readonly closers: Array<() => void | Promise<void>>;
  close(): Promise<void>;
}

export function guardRulesFrom(config: PaviseConfig): GuardRule[] {
  const own = config.guard.rules.map((r) => ({ ...r }) as GuardRule);
  return config.guard.replaceDefaults ? own : [...DEFAULT_GUARD_RULES, ...own];
}

/** Content-only engine (no stores): `pavise check`, `pavise eval`, the SDK without a data dir. */
export function createEngine(config: PaviseConfig, overrides: RuntimeOverrides = {}): Engine {
  const registry = builtinRegistry().with({ disable: config.detectors.disabled, add: overrides.detectors ?? [] });
  return new Engine({
    registry,
    rules: guardRulesFrom(config),
    detectorBudgetMs: config.detectors.budgetMs,
    auditDeadlineMs: config.audit.deadlineMs,
    failOpen: { audit: config.audit.failOpen },
    ...(overrides.authorizer ? { authorizer: overrides.authorizer } : {}),
    ...(overrides.audit ? { audit: overrides.audit } : {}),
    ...(overrides.redactor ? { redactor: overrides.redactor } : {}),
    ...(overrides.gates ? { gates: overrides.gates } : {}),
    ...(overrides.findingChecks ? { findingChecks: overrides.findingChecks } : {}),
    ...(overrides.contextProviders ? { contextProviders: overrides.contextProviders } : {}),
    ...(overrides.observers ? { observers: overrides.observers } : {}),
  });
}

export function createRuntime(loaded: LoadedConfig, overrides: RuntimeOverrides = {}): Runtime {
  const config = loaded.config;
  const dataDir = resolveFromConfig(loaded, config.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const closers: Array<() => void | Promise<void>> = [];
  const engine = createEngine(config, overrides);
  return {
    loaded,
    config,
    dataDir,
    engine,
    closers,
    async close() {
      for (const c of closers.reverse()) await c();
    },
  };
}
