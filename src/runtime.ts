// The runtime: one engine instance and its stores, built from a loaded config, shared by every
// surface (SDK, LLM gateway, MCP gateway) so the same Event gets the same Verdict everywhere.
//
// createRuntime wires, in this order: audit (SQLite hash chain), state.db (approvals, blocks,
// quarantine), the Cedar authorizer (configured policies or the built-in defaults, hot-reloaded),
// session taint and tenant isolation, the risk monitor, alerts and metrics. Every policy change,
// block and quarantine is itself an audit record.
//
// Failure mode: construction throws PaviseError (config, policy) — the CLI maps that to exit 2.
// close() flushes the audit (signing a final checkpoint) and closes every store.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Logger } from 'pino';
import type { OpenedAudit } from './audit/index.js';
import { openAudit } from './audit/index.js';
import { builtinRegistry } from './detect/index.js';
import type { ConfiguredRedactor } from './detect/redact.js';
import { createRedactor } from './detect/redact.js';
import type { EngineOptions } from './engine/pipeline.js';
import { Engine } from './engine/pipeline.js';
import type { Detector } from './engine/types.js';
import { Alerts } from './monitor/alerts.js';
import { Metrics } from './monitor/metrics.js';
import { Monitor } from './monitor/risk.js';
import { MonitorState } from './monitor/state.js';
import { Tracing } from './monitor/tracing.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { ApprovalStore } from './policy/approvals.js';
import { SqliteApprovalStore } from './policy/approvals.js';
import type { LoadedAuthorizer } from './policy/cedar.js';
import { loadAuthorizer } from './policy/cedar.js';
import type { LoadedConfig, PaviseConfig } from './policy/config.js';
import { resolveFromConfig } from './policy/config.js';
import { ToolCatalog } from './policy/entities.js';
import type { GuardRule } from './policy/guard.js';
import { DEFAULT_GUARD_RULES, redactionRules } from './policy/guard.js';
import { Sessions } from './session/state.js';
import type { SqliteDatabase } from './store/sqlite.js';
import { openDatabase } from './store/sqlite.js';
import { SqliteStateStore } from './store/state-sqlite.js';

/** What a caller (tests, fault injection, the SDK) may supply instead of the configured parts. */
export type RuntimeOverrides = Partial<
  Pick<EngineOptions, 'authorizer' | 'audit' | 'redactor' | 'gates' | 'findingChecks' | 'contextProviders' | 'observers'>
> & {
  /** Extra detectors (tests, fault injection). */
  readonly detectors?: readonly Detector[];
};

export interface RuntimeOptions {
  /** Logger; a silent one when absent. */
  readonly logger?: Logger;
  /** Hot-reload the policy directory (serve: true). */
  readonly watchPolicies?: boolean;
  readonly now?: () => number;
  /** Export decision and request spans here (tests: InMemorySpanExporter), besides any OTLP endpoint. */
  readonly spanExporter?: SpanExporter;
}

export interface Runtime {
  readonly loaded: LoadedConfig;
  readonly config: PaviseConfig;
  readonly dataDir: string;
  readonly engine: Engine;
  readonly logger: Logger;
  readonly audit: OpenedAudit | undefined;
  readonly authorizer: LoadedAuthorizer | undefined;
  readonly tools: ToolCatalog;
  readonly approvals: ApprovalStore;
  readonly monitorState: MonitorState;
  readonly monitor: Monitor;
  readonly sessions: Sessions;
  /** Redaction modes and the per-session pseudonymizer (placeholder restore). */
  readonly redactor: ConfiguredRedactor;
  readonly alerts: Alerts;
  readonly metrics: Metrics;
  /** OpenTelemetry spans; undefined unless `telemetry.otlpEndpoint` (or a test exporter) is set. */
  readonly tracing: Tracing | undefined;
  readonly stateDb: SqliteDatabase;
  /** Closers run in reverse order by close(). */
  readonly closers: Array<() => void | Promise<void>>;
  close(): Promise<void>;
}

export function guardRulesFrom(config: PaviseConfig): GuardRule[] {
  const own = config.guard.rules.map((r) => ({ ...r }) as GuardRule);
  const fromRedaction = redactionRules(config.redaction.entities);
  return config.guard.replaceDefaults ? [...own, ...fromRedaction] : [...DEFAULT_GUARD_RULES, ...fromRedaction, ...own];
}

/** Content-only engine (no stores): `pavise check`, `pavise eval`, the SDK without a data dir. */
export function createEngine(config: PaviseConfig, overrides: RuntimeOverrides = {}): Engine {
  const registry = builtinRegistry().with({ disable: config.detectors.disabled, add: overrides.detectors ?? [] });
  const engine = new Engine({
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
  engine.warmup();
  return engine;
}

const silent = pino({ level: 'silent' });

export function createRuntime(loaded: LoadedConfig, overrides: RuntimeOverrides = {}, opts: RuntimeOptions = {}): Runtime {
  const config = loaded.config;
  const logger = opts.logger ?? silent;
  const now = opts.now ?? Date.now;
  const dataDir = resolveFromConfig(loaded, config.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const closers: Array<() => void | Promise<void>> = [];

  const audit = overrides.audit ? undefined : openAudit({ dataDir, config: config.audit, now });
  if (audit) closers.push(() => audit.close());
  const record = (input: Parameters<OpenedAudit['log']['appendRecord']>[0]): void => {
    audit?.log.appendRecord(input).catch((err: unknown) => logger.error({ err: String(err), kind: input.kind }, 'audit record failed'));
  };

  const stateDb = openDatabase(join(dataDir, 'state.db'), { synchronous: 'NORMAL' });
  closers.push(() => {
    stateDb.close();
  });
  const approvals = new SqliteApprovalStore(stateDb, { now });
  const monitorState = new MonitorState(stateDb, { recheckMs: config.server.revocationCheckMs });

  const metrics = new Metrics({
    auditLagSeconds: () => audit?.log.lagSeconds() ?? 0,
    blockedPrincipals: () => monitorState.listBlocks(now()).length,
    quarantinedServers: () => monitorState.listQuarantine().length,
  });
  const tracing =
    config.telemetry.otlpEndpoint !== undefined || opts.spanExporter !== undefined
      ? new Tracing({
          serviceName: config.telemetry.serviceName,
          ...(config.telemetry.otlpEndpoint !== undefined ? { otlpEndpoint: config.telemetry.otlpEndpoint } : {}),
          ...(opts.spanExporter !== undefined ? { exporter: opts.spanExporter } : {}),
        })
      : undefined;
  if (tracing) closers.push(() => tracing.close());
  const alerts = new Alerts({
    webhooks: config.monitor.webhooks,
    now,
    log: (a) => {
      logger.warn({ alert: a.kind, severity: a.severity, principal: a.principal, server: a.server, evidence: a.evidence }, a.message);
      metrics.alerts.inc({ kind: a.kind, severity: a.severity });
    },
  });

  const tools = ToolCatalog.fromConfig(config.mcp.servers);
  const policiesDir = config.policies !== undefined ? resolveFromConfig(loaded, config.policies) : undefined;
  const authorizer =
    overrides.authorizer === undefined
      ? loadAuthorizer({
          approvals,
          tools,
          ...(policiesDir !== undefined ? { policiesDir, watch: opts.watchPolicies ?? false } : {}),
          onChange: (change) => {
            logger.info({ version: change.version }, 'policy set reloaded');
            record({ kind: 'policy.change', principal: 'system', policyVersion: change.version, data: { diff: change.diff } });
          },
          onError: (err) => {
            alerts.raise({ severity: 'critical', kind: 'policy_reload_refused', message: `new policy set refused, previous one kept: ${err.message}`, evidence: { code: err.code } });
          },
        })
      : undefined;
  if (authorizer) closers.push(() => authorizer.close());

  // The session key is derived from the audit HMAC key so fingerprints survive restarts.
  const sessionKey = Buffer.from(audit ? audit.keys.digest('pavise-session-fingerprints') : 'no-audit-session-key', 'utf8');
  const sessions = new Sessions(sessionKey, { now, store: new SqliteStateStore(stateDb) });
  const monitor = new Monitor(config.monitor, monitorState, alerts, {
    now,
    onAction: (a) =>
      record({
        kind: a.kind === 'principal_blocked' ? 'principal.block' : 'server.quarantine',
        principal: 'monitor',
        resource: { kind: a.kind === 'principal_blocked' ? 'principal' : 'server', id: a.target },
        decision: 'block',
        data: { reason: a.reason, risk: Number(a.risk.toFixed(3)), ...(a.until !== undefined ? { until: a.until } : {}) },
      }),
  });

  const redactor = createRedactor(config.redaction, {
    hashKey: audit ? audit.keys.digest('pavise-redaction-hash') : 'no-audit-redaction-key',
  });

  const engine = createEngine(config, {
    redactor,
    ...overrides,
    ...(authorizer ? { authorizer } : {}),
    ...(audit ? { audit: audit.sink } : {}),
    gates: [monitor, sessions, ...(overrides.gates ?? [])],
    findingChecks: [sessions, ...(overrides.findingChecks ?? [])],
    contextProviders: [sessions, ...(overrides.contextProviders ?? [])],
    observers: [sessions, monitor, metrics, ...(tracing ? [tracing] : []), ...(overrides.observers ?? [])],
  });

  let closed = false;
  return {
    loaded,
    config,
    dataDir,
    engine,
    logger,
    audit,
    authorizer,
    tools,
    approvals,
    monitorState,
    monitor,
    sessions,
    redactor,
    alerts,
    metrics,
    tracing,
    stateDb,
    closers,
    async close() {
      if (closed) return;
      closed = true;
      for (const c of closers.reverse()) await c();
    },
  };
}
