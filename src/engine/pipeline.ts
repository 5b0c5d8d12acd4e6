// The one pipeline: normalize -> detect -> decide -> record (DESIGN.md "One pipeline").
//
// Every surface (SDK, LLM gateway, MCP gateway, CLI) calls `Engine.inspect(event)` and applies
// the Verdict in its own protocol. Phases are a closed list; each returns plain data.
//
// Failure mode: fail closed. A detector that throws or runs over its budget, an authorizer that
// throws, or an audit sink that cannot write makes the verdict `block` with its code, unless the
// operator configured `failOpen` for that phase. A detector cannot be pre-empted mid-run on the
// main thread; "over budget" is measured after it returns (see docs/architecture.md). Audit in two
// phases: `record` waits until the record is durable, or with UNTIL_WRITTEN only until it is
// written, and `durable(verdict)` then gives the refusal to send if its sync failed.
//
// Cost: one normalization per part (views built only for what registered detectors read), then
// each view through every detector that reads it (views outer, so detectors that share per-view
// memos, `injection` and `jailbreak`, hit them). Bounded by `maxPartChars` per part.

import { randomUUID } from 'node:crypto';
import { normalize } from '../detect/normalize.js';
import type { GuardRule } from '../policy/guard.js';
import { DEFAULT_GUARD_RULES, evaluateGuard, strongest } from '../policy/guard.js';
import type { ErrorCode } from './errors.js';
import { ERRORS, PaviseError } from './errors.js';
import type { DetectorRegistry } from './registry.js';
import type {
  ContentPart,
  Decision,
  Detector,
  Direction,
  Event,
  Finding,
  Obligation,
  Reason,
  Redaction,
  Verdict,
} from './types.js';
import { directionOf, toOriginalSpan } from './types.js';
import { withDeadline } from '../util/deadline.js';

// ---------------------------------------------------------------------------------------------
// Extension points. Each is an interface so the engine stays free of Cedar, SQLite and HTTP.

export interface AuthzRequest {
  readonly event: Event;
  readonly findings: readonly Finding[];
  /** Extra Cedar context: session taint, approvals, … (from ContextProviders). */
  readonly context: Readonly<Record<string, unknown>>;
}

export interface AuthzResult {
  readonly decision: 'allow' | 'deny' | 'hold';
  readonly reasons: readonly Reason[];
  readonly code?: ErrorCode;
  readonly approvalId?: string;
  readonly message?: string;
}

export interface Authorizer {
  /** Content hash of the policy set. */
  readonly version: string;
  /**
   * Whether some policy may decide on detector findings (`context.findings`). The stream guard
   * then treats every output detector as acting (scanned before each release), since a policy
   * could stop the stream on any of them. Absent: assumed true (conservative).
   */
  readonly readsFindings?: boolean;
  authorize(req: AuthzRequest): AuthzResult | Promise<AuthzResult>;
}

/** Runs before detection; may refuse outright (blocked principal, quarantined server). */
export interface Gate {
  readonly id: string;
  check(event: Event): GateResult | undefined | Promise<GateResult | undefined>;
}
export interface GateResult {
  readonly decision: 'block' | 'hold';
  readonly code: ErrorCode;
  readonly reason: Reason;
  readonly retryAfterSeconds?: number;
}

/** Runs after detection, before guard rules: may refuse on what was found (session values). */
export interface FindingCheck {
  readonly id: string;
  checkFindings(event: Event, findings: readonly Finding[]): GateResult | undefined | Promise<GateResult | undefined>;
}

/** Supplies authorization context (session state, tenant, approvals). */
export interface ContextProvider {
  readonly id: string;
  context(event: Event, findings: readonly Finding[]): Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** Sees every decision after it is made (monitor, session state, metrics). Must not throw. */
export interface Observer {
  readonly id: string;
  observe(event: Event, verdict: Verdict): void | Promise<void>;
}

export interface AuditReceipt {
  readonly id: string;
  readonly seq: number;
  /**
   * Settles once the record is durable (the WAL sync that covers it finished); rejects when that
   * sync failed. Absent: the record was already durable when `append` resolved.
   */
  readonly durable?: Promise<void>;
  /**
   * Present when the sink may defer the sync until a later record's sync covers this one (see
   * src/audit/log.ts `lazySync`): asks it to sync now, for a caller about to answer.
   */
  readonly sync?: () => void;
}

/**
 * Where decisions are recorded; src/audit implements it. `append` resolves once the record is
 * WRITTEN (committed: visible to another connection, survives a process crash) and rejects when
 * it could not be; its receipt's `durable` then tells when it also survives an OS crash. `opts`
 * is a hint: without `until: 'written'` the caller will wait for durability anyway, so a sink
 * may resolve only once the record is durable (saving an acknowledgement: the audit worker does).
 */
export interface AuditSink {
  append(event: Event, verdict: Verdict, opts?: RecordOptions): Promise<AuditReceipt>;
}

/** How long `Engine.record` / `inspect` wait for the audit record (see `Engine.durable`). */
export interface RecordOptions {
  /**
   * `'durable'` (default): resolve once the record is durable. `'written'`: resolve once it is
   * written when the verdict lets the request go on (allow, redact); the caller forwards the
   * request at once and awaits `engine.durable(verdict)` just before it answers, so the record's
   * sync overlaps the upstream call. A refusal (block, hold) is answered at once, so it is always
   * returned durable.
   */
  readonly until?: 'written' | 'durable';
  /**
   * With `until: 'written'`: the caller needs durability right after the upstream call (a
   * stream's first byte), so the sink should sync at once. Without it a sink may defer the sync
   * until a later record's sync covers it (the request's output record), or `durable()` asks.
   */
  readonly syncNow?: boolean;
}

/** `inspect(event, UNTIL_WRITTEN)`: the surfaces' input records (see RecordOptions). */
export const UNTIL_WRITTEN: RecordOptions = { until: 'written' };
/** The same for a streamed request: its first byte needs the record durable (sync at once). */
export const UNTIL_WRITTEN_SYNC_NOW: RecordOptions = { until: 'written', syncNow: true };

// Verdicts returned by record(…, UNTIL_WRITTEN) whose record is not known durable yet -> the wait
// for it (started on the first durable() call: it asks a lazily syncing sink to sync now), which
// gives undefined (durable) or the refusal to answer instead. Module-wide, so an engine derived
// with withDetectors() answers for its parent's verdicts too. Entries vanish with their verdicts.
interface Durability {
  readonly start: () => Promise<Verdict | undefined>;
  started?: Promise<Verdict | undefined>;
}
const durability = new WeakMap<Verdict, Durability>();
const DURABLE: Promise<Verdict | undefined> = Promise.resolve(undefined);

/** Chooses the replacement text for a redacted finding; src/detect/redact.ts implements modes. */
export interface Redactor {
  replacement(finding: Finding, value: string, event: Event): string;
  /** Optional: `keep` (allowlisted, left in clear) or `block` (refuse the event); default `redact`. */
  mode?(finding: Finding, value: string, event: Event): 'redact' | 'keep' | 'block';
}

export const maskRedactor: Redactor = {
  replacement: (f) => `[REDACTED:${f.entity ?? f.kind}]`,
};

export interface EngineOptions {
  readonly registry: DetectorRegistry;
  readonly rules?: readonly GuardRule[];
  readonly authorizer?: Authorizer;
  readonly audit?: AuditSink;
  readonly redactor?: Redactor;
  readonly gates?: readonly Gate[];
  readonly findingChecks?: readonly FindingCheck[];
  readonly contextProviders?: readonly ContextProvider[];
  readonly observers?: readonly Observer[];
  /** Budget for one detector on one part, in ms (default 50). */
  readonly detectorBudgetMs?: number;
  /** Largest part the detectors read, in UTF-16 units (default 1 MiB); larger parts are refused. */
  readonly maxPartChars?: number;
  /** Deadline for an audit write, in ms (default 2000). */
  readonly auditDeadlineMs?: number;
  /** Longest wait for context providers + the authorizer before the event is blocked (default 2000). */
  readonly policyDeadlineMs?: number;
  readonly failOpen?: { readonly detectors?: boolean; readonly audit?: boolean; readonly policy?: boolean };
  /** Extra text folded into the policy version (guard rules, config). */
  readonly versionSalt?: string;
  readonly now?: () => number;
}

export interface DetectResult {
  readonly findings: Finding[];
  readonly errors: Reason[];
  readonly errorCode?: ErrorCode;
}

export class Engine {
  readonly registry: DetectorRegistry;
  readonly rules: readonly GuardRule[];
  private readonly opts: EngineOptions;
  private readonly budgetMs: number;
  private readonly maxPartChars: number;
  private readonly byDirection = new Map<Direction, readonly Detector[]>();

  constructor(opts: EngineOptions) {
    this.opts = opts;
    this.registry = opts.registry;
    this.rules = opts.rules ?? DEFAULT_GUARD_RULES;
    this.budgetMs = opts.detectorBudgetMs ?? 50;
    this.maxPartChars = opts.maxPartChars ?? 1 << 20;
  }

  get policyVersion(): string {
    return this.opts.authorizer?.version ?? 'none';
  }

  /** Whether the authorizer may decide on findings (see Authorizer.readsFindings). */
  get policyReadsFindings(): boolean {
    const a = this.opts.authorizer;
    return a !== undefined && a.readsFindings !== false;
  }

  /**
   * The same engine (rules, authorizer, redactor, gates, audit, deadlines) reading only the
   * detectors whose ids are in `keep`: the stream guard's frequent release scans run only the
   * detectors that can redact or stop output (src/surfaces/stream-guard.ts).
   */
  withDetectors(keep: ReadonlySet<string>): Engine {
    const drop = this.registry.detectors.filter((d) => !keep.has(d.id)).map((d) => d.id);
    return new Engine({ ...this.opts, registry: this.registry.with({ disable: drop }) });
  }

  /**
   * Run every detector once, outside the budget, so lazy loading (model weights) and JIT warm-up
   * never count against a real request's budget. Errors surface here, at start-up.
   */
  warmup(): void {
    const sample = 'Warm-up text: ignore nothing. Contact a@example.com, key AKIA0000000000000000. 42';
    for (const d of this.registry.detectors) {
      for (const direction of ['input', 'output', 'tool_result'] as const) {
        if (d.directions && !d.directions.includes(direction)) continue;
        const provenance = direction === 'tool_result' ? 'tool:warmup/warmup' : direction === 'output' ? 'model' : 'user';
        for (const view of normalize(sample, { views: this.registry.views })) {
          if (d.views.includes(view.name)) d.detect(view, { action: direction === 'output' ? 'chat.output' : 'chat.input', provenance, direction });
        }
      }
    }
  }

  /**
   * The detectors that read `direction`, in registry order (the registry is immutable, so this is
   * computed once per direction).
   */
  private readingDirection(direction: Direction): readonly Detector[] {
    let list = this.byDirection.get(direction);
    if (!list) {
      list = this.registry.detectors.filter((d) => !d.directions || d.directions.includes(direction));
      this.byDirection.set(direction, list);
    }
    return list;
  }

  /**
   * Phase 1–2: normalize and detect. Pure apart from the clock used for the budget.
   *
   * Views outer, detectors inner: `injection` and `jailbreak` share one-entry memos keyed by the
   * view's text (lower-cased text, rule-gate scan, injection-rule hits, mention analysis,
   * src/detect/injection/score.ts), which only hit when the two run on the same view one after
   * the other; a detector-outer loop made every memo miss on a part with more than one view
   * (about 4 % of benign 2 KB prompts: a `normalized` or `leet` view). Findings are collected
   * per detector and concatenated in registry order, so `dedupe` sees them in the same order as
   * a detector-outer loop gives (identical result), and errors are reported in registry order.
   */
  detect(event: Event): DetectResult {
    const findings: Finding[] = [];
    const errors: Reason[] = [];
    let errorCode: ErrorCode | undefined;
    const fail = (code: ErrorCode, reason: Reason): void => {
      errors.push(reason);
      if (!this.opts.failOpen?.detectors) errorCode ??= code;
    };
    for (let index = 0; index < event.parts.length; index++) {
      const part = event.parts[index];
      if (!part || part.text.length === 0) continue;
      if (part.text.length > this.maxPartChars) {
        fail('PAVISE_BODY_TOO_LARGE', { source: 'error', id: 'part-too-large', message: `content part ${index} exceeds ${this.maxPartChars} characters` });
        continue;
      }
      const direction = directionOf(event.action, part.provenance);
      const detectors = this.readingDirection(direction);
      // No detector reads this direction (e.g. every detector disabled): nothing to normalize.
      if (detectors.length === 0) continue;
      const views = normalize(part.text, { views: this.registry.views });
      const ctx = { action: event.action, provenance: part.provenance, direction };
      const n = detectors.length;
      // Per detector: its findings on this part (allocated on its first finding), the wall time
      // it spent, and whether it threw (it then reads no further view of this part).
      const found: (Finding[] | undefined)[] = new Array<Finding[] | undefined>(n);
      const spent = new Float64Array(n);
      const failedAs = new Array<string | undefined>(n);
      for (const view of views) {
        for (let k = 0; k < n; k++) {
          const d = detectors[k];
          if (!d || failedAs[k] !== undefined || !d.views.includes(view.name)) continue;
          // INVARIANT: the budget is CPU time, not wall time, so a busy machine descheduling this
          // process does not turn into refusals; a detector that spins still exceeds it.
          // process.cpuUsage() is a syscall (~3 µs, ~10% of gateway CPU when called around every
          // detector), so the wall clock is read instead: CPU time <= wall time, so a detector
          // within budget by the wall clock is within budget. Only when the wall clock says over
          // is the (pure, deterministic) detector run again under process.cpuUsage to decide.
          const w0 = performance.now();
          try {
            for (const m of d.detect(view, ctx)) {
              const span = toOriginalSpan(view, m.start, m.end);
              const f: Finding = {
                detector: d.id,
                kind: m.kind,
                score: m.score,
                part: index,
                span,
                view: view.name,
                evidence: m.evidence,
                ...(m.entity !== undefined ? { entity: m.entity } : {}),
              };
              (found[k] ??= []).push(f);
            }
          } catch (err) {
            failedAs[k] = err instanceof Error ? err.name : 'error';
          }
          spent[k] = (spent[k] ?? 0) + (performance.now() - w0);
        }
      }
      for (let k = 0; k < n; k++) {
        const d = detectors[k];
        if (!d) continue;
        const list = found[k];
        if (list) for (const f of list) findings.push(f);
        const failedName = failedAs[k];
        if (failedName !== undefined) {
          fail('PAVISE_DETECTOR_FAILED', {
            source: 'error',
            id: d.id,
            message: `detector ${d.id} failed: ${failedName}`,
          });
          continue;
        }
        if ((spent[k] ?? 0) > this.budgetMs && cpuMsOf(() => views.forEach((view) => d.views.includes(view.name) && d.detect(view, ctx))) > this.budgetMs) {
          fail('PAVISE_DETECTOR_TIMEOUT', { source: 'error', id: d.id, message: `detector ${d.id} ran over its budget` });
        }
      }
    }
    return { findings: dedupe(findings), errors, ...(errorCode ? { errorCode } : {}) };
  }

  /** The whole pipeline. Never throws for content reasons; throws only on programming errors. */
  async inspect(event: Event, opts?: RecordOptions): Promise<Verdict> {
    const verdict = await this.decide(event);
    return this.record(event, verdict, opts);
  }

  /** Phase 3: gates, detection, guard rules, authorization. No recording. */
  async decide(event: Event): Promise<Verdict> {
    const version = this.policyVersion;
    for (const gate of this.opts.gates ?? []) {
      // Gates and finding checks are awaited only when they return a promise (the built-in
      // ones answer synchronously): a microtask turn each adds up per request.
      const g = gate.check(event);
      const r = isThenable(g) ? await g : g;
      if (r) {
        const v = block(r.code, [r.reason], [], version, r.decision);
        return r.retryAfterSeconds !== undefined ? { ...v, retryAfterSeconds: r.retryAfterSeconds } : v;
      }
    }
    const det = this.detect(event);
    if (det.errorCode) return block(det.errorCode, det.errors, det.findings, version);
    for (const c of this.opts.findingChecks ?? []) {
      const f = c.checkFindings(event, det.findings);
      const r = isThenable(f) ? await f : f;
      if (r) return block(r.code, [r.reason], det.findings, version, r.decision);
    }

    const guard = evaluateGuard(det.findings, event, this.rules);
    let decision: Decision = guard.decision;
    const reasons: Reason[] = [...guard.reasons, ...det.errors];
    const obligations: Obligation[] = guard.alerts.map((a) => ({ kind: 'alert', message: `${a.id}: ${a.message}` }));
    const toRedact = this.redactionModes(event, guard.redact, reasons);
    if (toRedact.block) decision = 'block';
    else if (decision === 'redact' && toRedact.keep.length === 0) decision = 'allow';
    let code: ErrorCode | undefined = decision === 'block' ? contentCode(event) : undefined;
    let approvalId: string | undefined;
    let message: string | undefined;

    if (this.opts.authorizer && decision !== 'block') {
      let authz: AuthzResult;
      try {
        authz = await this.authorize(event, det.findings);
      } catch (err) {
        if (this.opts.failOpen?.policy) {
          authz = { decision: 'allow', reasons: [{ source: 'error', id: 'policy', message: 'policy error ignored (failOpen)' }] };
        } else {
          const why = err instanceof PaviseError ? err.code : 'PAVISE_POLICY_ERROR';
          return block(why === 'PAVISE_POLICY_INVALID' ? why : 'PAVISE_POLICY_ERROR', [{ source: 'error', id: 'policy', message: 'policy evaluation failed' }], det.findings, version);
        }
      }
      if (authz.decision === 'deny') {
        decision = 'block';
        code = authz.code ?? 'PAVISE_FORBIDDEN';
        message = authz.message;
        reasons.push(...authz.reasons);
      } else if (authz.decision === 'hold') {
        decision = strongest(decision, 'hold');
        code = authz.code ?? 'PAVISE_APPROVAL_REQUIRED';
        message = authz.message;
        if (authz.approvalId !== undefined) approvalId = authz.approvalId;
        reasons.push(...authz.reasons);
      } else {
        reasons.push(...authz.reasons);
      }
    }

    let redactions: Redaction[] = [];
    let parts: ContentPart[] | undefined;
    if (decision === 'redact') {
      redactions = this.redactions(event, toRedact.keep);
      parts = applyRedactions(event.parts, redactions);
    }
    const base = {
      decision,
      message: message ?? summarize(decision, reasons, code),
      reasons,
      findings: det.findings,
      redactions,
      policyVersion: version,
      obligations,
      ...(code !== undefined && (decision === 'block' || decision === 'hold') ? { code } : {}),
      ...(approvalId !== undefined ? { approvalId } : {}),
      ...(parts ? { parts } : {}),
    } satisfies Verdict;
    return base;
  }

  /**
   * Context providers, then the authorizer. While every step answers synchronously (the built-in
   * session context and the TypeScript Cedar evaluator do) nothing can hang, so no deadline is
   * set; from the first promise on, the rest runs under `policyDeadlineMs`: a policy (or context
   * provider) that never settles would hold the request forever, so past the deadline it counts
   * as a policy error and blocks (fail closed).
   */
  private authorize(event: Event, findings: readonly Finding[]): AuthzResult | Promise<AuthzResult> {
    const authorizer = this.opts.authorizer;
    if (!authorizer) throw new PaviseError('PAVISE_POLICY_ERROR', 'no authorizer');
    const providers = this.opts.contextProviders ?? [];
    const context: Record<string, unknown> = {};
    for (let i = 0; i < providers.length; i++) {
      const c = providers[i]?.context(event, findings);
      if (isThenable(c)) {
        const rest = async (): Promise<AuthzResult> => {
          Object.assign(context, await Promise.resolve(c));
          for (const p of providers.slice(i + 1)) Object.assign(context, await p.context(event, findings));
          return authorizer.authorize({ event, findings, context });
        };
        return withDeadline(rest(), this.opts.policyDeadlineMs ?? 2000, deadlineError);
      }
      Object.assign(context, c);
    }
    const r = authorizer.authorize({ event, findings, context });
    return isThenable(r) ? withDeadline(Promise.resolve(r), this.opts.policyDeadlineMs ?? 2000, deadlineError) : r;
  }

  /**
   * Phase 4: record, then let observers see it. Fails closed when the audit cannot write. By
   * default resolves once the record is durable; with `{until: 'written'}` an allow/redact
   * verdict comes back once the record is written, and `durable(verdict)` tells when (and
   * whether) it became durable.
   */
  async record(event: Event, verdict: Verdict, opts?: RecordOptions): Promise<Verdict> {
    let out = verdict;
    if (this.opts.audit) {
      const ms = this.opts.auditDeadlineMs ?? 2000;
      try {
        const early = opts?.until === 'written' && (verdict.decision === 'allow' || verdict.decision === 'redact');
        const receipt = await withDeadline(early ? this.opts.audit.append(event, verdict, opts) : this.opts.audit.append(event, verdict), ms, deadlineError);
        // Not `{ ...verdict, auditId }`: a literal that spreads first and then adds a property
        // takes V8's slow clone path (~1.3 µs against ~0.2 µs here, twice per request). Same
        // own properties in the same order (an existing auditId is overwritten in place).
        out = Object.assign({}, verdict, { auditId: receipt.id });
        const durable = receipt.durable;
        if (durable !== undefined) {
          if (early) {
            // INVARIANT: the wait never rejects (no unhandled rejection when the caller never
            // reaches its answer, e.g. the client went away). A hung sync counts like a hung
            // write: the same deadline, from the first durable() call.
            const lost = verdict;
            const sync = receipt.sync;
            durability.set(out, {
              start: () => {
                sync?.();
                return withDeadline(durable, ms, deadlineError).then(
                  () => undefined,
                  () => (this.opts.failOpen?.audit ? undefined : auditLost(lost, 'audit record could not be made durable')),
                );
              },
            });
          } else await withDeadline(durable, ms, deadlineError);
        }
      } catch {
        if (!this.opts.failOpen?.audit) out = auditLost(verdict, 'audit record could not be written');
      }
    }
    for (const o of this.opts.observers ?? []) {
      try {
        // Awaited only when it returns a promise: a microtask turn per observer adds up per request.
        const r = o.observe(event, out);
        if (r !== undefined) await r;
      } catch {
        // INVARIANT: observers are best-effort (metrics, risk); they never change a verdict.
      }
    }
    return out;
  }

  /**
   * Resolves once the audit record behind `verdict` (returned by `record`/`inspect` with
   * `{until: 'written'}`) is durable: undefined, or — when its sync failed or missed the audit
   * deadline — the PAVISE_AUDIT_UNAVAILABLE refusal to answer instead (fail closed). A verdict
   * recorded the default way (or undefined) resolves at once. Never rejects. The first call asks
   * a sink that defers syncs (the audit worker) to sync now, and starts the deadline: call it just
   * before answering, or earlier to overlap the sync with other work (a stream's upstream call).
   * INVARIANT: keyed by the very object `record` returned; a copy of it resolves at once, so
   * surfaces pass that object to the point where they answer.
   */
  durable(verdict: Verdict | undefined): Promise<Verdict | undefined> {
    const d = verdict !== undefined ? durability.get(verdict) : undefined;
    if (d === undefined) return DURABLE;
    d.started ??= d.start();
    return d.started;
  }

  /** Applies `Redactor.mode`: allowlisted findings stay in clear, a `block` entity refuses the event. */
  private redactionModes(event: Event, selected: readonly Finding[], reasons: Reason[]): { keep: Finding[]; block: boolean } {
    const redactor = this.opts.redactor ?? maskRedactor;
    if (!redactor.mode) return { keep: [...selected], block: false };
    const keep: Finding[] = [];
    let blocked = false;
    for (const f of selected) {
      const value = event.parts[f.part]?.text.slice(f.span.start, f.span.end) ?? '';
      const m = redactor.mode(f, value, event);
      if (m === 'block') {
        blocked = true;
        reasons.push({ source: 'rule', id: 'redaction-block', message: `${f.entity ?? f.kind} is configured to block` });
      } else if (m === 'redact') keep.push(f);
    }
    return { keep, block: blocked };
  }

  private redactions(event: Event, selected: readonly Finding[]): Redaction[] {
    const redactor = this.opts.redactor ?? maskRedactor;
    // Merge overlapping spans per part: the widest wins, so replacements never interleave.
    const byPart = new Map<number, Finding[]>();
    for (const f of selected) {
      const list = byPart.get(f.part) ?? [];
      list.push(f);
      byPart.set(f.part, list);
    }
    const out: Redaction[] = [];
    for (const [part, list] of byPart) {
      const text = event.parts[part]?.text ?? '';
      list.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
      let lastEnd = -1;
      for (const f of list) {
        if (f.span.start < lastEnd) continue;
        const value = text.slice(f.span.start, f.span.end);
        out.push({ part, start: f.span.start, end: f.span.end, entity: f.entity ?? f.kind, replacement: redactor.replacement(f, value, event) });
        lastEnd = f.span.end;
      }
    }
    return out.sort((a, b) => a.part - b.part || a.start - b.start);
  }
}

/** Same detector, kind and overlapping span in the original: keep the highest score. */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.part - b.part || a.detector.localeCompare(b.detector) || a.kind.localeCompare(b.kind) || a.span.start - b.span.start || b.score - a.score);
  const out: Finding[] = [];
  for (const f of findings) {
    const prev = out[out.length - 1];
    if (prev && prev.part === f.part && prev.detector === f.detector && prev.kind === f.kind && f.span.start < prev.span.end) {
      if (f.score > prev.score || f.span.end > prev.span.end) {
        out[out.length - 1] = { ...(f.score > prev.score ? f : prev), span: { start: prev.span.start, end: Math.max(prev.span.end, f.span.end) } };
      }
      continue;
    }
    out.push(f);
  }
  return out;
}

export function applyRedactions(parts: readonly ContentPart[], redactions: readonly Redaction[]): ContentPart[] {
  return parts.map((p, i) => {
    const rs = redactions.filter((r) => r.part === i);
    if (rs.length === 0) return p;
    let text = '';
    let at = 0;
    for (const r of rs) {
      text += p.text.slice(at, r.start) + r.replacement;
      at = r.end;
    }
    text += p.text.slice(at);
    return { ...p, text };
  });
}

/** The refusal when a verdict's audit record could not be written or made durable. */
function auditLost(verdict: Verdict, message: string): Verdict {
  return block('PAVISE_AUDIT_UNAVAILABLE', [...verdict.reasons, { source: 'error', id: 'audit', message }], verdict.findings, verdict.policyVersion);
}

function contentCode(event: Event): ErrorCode {
  return event.action === 'chat.output' ? 'PAVISE_OUTPUT_BLOCKED' : 'PAVISE_CONTENT_BLOCKED';
}

function summarize(decision: Decision, reasons: readonly Reason[], code: ErrorCode | undefined): string {
  if (decision === 'allow') return 'allowed';
  const why = [...new Set(reasons.map((r) => r.message))].join('; ');
  if (decision === 'redact') return `redacted: ${why}`;
  const head = code ? ERRORS[code].message : decision;
  return why ? `${head}: ${why}` : head;
}

function block(code: ErrorCode, reasons: readonly Reason[], findings: readonly Finding[], policyVersion: string, decision: 'block' | 'hold' = 'block'): Verdict {
  return {
    decision,
    code,
    message: summarize(decision, reasons, code),
    reasons,
    findings,
    redactions: [],
    policyVersion,
    obligations: [],
  };
}

/** CPU milliseconds `fn` takes (it must not throw: it already ran once without throwing). */
function cpuMsOf(fn: () => void): number {
  const t0 = process.cpuUsage();
  try {
    fn();
  } catch {
    // Pure detectors are deterministic; a throw now still means the time was spent.
  }
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

function isThenable<T>(x: T | PromiseLike<T>): x is PromiseLike<T> {
  return x !== null && typeof x === 'object' && typeof (x as { then?: unknown }).then === 'function';
}

/** The error a missed deadline rejects with (the callers map it to their own code). */
function deadlineError(): PaviseError {
  return new PaviseError('PAVISE_AUDIT_UNAVAILABLE', 'audit write deadline exceeded');
}

export function newEventId(): string {
  return randomUUID();
}
