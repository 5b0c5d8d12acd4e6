// Runtime monitoring: risk per principal, session and server, raised by refusals and decaying
// over time; a principal over its threshold is blocked for a while, a server over its threshold is
// quarantined until an admin releases it (DESIGN.md "Runtime monitoring").
//
// The Monitor is both an engine Gate (refuses blocked principals and quarantined servers before
// any detection runs) and an Observer (updates risk and baselines after every decision).
// Risk decays exponentially: r(t) = r0 · 2^(−Δt / halfLife). Only refusals for content the
// principal (or the server) produced raise risk; a refusal caused by the block itself does not.
//
// Cost: O(findings) per decision, O(1) maps keyed by id, bounded by `maxTracked` (least recently
// updated entries are evicted). Failure mode: a state-store error inside `check` throws, and the
// engine refuses the request (fail closed); errors inside `observe` are swallowed by the engine
// (observers never change a verdict).

import type { Gate, GateResult, Observer } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';
import { directionOf } from '../engine/types.js';
import type { PaviseConfig } from '../policy/config.js';
import type { Alerts } from './alerts.js';
import { Baselines } from './baseline.js';
import type { MonitorState } from './state.js';

type MonitorConfig = PaviseConfig['monitor'];

interface Score {
  value: number;
  at: number;
}

/** Something the monitor did that must be audited (block, quarantine). */
export interface MonitorAction {
  readonly kind: 'principal_blocked' | 'server_quarantined';
  readonly target: string;
  readonly reason: string;
  readonly risk: number;
  readonly until?: number;
}

const SERVER_ACTIONS = new Set(['tool.call', 'tool.result', 'tool.list', 'resource.read', 'prompt.get']);
const CONTENT_DETECTORS = ['injection', 'jailbreak', 'hidden_text', 'secrets', 'pii'] as const;

export class Monitor implements Gate, Observer {
  readonly id = 'monitor';
  private readonly principals = new Map<string, Score>();
  private readonly sessions = new Map<string, Score>();
  private readonly servers = new Map<string, Score>();
  readonly baselines: Baselines;

  constructor(
    private readonly cfg: MonitorConfig,
    private readonly state: MonitorState,
    private readonly alerts: Alerts,
    private readonly opts: { readonly now?: () => number; readonly onAction?: (a: MonitorAction) => void | Promise<void>; readonly maxTracked?: number } = {},
  ) {
    this.baselines = new Baselines(cfg.baseline, alerts);
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  check(event: Event): GateResult | undefined {
    const now = this.now();
    const b = this.state.blocked(event.principal.id, now);
    if (b) {
      return {
        decision: 'block',
        code: 'PAVISE_PRINCIPAL_BLOCKED',
        reason: { source: 'monitor', id: 'principal-blocked', message: 'this principal is temporarily blocked after repeated refusals' },
        retryAfterSeconds: Math.max(1, Math.ceil((b.until - now) / 1000)),
      };
    }
    const server = event.resource.server;
    if (server !== undefined && SERVER_ACTIONS.has(event.action)) {
      const q = this.state.quarantined(server);
      if (q) {
        return { decision: 'block', code: 'PAVISE_SERVER_QUARANTINED', reason: { source: 'monitor', id: 'server-quarantined', message: `server ${server} is quarantined` } };
      }
    }
    return undefined;
  }

  /** Current (decayed) risk. */
  risk(kind: 'principal' | 'session' | 'server', id: string): number {
    const map = kind === 'principal' ? this.principals : kind === 'session' ? this.sessions : this.servers;
    const s = map.get(id);
    return s ? this.decayed(s, this.now()) : 0;
  }

  private decayed(s: Score, now: number): number {
    const dt = Math.max(0, now - s.at) / 1000;
    return s.value * Math.pow(2, -dt / this.cfg.halfLifeSeconds);
  }

  private add(map: Map<string, Score>, id: string, amount: number, now: number): number {
    const prev = map.get(id);
    const value = (prev ? this.decayed(prev, now) : 0) + amount;
    map.delete(id); // re-insert: Map order = least recently updated first
    map.set(id, { value, at: now });
    const max = this.opts.maxTracked ?? 100_000;
    while (map.size > max) {
      const oldest = map.keys().next();
      if (oldest.done) break;
      map.delete(oldest.value);
    }
    return value;
  }

  /** Synchronous unless it blocks or quarantines (then the promise of that action), so the
   * engine awaits nothing on the common path. */
  observe(event: Event, verdict: Verdict): Promise<void> | undefined {
    const now = this.now();
    if (verdict.code === 'PAVISE_PRINCIPAL_BLOCKED' || verdict.code === 'PAVISE_SERVER_QUARANTINED') return undefined;
    if (verdict.decision === 'allow' && event.action === 'tool.call') this.baselines.observeCall(event, now);
    if (event.action === 'tool.result' || event.action === 'resource.read') {
      this.baselines.observeVolume(event, event.parts.reduce((n, p) => n + p.text.length, 0));
    }

    // Risk from what the principal sent, and from what a server returned.
    let principalRisk = 0;
    let serverRisk = 0;
    const w = this.cfg.weights;
    const refused = verdict.decision === 'block' || verdict.decision === 'hold';
    if (refused || verdict.decision === 'redact') {
      const maxBy = new Map<string, number>();
      for (const f of verdict.findings) maxBy.set(f.detector, Math.max(maxBy.get(f.detector) ?? 0, f.score));
      for (const d of CONTENT_DETECTORS) {
        const score = maxBy.get(d);
        if (score === undefined) continue;
        for (const f of verdict.findings) {
          if (f.detector !== d) continue;
          const part = event.parts[f.part];
          if (!part) continue;
          const dir = directionOf(event.action, part.provenance);
          if (dir === 'input' && part.provenance === 'user') principalRisk = Math.max(principalRisk, w[d] * score);
          // Injections in results of tools that fetch outside content (web pages, inboxes) are the
          // content, not the server misbehaving: they are blocked, but do not quarantine the server.
          if (dir === 'tool_result' && !(event.resource.labels ?? []).includes('untrusted_content')) serverRisk = Math.max(serverRisk, w[d] * score);
        }
      }
    }
    if (verdict.decision === 'block' && verdict.code === 'PAVISE_FORBIDDEN') principalRisk += w.policy;

    let action: Promise<void> | undefined;
    if (principalRisk > 0) {
      const r = this.add(this.principals, event.principal.id, principalRisk, now);
      if (event.session) this.add(this.sessions, event.session, principalRisk, now);
      if (r >= this.cfg.blockThreshold) action = this.blockPrincipal(event, r, now);
    }
    const server = event.resource.server;
    if (serverRisk > 0 && server !== undefined) {
      const r = this.add(this.servers, server, serverRisk, now);
      // After the block (if any) finished, as when both were awaited in turn.
      if (r >= this.cfg.quarantineThreshold) action = action ? action.then(() => this.quarantineServer(server, r, now)) : this.quarantineServer(server, r, now);
    }
    return action;
  }

  private async blockPrincipal(event: Event, risk: number, now: number): Promise<void> {
    const reason = `risk ${risk.toFixed(2)} reached ${this.cfg.blockThreshold} after repeated refusals`;
    const entry = this.state.block(event.principal.id, this.cfg.blockSeconds, reason, 'monitor', now);
    this.principals.delete(event.principal.id);
    this.alerts.raise({
      severity: 'critical',
      kind: 'principal_blocked',
      message: `principal ${event.principal.id} blocked for ${this.cfg.blockSeconds}s: ${reason}`,
      principal: event.principal.id,
      ...(event.session !== undefined ? { session: event.session } : {}),
      evidence: { risk: Number(risk.toFixed(3)), threshold: this.cfg.blockThreshold, until: entry.until },
    });
    await this.opts.onAction?.({ kind: 'principal_blocked', target: event.principal.id, reason, risk, until: entry.until });
  }

  private async quarantineServer(server: string, risk: number, now: number): Promise<void> {
    if (this.state.quarantined(server)) return;
    const reason = `risk ${risk.toFixed(2)} reached ${this.cfg.quarantineThreshold}: results repeatedly carried injections`;
    this.state.quarantine(server, reason, 'monitor', now);
    this.servers.delete(server);
    this.alerts.raise({
      severity: 'critical',
      kind: 'server_quarantined',
      message: `server ${server} quarantined: ${reason}`,
      server,
      evidence: { risk: Number(risk.toFixed(3)), threshold: this.cfg.quarantineThreshold },
    });
    await this.opts.onAction?.({ kind: 'server_quarantined', target: server, reason, risk });
  }
}
