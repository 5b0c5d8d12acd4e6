// Session state and taint tracking (DESIGN.md "Decisions": session state is Cedar context).
//
// A session is an MCP session, or the `x-pavise-session` header on LLM routes, so an agent's model
// calls and tool calls share one. For each session we keep: whether untrusted content entered it
// (and from where), whether sensitive data was read (and which kinds), the tenants whose data
// entered it, the tools called, and keyed fingerprints of the secrets and PII it has seen.
//
// The Sessions object is three engine extension points at once:
// - ContextProvider: `context.session = {untrusted, sensitive, tools, tenants}` for Cedar, where
//   the default policy holds `external_egress` tools once untrusted && sensitive;
// - Gate: refuses a tool result or call that would mix tenants' data in one session, and an egress
//   call whose arguments carry a value the session has read (by fingerprint), whatever the taint;
// - Observer: updates the state after each allowed or redacted decision.
//
// Misses: a value the detectors cannot recognise (free text) is not fingerprinted; taint is
// per session, so an agent that spreads a chain over two sessions is seen only by baselines.
// Cost: O(parts + findings) per event; state bounded per session (fingerprints ≤ 10,000, sources
// ≤ 100) and sessions evicted after `ttlMs` idle. Failure mode: fingerprinting needs the key; a
// state-store error throws from the gate and the engine refuses the request (fail closed).

import { createHmac } from 'node:crypto';
import type { ContextProvider, FindingCheck, Gate, GateResult, Observer } from '../engine/pipeline.js';
import type { Event, Finding, Verdict } from '../engine/types.js';
import { isUntrusted } from '../engine/types.js';

export interface SessionState {
  untrustedSources: Set<string>;
  sensitiveKinds: Set<string>;
  tenants: Set<string>;
  tools: Set<string>;
  /** fingerprint -> entity */
  fingerprints: Map<string, string>;
  touched: number;
}

export interface SessionContext {
  readonly untrusted: boolean;
  readonly sensitive: boolean;
  readonly tools: readonly string[];
  readonly tenants: readonly string[];
}

const VALUE_DETECTORS = new Set(['secrets', 'pii']);
const MAX_FINGERPRINTS = 10_000;
const MAX_SOURCES = 100;

/** Canonical form of a value before fingerprinting: case and separators do not matter. */
export function canonicalValue(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s\-_.()]+/g, '');
}

export class Sessions implements ContextProvider, Gate, FindingCheck, Observer {
  readonly id = 'session';
  private readonly sessions = new Map<string, SessionState>();
  /** fingerprint -> tenant that first carried it (cross-tenant leak check). */
  private readonly firstTenant = new Map<string, string>();

  constructor(
    private readonly key: Buffer,
    private readonly opts: { readonly ttlMs?: number; readonly maxSessions?: number; readonly now?: () => number } = {},
  ) {}

  fingerprint(value: string): string {
    return createHmac('sha256', this.key).update(canonicalValue(value)).digest('base64url').slice(0, 22);
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  get(session: string): SessionState | undefined {
    const s = this.sessions.get(session);
    if (s && this.now() - s.touched > (this.opts.ttlMs ?? 24 * 3600_000)) {
      this.sessions.delete(session);
      return undefined;
    }
    return s;
  }

  private state(session: string): SessionState {
    let s = this.get(session);
    if (!s) {
      s = { untrustedSources: new Set(), sensitiveKinds: new Set(), tenants: new Set(), tools: new Set(), fingerprints: new Map(), touched: this.now() };
      this.sessions.set(session, s);
      const max = this.opts.maxSessions ?? 100_000;
      if (this.sessions.size > max) {
        const oldest = this.sessions.keys().next();
        if (!oldest.done) this.sessions.delete(oldest.value);
      }
    }
    s.touched = this.now();
    return s;
  }

  snapshot(session: string | undefined): SessionContext {
    const s = session === undefined ? undefined : this.get(session);
    return {
      untrusted: (s?.untrustedSources.size ?? 0) > 0,
      sensitive: (s?.sensitiveKinds.size ?? 0) > 0,
      tools: s ? [...s.tools].sort() : [],
      tenants: s ? [...s.tenants].sort() : [],
    };
  }

  context(event: Event): Record<string, unknown> {
    return { session: this.snapshot(event.session) };
  }

  private values(event: Event, findings: readonly Finding[]): Array<{ fp: string; entity: string }> {
    const out: Array<{ fp: string; entity: string }> = [];
    for (const f of findings) {
      if (!VALUE_DETECTORS.has(f.detector)) continue;
      const text = event.parts[f.part]?.text;
      if (text === undefined) continue;
      out.push({ fp: this.fingerprint(text.slice(f.span.start, f.span.end)), entity: f.entity ?? f.kind });
    }
    return out;
  }

  /** Tenant isolation, before detection. */
  check(event: Event): GateResult | undefined {
    const tenant = event.resource.tenant;
    const own = event.principal.tenant;
    const dataActions = event.action === 'tool.call' || event.action === 'tool.result' || event.action === 'resource.read' || event.action === 'prompt.get';
    if (tenant !== undefined && dataActions) {
      if (own !== undefined && own !== tenant) return tenantMix(`principal of tenant ${own} may not use ${tenant}'s data`);
      const s = event.session === undefined ? undefined : this.get(event.session);
      if (s && s.tenants.size > 0 && !s.tenants.has(tenant)) return tenantMix(`session already holds data of another tenant`);
    }
    return undefined;
  }

  /**
   * Checks that need findings: egress arguments carrying values the session read; outputs to one
   * tenant carrying a value first seen in another tenant's traffic. Called by the surface (or the
   * authorizer context) with the event's findings; returns a refusal or undefined.
   */
  checkValues(event: Event, findings: readonly Finding[], egress: boolean): GateResult | undefined {
    const values = this.values(event, findings);
    if (values.length === 0) return undefined;
    const s = event.session === undefined ? undefined : this.get(event.session);
    if (egress && s) {
      const hit = values.find((v) => s.fingerprints.has(v.fp));
      if (hit) {
        return {
          decision: 'block',
          code: 'PAVISE_SESSION_TAINTED',
          reason: { source: 'session', id: 'egress-carries-read-value', message: `the call would send out a ${hit.entity} value this session read` },
        };
      }
    }
    const tenant = event.principal.tenant;
    if (tenant !== undefined && (event.action === 'chat.output' || event.action === 'tool.result' || event.action === 'resource.read')) {
      const foreign = values.find((v) => {
        const first = this.firstTenant.get(v.fp);
        return first !== undefined && first !== tenant;
      });
      if (foreign) return tenantMix(`the response carries a ${foreign.entity} value that belongs to another tenant`);
    }
    return undefined;
  }

  checkFindings(event: Event, findings: readonly Finding[]): GateResult | undefined {
    return this.checkValues(event, findings, (event.resource.labels ?? []).includes('external_egress'));
  }

  observe(event: Event, verdict: Verdict): void {
    if (verdict.decision === 'block' || verdict.decision === 'hold') return;
    if (event.session === undefined) {
      this.recordTenantValues(event, verdict.findings);
      return;
    }
    const s = this.state(event.session);
    const labels = event.resource.labels ?? [];
    if (event.action === 'tool.call') s.tools.add(event.resource.id);
    const isResult = event.action === 'tool.result' || event.action === 'resource.read' || event.action === 'prompt.get';
    for (const p of event.parts) {
      if (isUntrusted(p.provenance) && (p.provenance.startsWith('retrieved:') || labels.includes('untrusted_content'))) {
        if (s.untrustedSources.size < MAX_SOURCES) s.untrustedSources.add(p.provenance);
      }
    }
    if (isResult) {
      // Injection findings below the block threshold still mean the content is untrusted.
      if (verdict.findings.some((f) => f.detector === 'injection' || f.detector === 'jailbreak' || f.detector === 'hidden_text')) {
        s.untrustedSources.add(`${event.resource.id}`);
      }
      if (labels.includes('reads_sensitive')) s.sensitiveKinds.add('labelled');
      for (const f of verdict.findings) if (VALUE_DETECTORS.has(f.detector)) s.sensitiveKinds.add(f.entity ?? f.kind);
      if (event.resource.tenant !== undefined) s.tenants.add(event.resource.tenant);
    }
    // Private data is what the session read from its own sources: values in content from outside
    // (an inbox, a web page) are the attacker's to know already, e.g. the sender's address the
    // agent legitimately replies to, so they are not fingerprinted as private.
    if (isResult && !labels.includes('untrusted_content')) {
      const privateFindings = verdict.findings.filter((f) => {
        const p = event.parts[f.part];
        return p !== undefined && !p.provenance.startsWith('retrieved:');
      });
      for (const v of this.values(event, privateFindings)) {
        if (s.fingerprints.size < MAX_FINGERPRINTS) s.fingerprints.set(v.fp, v.entity);
      }
    }
    this.recordTenantValues(event, verdict.findings);
  }

  private recordTenantValues(event: Event, findings: readonly Finding[]): void {
    const tenant = event.resource.tenant ?? (event.action === 'chat.input' ? event.principal.tenant : undefined);
    if (tenant === undefined) return;
    for (const v of this.values(event, findings)) {
      if (!this.firstTenant.has(v.fp) && this.firstTenant.size < 1_000_000) this.firstTenant.set(v.fp, tenant);
    }
  }
}

function tenantMix(message: string): GateResult {
  return { decision: 'block', code: 'PAVISE_TENANT_MIX', reason: { source: 'session', id: 'tenant-isolation', message } };
}
