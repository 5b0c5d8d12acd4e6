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
// State lives in a StateStore (src/store/types.ts; SQLite in the gateway, so taint survives a
// restart; in memory for the SDK) behind a write-through cache: reads come from the cache (a store
// read only on a session's first event in this process), and each event that adds a value writes
// it synchronously in one small transaction before the observer returns.
//
// Cost: O(parts + findings) per event plus, when the event adds values, one store transaction;
// state bounded per session (fingerprints ≤ 10,000, sources ≤ 100), sessions expire after `ttlMs`
// idle and the store keeps at most `maxSessions` (pruned once a minute). Failure mode:
// fingerprinting needs the key; a store read error throws from the gate and the engine refuses the
// request (fail closed); a store write error leaves the value in the cache (this process still
// enforces it) and is rethrown to the engine, which ignores observer errors.

import { createHmac } from 'node:crypto';
import type { ContextProvider, FindingCheck, Gate, GateResult, Observer } from '../engine/pipeline.js';
import type { Event, Finding, Verdict } from '../engine/types.js';
import { isUntrusted } from '../engine/types.js';
import { MemoryStateStore } from '../store/state-memory.js';
import type { SessionValue, StateStore, StoredSession } from '../store/types.js';

export interface SessionState {
  untrustedSources: Set<string>;
  sensitiveKinds: Set<string>;
  tenants: Set<string>;
  tools: Set<string>;
  /** fingerprint -> entity */
  fingerprints: Map<string, string>;
  touched: number;
}

/** A cached session and when its `touched` was last written to the store. */
type Cached = SessionState & { persisted: number };

export interface SessionContext {
  readonly untrusted: boolean;
  readonly sensitive: boolean;
  readonly tools: readonly string[];
  readonly tenants: readonly string[];
}

export interface SessionsOptions {
  /** Idle time after which a session is forgotten (default 24 h). */
  readonly ttlMs?: number;
  /** Sessions kept in the store at most (default 100,000; least recently active pruned first). */
  readonly maxSessions?: number;
  /** Sessions kept in the in-process cache (default 10,000; evicted ones reload from the store). */
  readonly cacheSize?: number;
  /** Where state lives (default: in memory). */
  readonly store?: StateStore;
  readonly now?: () => number;
}

const VALUE_DETECTORS = new Set(['secrets', 'pii']);
const MAX_FINGERPRINTS = 10_000;
const MAX_SOURCES = 100;
const MAX_TENANT_FINGERPRINTS = 1_000_000;
/** `touched` is persisted at most this often when nothing else changes (it only drives expiry). */
const TOUCH_PERSIST_MS = 60_000;
const PRUNE_EVERY_MS = 60_000;

/** Canonical form of a value before fingerprinting: case and separators do not matter. */
export function canonicalValue(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s\-_.()]+/g, '');
}

export class Sessions implements ContextProvider, Gate, FindingCheck, Observer {
  readonly id = 'session';
  readonly store: StateStore;
  /** Write-through cache; Map order is recency (re-inserted on use). */
  private readonly cache = new Map<string, Cached>();
  /** fingerprint -> tenant that first carried it: a cache of the store's table (hits only). */
  private readonly firstTenantCache = new Map<string, string>();
  private lastPrune: number;

  constructor(
    private readonly key: Buffer,
    private readonly opts: SessionsOptions = {},
  ) {
    this.store = opts.store ?? new MemoryStateStore();
    this.lastPrune = this.now();
  }

  fingerprint(value: string): string {
    return createHmac('sha256', this.key).update(canonicalValue(value)).digest('base64url').slice(0, 22);
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private get ttlMs(): number {
    return this.opts.ttlMs ?? 24 * 3600_000;
  }

  get(session: string): SessionState | undefined {
    return this.lookup(session);
  }

  private lookup(session: string): Cached | undefined {
    let s = this.cache.get(session);
    if (!s) {
      const stored = this.store.load(session);
      if (!stored) return undefined;
      s = hydrate(stored);
      this.remember(session, s);
    }
    if (this.now() - s.touched > this.ttlMs) {
      this.cache.delete(session);
      this.store.delete(session);
      return undefined;
    }
    return s;
  }

  private remember(session: string, s: Cached): void {
    this.cache.delete(session);
    this.cache.set(session, s);
    const max = this.opts.cacheSize ?? 10_000;
    while (this.cache.size > max) {
      const oldest = this.cache.keys().next();
      if (oldest.done) break;
      this.cache.delete(oldest.value);
    }
  }

  private state(session: string): Cached {
    const s: Cached = this.lookup(session) ?? { ...emptyState(this.now()), persisted: 0 };
    s.touched = this.now();
    this.remember(session, s);
    return s;
  }

  /** Write a session's new values through to the store (one transaction), and prune now and then. */
  private persist(session: string, s: Cached, added: readonly SessionValue[]): void {
    const now = this.now();
    if (now - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now;
      this.store.prune(now - this.ttlMs, this.opts.maxSessions ?? 100_000, MAX_TENANT_FINGERPRINTS);
    }
    // An empty session is the same as an absent one: nothing to write until it holds a value.
    const empty = s.untrustedSources.size + s.sensitiveKinds.size + s.tenants.size + s.tools.size + s.fingerprints.size === 0;
    if (added.length === 0 && (empty || now - s.persisted < TOUCH_PERSIST_MS)) return;
    s.persisted = now;
    this.store.save(session, s.touched, added);
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
        const first = this.firstTenantOf(v.fp);
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
    const added: SessionValue[] = [];
    const add = (set: Set<string>, kind: SessionValue['kind'], value: string): void => {
      if (set.has(value)) return;
      set.add(value);
      added.push({ kind, value, detail: '' });
    };
    const labels = event.resource.labels ?? [];
    if (event.action === 'tool.call') add(s.tools, 'tool', event.resource.id);
    const isResult = event.action === 'tool.result' || event.action === 'resource.read' || event.action === 'prompt.get';
    for (const p of event.parts) {
      if (isUntrusted(p.provenance) && (p.provenance.startsWith('retrieved:') || labels.includes('untrusted_content'))) {
        if (s.untrustedSources.size < MAX_SOURCES) add(s.untrustedSources, 'untrusted', p.provenance);
      }
    }
    if (isResult) {
      // Injection findings below the block threshold still mean the content is untrusted.
      if (verdict.findings.some((f) => f.detector === 'injection' || f.detector === 'jailbreak' || f.detector === 'hidden_text')) {
        add(s.untrustedSources, 'untrusted', event.resource.id);
      }
      if (labels.includes('reads_sensitive')) add(s.sensitiveKinds, 'sensitive', 'labelled');
      for (const f of verdict.findings) if (VALUE_DETECTORS.has(f.detector)) add(s.sensitiveKinds, 'sensitive', f.entity ?? f.kind);
      if (event.resource.tenant !== undefined) add(s.tenants, 'tenant', event.resource.tenant);
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
        if (s.fingerprints.size < MAX_FINGERPRINTS && !s.fingerprints.has(v.fp)) {
          s.fingerprints.set(v.fp, v.entity);
          added.push({ kind: 'fingerprint', value: v.fp, detail: v.entity });
        }
      }
    }
    // INVARIANT: the cache is updated above before the write, so a failed write still leaves this
    // process enforcing the new state.
    try {
      this.persist(event.session, s, added);
    } finally {
      this.recordTenantValues(event, verdict.findings);
    }
  }

  /** The tenant whose traffic first carried this fingerprint (cache, then store). */
  private firstTenantOf(fp: string): string | undefined {
    const hit = this.firstTenantCache.get(fp);
    if (hit !== undefined) return hit;
    const stored = this.store.firstTenant(fp);
    if (stored !== undefined) this.cacheTenant(fp, stored);
    return stored;
  }

  private cacheTenant(fp: string, tenant: string): void {
    this.firstTenantCache.set(fp, tenant);
    if (this.firstTenantCache.size > 100_000) {
      const oldest = this.firstTenantCache.keys().next();
      if (!oldest.done) this.firstTenantCache.delete(oldest.value);
    }
  }

  private recordTenantValues(event: Event, findings: readonly Finding[]): void {
    const tenant = event.resource.tenant ?? (event.action === 'chat.input' ? event.principal.tenant : undefined);
    if (tenant === undefined) return;
    for (const v of this.values(event, findings)) {
      if (this.firstTenantOf(v.fp) !== undefined) continue;
      this.cacheTenant(v.fp, tenant);
      this.store.setFirstTenant(v.fp, tenant, this.now());
    }
  }
}

function emptyState(touched: number): SessionState {
  return { untrustedSources: new Set(), sensitiveKinds: new Set(), tenants: new Set(), tools: new Set(), fingerprints: new Map(), touched };
}

function hydrate(stored: StoredSession): Cached {
  const s: Cached = { ...emptyState(stored.touched), persisted: stored.touched };
  for (const v of stored.values) {
    if (v.kind === 'untrusted') s.untrustedSources.add(v.value);
    else if (v.kind === 'sensitive') s.sensitiveKinds.add(v.value);
    else if (v.kind === 'tenant') s.tenants.add(v.value);
    else if (v.kind === 'tool') s.tools.add(v.value);
    else s.fingerprints.set(v.value, v.detail);
  }
  return s;
}

function tenantMix(message: string): GateResult {
  return { decision: 'block', code: 'PAVISE_TENANT_MIX', reason: { source: 'session', id: 'tenant-isolation', message } };
}
