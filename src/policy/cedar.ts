// Cedar authorization: the engine's `Authorizer` (src/engine/pipeline.ts) over a policy set of
// `.cedar` files (src/policy/loader.ts) and the entity model of src/policy/entities.ts.
//
// Semantics (each a property in cedar.test.ts): default deny; deny overrides allow; a forbid that
// errors while evaluating denies (Cedar itself skips erroring policies — we read the diagnostics'
// errors and deny, code PAVISE_POLICY_ERROR); decisions are deterministic and independent of file
// order; every decision carries the policy-set version. A forbid annotated `@approval` holds the
// call for a human instead of denying it — only when it is the sole obstacle: the request must be
// permitted once the approval forbids are set aside, and no other forbid may apply.
//
// Speed: the set is split into buckets by what a policy's scope can match (action, principal
// type, resource type, `resource in McpServer::"s"`, scoped roles); skipping a policy whose scope
// cannot match is exact, not a heuristic: Cedar checks the scope before the conditions, so such a
// policy is neither satisfied nor errors. A bucket is then decided by the TypeScript evaluator of
// fasteval.ts (a few µs, no wasm call) when every policy in it and the request are in its subset,
// else by cedar-wasm (`preparsePolicySet` once, `statefulIsAuthorized`: a fixed cost per call for
// JSON marshalling and the entity store — ~90 µs for one policy on this loaded machine — plus
// ~2 µs per policy). Both engines give the same answer (differential properties in
// fasteval.test.ts and cedar.test.ts); `engine: 'wasm'` forces cedar-wasm. Measured by
// bench/policy.ts (figures in docs/policy.md).
// Misses: buckets do not split on principal ids, so 200 policies all scoped to the same action,
// resource type and role still cost ~200 (cheap, in TypeScript) evaluations.
// Failure mode: fail closed — a request that does not fit the schema, a wasm failure or an
// erroring forbid denies; an approval store error propagates (the engine blocks).

import { createRequire } from 'node:module';
import type * as CedarWasm from '@cedar-policy/cedar-wasm/nodejs';
import type { AuthzRequest, AuthzResult, Authorizer } from '../engine/pipeline.js';
import type { ErrorCode } from '../engine/errors.js';
import { ERRORS, PaviseError } from '../engine/errors.js';
import type { Event, Finding, Reason } from '../engine/types.js';
import type { ApprovalStore } from './approvals.js';
import { DEFAULT_APPROVAL_TTL_MS, hashArgs } from './approvals.js';
import type { CedarRequest } from './entities.js';
import type { CompiledPolicy, FastRequest } from './fasteval.js';
import { authorizeFast, compilePolicy, fastRequest } from './fasteval.js';
import { toCedarRequest, ToolCatalog } from './entities.js';
import type { CompiledPolicySet, PolicyChange, PolicyInfo } from './loader.js';
import { loadPolicyDir, watchPolicyDir } from './loader.js';

export interface CedarResult extends AuthzResult {
  /** Version of the policy set that decided (may differ from `version` after a reload). */
  readonly policyVersion: string;
  /** Ids of the policies that determined the decision (sorted). */
  readonly policies: readonly string[];
}

let instances = 0;
// cedar-wasm is instantiated on this thread only when a bucket needs it (a policy outside the
// TypeScript evaluator's subset): its linear memory never shrinks, and parsing/validation run on
// a short-lived worker (cedar-offthread.ts).
const requireCjs = createRequire(import.meta.url);
let wasm: typeof CedarWasm | undefined;
function cedarWasm(): typeof CedarWasm {
  wasm ??= requireCjs('@cedar-policy/cedar-wasm/nodejs') as typeof CedarWasm;
  return wasm;
}

const MAX_BUCKETS = 4096;

type Variant = 'all' | 'noApproval';

interface Bucket {
  /** Id of the preparsed wasm policy set (preparsed on the first wasm evaluation). */
  readonly id: string;
  readonly texts: Readonly<Record<string, string>>;
  prepared: boolean;
  /** The bucket's policies compiled for the TypeScript evaluator; undefined = some need wasm. */
  readonly fast: readonly CompiledPolicy[] | undefined;
}

/** One authorization's outcome, whichever engine produced it. */
type Answer =
  | { readonly type: 'success'; readonly decision: 'allow' | 'deny'; readonly reason: readonly string[]; readonly errors: readonly string[] }
  | { readonly type: 'failure'; readonly message: string };

/** The TypeScript evaluator, or undefined to let cedar-wasm decide. */
function tryFast(policies: readonly CompiledPolicy[], r: FastRequest): Answer | undefined {
  try {
    const a = authorizeFast(policies, r);
    return { type: 'success', decision: a.decision, reason: a.reason, errors: a.errors };
  } catch {
    // Not an evaluation error (those are caught inside): e.g. a stack overflow on a pathological
    // request. Cedar decides instead.
    return undefined;
  }
}

interface RecentBucket {
  readonly variant: Variant;
  readonly action: string;
  readonly principalType: string;
  readonly resourceType: string;
  readonly server: string | undefined;
  readonly roles: readonly string[];
  readonly bucket: Bucket | undefined;
}
const MAX_RECENT = 32;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const DEFAULT_DENY: Answer = { type: 'success', decision: 'deny', reason: [], errors: [] };
const NO_ROLES: readonly string[] = [];

/** Lazily built evaluable request (shared by both runs of one decision). */
interface Prepared {
  readonly req: CedarRequest;
  fast: FastRequest | undefined | null;
}

export interface CedarAuthorizerOptions {
  readonly approvals?: ApprovalStore;
  readonly tools?: ToolCatalog;
  /** How long a held call waits for a human (default 15 minutes). */
  readonly approvalTtlMs?: number;
  /**
   * 'auto' (default): the TypeScript evaluator (fasteval.ts) for policies and requests in its
   * subset, cedar-wasm otherwise; 'wasm': always cedar-wasm (reference for tests and benchmarks).
   */
  readonly engine?: 'auto' | 'wasm';
}

export class CedarAuthorizer implements Authorizer {
  private set: CompiledPolicySet;
  private readonly prefix: string;
  /** bucket key -> the bucket's policies (compiled, and their wasm-side id). */
  private buckets = new Map<string, Bucket | undefined>();
  /**
   * Recent lookups, a subset of `buckets` (same Bucket objects): cleared whenever `buckets` is,
   * so a reused wasm slot is never reached through a stale entry.
   */
  private recent: RecentBucket[] = [];
  private scopedServers = new Set<string>();
  private scopedRoles = new Set<string>();
  /** action -> principal and resource entity types the schema allows. */
  private appliesTo = new Map<string, { principals: ReadonlySet<string>; resources: ReadonlySet<string> }>();
  private nextSlot = 0;
  /** policy id -> compiled form (null: outside the TypeScript evaluator's subset). */
  private compiled = new Map<string, CompiledPolicy | null>();
  private readonly engine: 'auto' | 'wasm';
  /** Policy evaluations (runs) by engine; a run with no candidate policy counts in neither. */
  private readonly stats = { fast: 0, wasm: 0 };
  readonly tools: ToolCatalog;
  private readonly approvals: ApprovalStore | undefined;
  private readonly ttlMs: number;
  private findingsRead = false;
  private reasons = new Map<string, Reason>();

  constructor(set: CompiledPolicySet, opts: CedarAuthorizerOptions = {}) {
    this.prefix = `pavise:${++instances}`;
    this.approvals = opts.approvals;
    this.tools = opts.tools ?? new ToolCatalog();
    this.ttlMs = opts.approvalTtlMs ?? DEFAULT_APPROVAL_TTL_MS;
    this.engine = opts.engine ?? 'auto';
    this.set = set;
    this.swap(set);
  }

  get version(): string {
    return this.set.version;
  }

  get policySet(): CompiledPolicySet {
    return this.set;
  }

  /** A policy that names `findings` may decide on any detector's findings (see Authorizer). */
  get readsFindings(): boolean {
    return this.findingsRead;
  }

  /**
   * Install a new (already validated) set. Synchronous: a decision uses either the old or the
   * new set, never a mix.
   */
  swap(set: CompiledPolicySet): void {
    this.nextSlot = 0;
    const appliesTo = new Map<string, { principals: ReadonlySet<string>; resources: ReadonlySet<string> }>();
    for (const [name, a] of Object.entries(set.schemaJson['']?.actions ?? {})) {
      appliesTo.set(name, { principals: new Set(a.appliesTo?.principalTypes ?? []), resources: new Set(a.appliesTo?.resourceTypes ?? []) });
    }
    this.appliesTo = appliesTo;
    this.set = set;
    this.buckets = new Map();
    this.recent = [];
    this.compiled = new Map();
    this.reasons = new Map();
    this.scopedServers = new Set([...set.policies.values()].flatMap((p) => (p.scope.server !== undefined ? [p.scope.server] : [])));
    this.scopedRoles = new Set([...set.policies.values()].flatMap((p) => (p.scope.role !== undefined ? [p.scope.role] : [])));
    this.findingsRead = [...set.policies.values()].some((p) => /\bfindings\b/.test(p.text));
  }

  private bucket(variant: Variant, req: CedarRequest): Bucket | undefined {
    const server = req.server !== undefined && this.scopedServers.has(req.server) ? req.server : undefined;
    // INVARIANT: a principal's only ancestors are its roles (entities.ts), so
    // `principal in Role::"r"` holds exactly when r is one of them.
    const roles = this.scopedRoles.size === 0 ? NO_ROLES : req.roles.filter((r) => this.scopedRoles.has(r));
    // Recent lookups first, compared field by field: building and hashing the key string cost
    // more than the rest of the lookup on every decision.
    for (const e of this.recent) {
      if (e.variant === variant && e.action === req.action.id && e.principalType === req.principal.type && e.resourceType === req.resource.type && e.server === server && sameList(e.roles, roles)) {
        return e.bucket;
      }
    }
    const key = `${variant}|${req.action.id}|${req.principal.type}|${req.resource.type}|${server ?? ''}|${roles.join(',')}`;
    if (this.buckets.has(key)) {
      const hit = this.buckets.get(key);
      this.remember(variant, req, server, roles, hit);
      return hit;
    }
    // Role combinations are open-ended: bound the cache (a rebuild costs one preparse).
    if (this.buckets.size >= MAX_BUCKETS) {
      this.buckets.clear();
      this.recent = [];
      this.nextSlot = 0;
    }
    const policies: Record<string, string> = {};
    let n = 0;
    for (const p of this.set.policies.values()) {
      if (variant === 'noApproval' && p.approval) continue;
      const s = p.scope;
      if (s.actions && !s.actions.includes(req.action.id)) continue;
      if (s.principalType !== undefined && s.principalType !== req.principal.type) continue;
      if (s.resourceType !== undefined && s.resourceType !== req.resource.type) continue;
      if (s.server !== undefined && s.server !== server) continue;
      if (s.role !== undefined && !roles.includes(s.role)) continue;
      policies[p.id] = p.text;
      n++;
    }
    let b: Bucket | undefined;
    if (n > 0) {
      // INVARIANT: slots are reused only after the map that referenced them was cleared, so the
      // wasm-side cache holds at most MAX_BUCKETS sets per authorizer.
      const id = `${this.prefix}:${this.nextSlot++}`;
      b = { id, texts: policies, prepared: false, fast: this.engine === 'auto' ? this.compileAll(Object.keys(policies)) : undefined };
    }
    // Bounded: actions × principal types × resource types × (servers named in policies + 1) × 2.
    this.buckets.set(key, b);
    this.remember(variant, req, server, roles, b);
    return b;
  }

  /** Adds a lookup to `recent` (bounded; `buckets` still holds every bucket). */
  private remember(variant: Variant, req: CedarRequest, server: string | undefined, roles: readonly string[], bucket: Bucket | undefined): void {
    if (this.recent.length >= MAX_RECENT) this.recent = [];
    this.recent.push({ variant, action: req.action.id, principalType: req.principal.type, resourceType: req.resource.type, server, roles, bucket });
  }

  private compileAll(ids: readonly string[]): CompiledPolicy[] | undefined {
    const out: CompiledPolicy[] = [];
    for (const id of ids) {
      let c = this.compiled.get(id);
      if (c === undefined) {
        const json = this.set.policies.get(id)?.json;
        try {
          c = (json !== undefined ? compilePolicy(id, json) : undefined) ?? null;
        } catch {
          c = null; // e.g. a pathologically deep policy: cedar-wasm decides it.
        }
        this.compiled.set(id, c);
      }
      if (c === null) return undefined;
      out.push(c);
    }
    return out;
  }

  private run(variant: Variant, prep: Prepared): Answer {
    const req = prep.req;
    // Request validation happens here rather than in Cedar (which costs a schema-typed parse of
    // the whole request): policies were validated against the schema at load, and
    // toCedarRequest builds entities and context in the schema's shape by construction, so the
    // one thing a surface can get wrong is the action/principal/resource combination.
    const ok = this.appliesTo.get(req.action.id);
    if (!ok || !ok.principals.has(req.principal.type) || !ok.resources.has(req.resource.type)) {
      return { type: 'failure', message: `${req.principal.type} / ${req.resource.type} is not valid for Action::"${req.action.id}"` };
    }
    const b = this.bucket(variant, req);
    if (b === undefined) {
      // No policy can match: default deny, without a wasm call.
      return DEFAULT_DENY;
    }
    if (b.fast !== undefined) {
      if (prep.fast === null) prep.fast = fastRequest(req);
      const a = prep.fast === undefined ? undefined : tryFast(b.fast, prep.fast);
      if (a !== undefined) {
        this.stats.fast++;
        return a;
      }
    }
    return this.runWasm(b, req);
  }

  private runWasm(b: Bucket, req: CedarRequest): Answer {
    this.stats.wasm++;
    if (!b.prepared) {
      // Only buckets the TypeScript evaluator cannot decide pay for a wasm-side copy.
      const r = cedarWasm().preparsePolicySet(b.id, { staticPolicies: b.texts });
      if (r.type === 'failure') throw new PaviseError('PAVISE_POLICY_ERROR', 'policy set could not be prepared');
      b.prepared = true;
    }
    // The whole request, never a pruned one: dropping record fields no policy names (an earlier
    // optimisation) is unsound when a policy compares records as wholes (`context.findings.score == {…}` or
    // `context.session == context.approval` change value once fields are dropped).
    const ans = cedarWasm().statefulIsAuthorized({
      principal: req.principal,
      action: req.action,
      resource: req.resource,
      context: req.context,
      entities: req.entities,
      preparsedPolicySetId: b.id,
      validateRequest: false,
    });
    if (ans.type === 'failure') return { type: 'failure', message: ans.errors[0]?.message ?? 'policy evaluation failed' };
    const d = ans.response.diagnostics;
    // A plain loop, not Array.prototype.map: node 20's V8 crashed (fatal "unreachable code" in
    // Deoptimizer::DoComputeBuiltinContinuation) lazily deoptimising an inlined map callback here
    // over wasm-parsed objects (reproduced by the engine property at 1500 runs).
    const errors: string[] = [];
    for (const e of d.errors) errors.push(e.policyId);
    return { type: 'success', decision: ans.response.decision, reason: d.reason, errors };
  }

  /** How many evaluations each engine ran (for tests and the benchmark). */
  engineStats(): { fast: number; wasm: number } {
    return { ...this.stats };
  }

  private info(id: string): PolicyInfo | undefined {
    return this.set.policies.get(id);
  }

  private reasonOf(id: string): Reason {
    // One Reason object per policy of the installed set (cleared by swap): a decision hands the
    // same (readonly) object on instead of building it again.
    let r = this.reasons.get(id);
    if (r === undefined) {
      const p = this.info(id);
      const fallback = p?.effect === 'permit' ? `permitted by policy ${id}` : `forbidden by policy ${id}`;
      r = { source: 'policy', id, message: p?.reason ?? fallback };
      this.reasons.set(id, r);
    }
    return r;
  }

  /** The Cedar decision alone (no approval store). Synchronous; what `pavise policy test` runs. */
  evaluate(event: Event, findings: readonly Finding[] = [], context: Readonly<Record<string, unknown>> = {}): CedarResult {
    const version = this.set.version;
    const req = toCedarRequest(event, findings, context, { catalog: this.tools, scoreKeys: this.set.scoreKeys });
    const prep: Prepared = { req, fast: null };
    const first = this.run('all', prep);
    // A request outside the schema (e.g. tool.call on a Model) is a surface bug: refuse it.
    if (first.type === 'failure') return this.policyError(version, [], `request refused by the policy schema: ${first.message.slice(0, 200)}`);
    const resp = first;
    const erroredForbids = resp.errors.filter((id) => this.info(id)?.effect !== 'permit');
    if (erroredForbids.length > 0) {
      const ids = [...new Set(erroredForbids)].sort();
      return this.policyError(version, ids, `policy ${ids.join(', ')} could not be evaluated`);
    }
    const determining = resp.reason.length <= 1 ? [...resp.reason] : [...new Set(resp.reason)].sort();
    if (resp.decision === 'allow') {
      return { decision: 'allow', reasons: determining.map((id) => this.reasonOf(id)), policies: determining, policyVersion: version };
    }
    const hard = determining.filter((id) => !this.info(id)?.approval);
    if (determining.length > 0 && hard.length === 0) {
      // Only @approval forbids stand in the way: hold if the rest of the set would allow.
      const second = this.run('noApproval', prep);
      if (second.type === 'success' && second.decision === 'allow' && second.errors.every((id) => this.info(id)?.effect === 'permit')) {
        const reasons = determining.map((id) => this.reasonOf(id));
        return {
          decision: 'hold',
          code: 'PAVISE_APPROVAL_REQUIRED',
          reasons,
          policies: determining,
          policyVersion: version,
          message: `${ERRORS.PAVISE_APPROVAL_REQUIRED.message}: ${reasons.map((r) => r.message).join('; ')}`,
        };
      }
      if (second.type === 'success') return this.deny(version, [...new Set(second.reason)].sort());
      return this.policyError(version, [], 'policy evaluation failed');
    }
    return this.deny(version, hard);
  }

  private deny(version: string, ids: readonly string[]): CedarResult {
    const reasons = ids.length > 0 ? ids.map((id) => this.reasonOf(id)) : [{ source: 'policy' as const, id: 'default-deny', message: 'no policy permits this request' }];
    return {
      decision: 'deny',
      code: 'PAVISE_FORBIDDEN',
      reasons,
      policies: ids,
      policyVersion: version,
      message: `${ERRORS.PAVISE_FORBIDDEN.message}: ${reasons.map((r) => r.message).join('; ')}`,
    };
  }

  private policyError(version: string, ids: readonly string[], message: string): CedarResult {
    const reasons: Reason[] = ids.length > 0 ? ids.map((id) => ({ source: 'error', id, message })) : [{ source: 'error', id: 'policy', message }];
    return { decision: 'deny', code: 'PAVISE_POLICY_ERROR', reasons, policies: ids, policyVersion: version, message: ERRORS.PAVISE_POLICY_ERROR.message };
  }

  /** The engine's entry point: Cedar decision, then the approval gate for holds. */
  authorize(req: AuthzRequest): CedarResult | Promise<CedarResult> {
    const r = this.evaluate(req.event, req.findings, req.context);
    if (r.decision !== 'hold' || !this.approvals) return r;
    return this.resolveHold(req.event, r, this.approvals);
  }

  private async resolveHold(event: Event, held: CedarResult, store: ApprovalStore): Promise<CedarResult> {
    const argsHash = hashArgs(event.args);
    const p = event.principal.id;
    const used = await store.consume(p, event.action, event.resource.id, argsHash);
    if (used) {
      return {
        decision: 'allow',
        reasons: [...held.reasons, { source: 'policy', id: used.id, message: `released by approval ${used.id}` }],
        policies: held.policies,
        policyVersion: held.policyVersion,
        approvalId: used.id,
      };
    }
    const why = held.reasons.map((r) => r.message).join('; ');
    const approval =
      (await store.findPending(p, event.action, event.resource.id, argsHash)) ??
      (await store.create({ principal: p, action: event.action, resource: event.resource.id, args: event.args, reason: why, ttlMs: this.ttlMs }));
    const code: ErrorCode = 'PAVISE_APPROVAL_REQUIRED';
    return { ...held, code, approvalId: approval.id, message: `${ERRORS[code].message} (approval ${approval.id}): ${why}` };
  }
}

export interface LoadAuthorizerOptions extends CedarAuthorizerOptions {
  /** Policy directory; the embedded defaults (policies/default) when undefined. */
  readonly policiesDir?: string;
  /** Hot-reload the directory on change (only with policiesDir). */
  readonly watch?: boolean | { readonly debounceMs?: number };
  /** Every accepted policy change, with its diff (for the audit). */
  readonly onChange?: (change: PolicyChange) => void;
  /** A changed policy set was refused (invalid); the old one stays. Raise an alert. */
  readonly onError?: (err: PaviseError) => void;
}

export interface LoadedAuthorizer extends CedarAuthorizer {
  /** Stop watching (no-op without watch). */
  close(): void;
  /** Reload now; false when the new set was refused. */
  reload(): boolean;
}

/** Load policies (or the embedded defaults), build the authorizer, optionally hot-reload. */
export function loadAuthorizer(opts: LoadAuthorizerOptions = {}): LoadedAuthorizer {
  const set = loadPolicyDir(opts.policiesDir);
  const authz = new CedarAuthorizer(set, opts) as LoadedAuthorizer;
  const dir = opts.policiesDir;
  if (dir !== undefined && opts.watch) {
    const w = watchPolicyDir(dir, () => authz.policySet, {
      ...(typeof opts.watch === 'object' && opts.watch.debounceMs !== undefined ? { debounceMs: opts.watch.debounceMs } : {}),
      onLoad: (next) => {
        try {
          authz.swap(next);
        } catch (err) {
          opts.onError?.(err instanceof PaviseError ? err : new PaviseError('PAVISE_POLICY_INVALID', 'new policy set could not be prepared'));
        }
      },
      ...(opts.onChange ? { onChange: opts.onChange } : {}),
      ...(opts.onError ? { onError: opts.onError } : {}),
    });
    authz.close = () => w.close();
    authz.reload = () => w.reload();
  } else {
    authz.close = () => undefined;
    authz.reload = () => {
      if (dir === undefined) return true;
      try {
        authz.swap(loadPolicyDir(dir));
        return true;
      } catch (err) {
        opts.onError?.(err instanceof PaviseError ? err : new PaviseError('PAVISE_POLICY_INVALID', 'unreadable policy directory'));
        return false;
      }
    };
  }
  return authz;
}

