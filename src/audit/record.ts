// What an audit record holds, and how an Event + Verdict becomes one without secrets in clear.
//
// - Finding matched values are stored only as keyed digests (HMAC-SHA256, key in the data dir).
// - Content parts are stored as length + keyed digest; with `storeBodies` also as text, after every
//   verdict redaction span AND every span flagged by the `secrets` / `pii` detectors is masked.
// - Tool-call arguments are stored as a keyed digest of their canonical JSON; with `storeBodies`
//   also as JSON whose strings have every flagged secret/PII value masked.
// - Generic records (policy change, approval, block, quarantine, config change) carry `data`, in
//   which values under secret-looking keys (key, token, secret, password, authorization, …) are
//   replaced by their digest.
//
// Misses: a secret no detector flagged is stored in clear when `storeBodies` is on — that is the
// cost of keeping bodies; the default is off. Principal display names are not stored (ids are).
// Request records are built with every object's keys in RFC 8785 order, so the chain serialises
// them with JSON.stringify (same bytes; `isPresorted`; ~35% less worker CPU for serialise + hash).
// Cost: O(total part length) for digests; O(parts × findings) for masking; bodies are capped at
// MAX_BODY_CHARS per part. Failure mode: pure; throws only on non-JSON `args`/`data` (caught by the
// caller and reported as an audit failure, so the request fails closed).

import type { Event, Finding, Reason, Verdict } from '../engine/types.js';
import { canonical } from './jcs.js';
import type { AuditKeys } from './keys.js';

/** Detectors whose matches are secrets or personal data and are always masked in stored bodies. */
export const SENSITIVE_DETECTORS: readonly string[] = ['secrets', 'pii'];
export const MAX_BODY_CHARS = 64 * 1024;
export const RECORD_VERSION = 1;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/** Non-request record kinds the runtime writes; any `[a-z_.]+` string is accepted. */
export type AuditKind =
  | 'request'
  | 'policy.change'
  | 'config.change'
  | 'approval.decided'
  | 'principal.blocked'
  | 'server.quarantined'
  | 'audit.retention'
  | (string & { readonly __kind?: never });

export interface RecordFinding {
  readonly detector: string;
  readonly kind: string;
  readonly score: number;
  readonly part: number;
  readonly start: number;
  readonly end: number;
  readonly view: string;
  readonly evidence: string;
  readonly entity?: string;
  /** Keyed digest of the matched original text. */
  readonly valueDigest: string;
}

export interface RecordPart {
  readonly provenance: string;
  readonly label?: string;
  readonly chars: number;
  readonly digest: string;
  /** Redacted text; only with `storeBodies`. */
  readonly text?: string;
  readonly truncated?: boolean;
}

/** The record before it is chained (`seq` and `prev` are added by src/audit/chain.ts). */
export interface RecordContent {
  readonly v: number;
  readonly id: string;
  readonly time: number;
  readonly kind: AuditKind;
  readonly principal?: { readonly id: string; readonly kind?: string; readonly roles?: readonly string[]; readonly tenant?: string };
  readonly session?: string;
  readonly action?: string;
  readonly resource?: { readonly kind: string; readonly id: string; readonly server?: string; readonly labels?: readonly string[] };
  readonly surface?: string;
  readonly event?: { readonly id: string; readonly time: number };
  readonly verdict?: {
    readonly decision: string;
    readonly code?: string;
    readonly message: string;
    readonly reasons: readonly Reason[];
    readonly findings: readonly RecordFinding[];
    readonly redactions: readonly { readonly part: number; readonly start: number; readonly end: number; readonly entity: string }[];
    readonly approvalId?: string;
    readonly obligations: readonly JsonValue[];
  };
  readonly policyVersion?: string;
  readonly content?: { readonly parts: readonly RecordPart[]; readonly args?: { readonly digest: string; readonly value?: JsonValue } };
  readonly data?: { readonly [k: string]: JsonValue };
}

/** A chained record as stored (the parsed `body`). */
export interface AuditRecord extends RecordContent {
  readonly seq: number;
  readonly prev: string;
}

export interface RecordOptions {
  readonly storeBodies: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Merge spans into sorted, non-overlapping ranges clamped to [0, len). */
function mergeSpans(spans: readonly Span[], len: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, len)), end: Math.max(0, Math.min(s.end, len)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

function maskText(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + '[REDACTED]';
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Set by maskJson when an object in its output has an integer-like key: V8 (and so JSON.stringify)
 * lists such keys first in numeric order, not in RFC 8785 order (see `presorted`).
 */
let indexKeySeen = false;
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

/**
 * Replace every occurrence of each sensitive value inside string leaves of `value`. The output is
 * plain JSON (finite numbers, no toJSON) whose objects hold their keys in RFC 8785 order (UTF-16
 * code units), so JSON.stringify of it is its canonical JSON unless `indexKeySeen` was set.
 */
function maskJson(value: unknown, secrets: readonly string[], depth = 0): JsonValue {
  if (depth > 32) return '[TRUNCATED]';
  if (typeof value === 'string') {
    let s = value;
    for (const secret of secrets) if (secret.length > 0) s = s.split(secret).join('[REDACTED]');
    return s.length > MAX_BODY_CHARS ? s.slice(0, MAX_BODY_CHARS) + '[TRUNCATED]' : s;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.slice(0, 1000).map((v) => maskJson(v, secrets, depth + 1));
  if (typeof value === 'object') {
    const entries: [string, JsonValue][] = [];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      entries.push([maskJson(k, secrets, depth + 1) as string, maskJson(v, secrets, depth + 1)]);
    }
    // Stable: of two keys that mask alike the later value still wins, as before the sort.
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of entries) {
      if (INDEX_KEY.test(k)) indexKeySeen = true;
      out[k] = v;
    }
    return out;
  }
  return null;
}

const SECRET_KEY = /(^|[_\-.])?(api[_-]?key|apikey|secret|token|password|passwd|authorization|credential|private[_-]?key|cookie)$/i;

/** Replace values under secret-looking keys with their keyed digest (for generic `data`). */
export function scrubData(value: unknown, keys: AuditKeys, depth = 0): JsonValue {
  if (depth > 32) return '[TRUNCATED]';
  if (Array.isArray(value)) return value.slice(0, 10_000).map((v) => scrubData(v, keys, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      if (SECRET_KEY.test(k) && v !== null && v !== '' && typeof v !== 'boolean') out[k] = `hmac:${keys.digest(canonical(v))}`;
      else out[k] = scrubData(v, keys, depth + 1);
    }
    return out;
  }
  return maskJson(value, [], depth);
}

/** Sensitive values (matched text of secrets/PII findings) in an event, for masking args. */
function sensitiveValues(event: Event, findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    if (!SENSITIVE_DETECTORS.includes(f.detector)) continue;
    const v = event.parts[f.part]?.text.slice(f.span.start, f.span.end);
    if (v) out.add(v);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Request records whose canonical JSON is their JSON.stringify (see `isPresorted`). A WeakSet, so
 * a record object carries no extra (serialisable) property and is forgotten with it.
 */
const PRESORTED = new WeakSet<object>();

/**
 * Whether `content` came from requestRecord with every object's keys inserted in RFC 8785 order,
 * no integer-like key, no toJSON, and only strings, finite numbers, booleans, null or undefined
 * as leaves: then JSON.stringify emits exactly its canonical JSON (same key order, same string
 * escapes and number forms: RFC 8785 defines both by ECMAScript's JSON.stringify), and the chain
 * may serialise it natively (jcs.ts `canonicalRecordPresorted`) instead of walking it.
 */
export function isPresorted(content: RecordContent): boolean {
  return PRESORTED.has(content);
}

/** A leaf JSON.stringify and canonical() encode alike (undefined: both omit the key). */
function leaf(x: unknown): boolean {
  return typeof x === 'string' || x === undefined || (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'boolean' || x === null;
}

function leaves(xs: readonly unknown[]): boolean {
  for (const x of xs) if (!leaf(x)) return false;
  return true;
}

/**
 * Build the record content for a decision.
 * INVARIANT: every object literal below lists its keys in RFC 8785 order (sorted by UTF-16 code
 * units) — the condition for `isPresorted`; record.test.ts checks the bytes against canonicalize.
 */
export function requestRecord(event: Event, verdict: Verdict, keys: AuditKeys, opts: RecordOptions, id: string, time: number): RecordContent {
  let plain = true;
  const findings = verdict.findings.map((f) => {
    const value = event.parts[f.part]?.text.slice(f.span.start, f.span.end) ?? '';
    plain &&= leaf(f.detector) && leaf(f.span.end) && leaf(f.entity) && leaf(f.evidence) && leaf(f.kind) && leaf(f.part) && leaf(f.score) && leaf(f.span.start) && leaf(f.view);
    return {
      detector: f.detector,
      end: f.span.end,
      entity: f.entity,
      evidence: f.evidence,
      kind: f.kind,
      part: f.part,
      score: f.score,
      start: f.span.start,
      valueDigest: keys.digest(value),
      view: f.view,
    };
  });
  const parts = event.parts.map((p, i) => {
    plain &&= leaf(p.label) && leaf(p.provenance);
    const digest = keys.digest(p.text);
    if (!opts.storeBodies) return { chars: p.text.length, digest, label: p.label, provenance: p.provenance };
    const spans: Span[] = [
      ...verdict.redactions.filter((r) => r.part === i),
      ...verdict.findings.filter((f) => f.part === i && SENSITIVE_DETECTORS.includes(f.detector)).map((f) => f.span),
    ];
    // INVARIANT: masking happens on the full text BEFORE truncation, so a span cut by the
    // truncation point can never leave half a secret behind.
    const masked = maskText(p.text, mergeSpans(spans, p.text.length));
    const truncated = masked.length > MAX_BODY_CHARS;
    return {
      chars: p.text.length,
      digest,
      label: p.label,
      provenance: p.provenance,
      text: truncated ? masked.slice(0, MAX_BODY_CHARS) : masked,
      truncated: truncated ? true : undefined,
    };
  });
  indexKeySeen = false;
  let args: { digest: string; value?: JsonValue } | undefined;
  if (event.args !== undefined) {
    const digest = keys.digest(canonical(event.args));
    args = opts.storeBodies ? { digest, value: maskJson(event.args, sensitiveValues(event, verdict.findings)) } : { digest };
  }
  const obligations = verdict.obligations.map((o) => maskJson(o, []));
  plain &&= !indexKeySeen;
  const p = event.principal;
  const r = event.resource;
  const reasons = verdict.reasons.map((x) => {
    plain &&= leaf(x.id) && leaf(x.message) && leaf(x.source);
    return { id: x.id, message: x.message, source: x.source };
  });
  const redactions = verdict.redactions.map((x) => {
    plain &&= leaf(x.end) && leaf(x.entity) && leaf(x.part) && leaf(x.start);
    return { end: x.end, entity: x.entity, part: x.part, start: x.start };
  });
  plain &&=
    leaf(p.id) && leaf(p.kind) && leaves(p.roles) && leaf(p.tenant) && leaf(event.session) && leaf(event.action) && leaf(r.kind) && leaf(r.id) &&
    leaf(r.server) && (r.labels === undefined || leaves(r.labels)) && leaf(event.surface) && leaf(event.id) && leaf(event.time) && leaf(time) &&
    leaf(id) && leaf(verdict.decision) && leaf(verdict.code) && leaf(verdict.message) && leaf(verdict.approvalId) && leaf(verdict.policyVersion);
  // Absent optional fields are kept as `undefined`-valued keys (no object spreads: ~30% of this
  // function's own CPU): canonical JSON omits them exactly as JSON.stringify does.
  const content = {
    action: event.action,
    content: { args, parts },
    event: { id: event.id, time: event.time },
    id,
    kind: 'request',
    policyVersion: verdict.policyVersion,
    principal: { id: p.id, kind: p.kind, roles: [...p.roles], tenant: p.tenant },
    resource: { id: r.id, kind: r.kind, labels: r.labels !== undefined ? [...r.labels] : undefined, server: r.server },
    session: event.session,
    surface: event.surface,
    time,
    v: RECORD_VERSION,
    verdict: {
      approvalId: verdict.approvalId,
      code: verdict.code,
      decision: verdict.decision,
      findings,
      message: verdict.message,
      obligations,
      reasons,
      redactions,
    },
  } as RecordContent;
  if (plain) PRESORTED.add(content);
  return content;
}

/** A non-request record: policy change (with diff), approval decided, principal blocked, … */
export interface GenericRecordInput {
  readonly kind: AuditKind;
  /** Who did it (principal id, `system`, `cli:<user>`). */
  readonly principal?: string;
  readonly session?: string;
  readonly action?: string;
  readonly resource?: { readonly kind: string; readonly id: string };
  /** `allow`, `deny`, `block`, … when the record states a decision. */
  readonly decision?: string;
  readonly reasons?: readonly Reason[];
  readonly policyVersion?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

const KIND_RE = /^[a-z][a-z0-9_.-]{0,63}$/;

export function genericRecord(input: GenericRecordInput, keys: AuditKeys, id: string, time: number): RecordContent {
  if (!KIND_RE.test(input.kind) || input.kind === 'request') throw new TypeError(`invalid audit record kind \`${input.kind}\``);
  const data = input.data !== undefined ? scrubData(input.data, keys) : undefined;
  return {
    v: RECORD_VERSION,
    id,
    time,
    kind: input.kind,
    ...(input.principal !== undefined ? { principal: { id: input.principal } } : {}),
    ...(input.session !== undefined ? { session: input.session } : {}),
    ...(input.action !== undefined ? { action: input.action } : {}),
    ...(input.resource !== undefined ? { resource: { kind: input.resource.kind, id: input.resource.id } } : {}),
    ...(input.decision !== undefined || input.reasons !== undefined
      ? {
          verdict: {
            decision: input.decision ?? 'none',
            message: '',
            reasons: (input.reasons ?? []).map((x) => ({ source: x.source, id: x.id, message: x.message })),
            findings: [],
            redactions: [],
            obligations: [],
          },
        }
      : {}),
    ...(input.policyVersion !== undefined ? { policyVersion: input.policyVersion } : {}),
    ...(data !== undefined && typeof data === 'object' && data !== null && !Array.isArray(data) ? { data } : data !== undefined ? { data: { value: data } } : {}),
  };
}

export { canonical };
