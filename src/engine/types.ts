// The vocabulary every surface, detector and policy shares: Event in, Verdict out.
//
// INVARIANT: nothing in this file knows about HTTP, MCP or storage. A surface turns its protocol
// into an Event and applies the Verdict in its own protocol; the engine never sees a socket.

/** The closed set of actions (DESIGN.md "Actions"). */
export const ACTIONS = [
  'chat.input',
  'chat.output',
  'chat.tool_call',
  'tool.list',
  'tool.call',
  'tool.result',
  'resource.read',
  'prompt.get',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Where a piece of content came from. Untrusted provenance (tool results, retrieved documents)
 * is what indirect prompt injection arrives through and what session taint follows.
 */
export type Provenance = 'user' | 'system' | 'model' | `tool:${string}` | `retrieved:${string}`;

/**
 * The session key of a caller-named session: the principal's id, a space, the caller's id. A
 * session a client names (`x-pavise-session`, an MCP session id) is only ever shared by one
 * principal, so another key that presents the same id gets its own empty session and can neither
 * read its placeholders back (pseudonymization restore) nor clear or inherit its taint.
 * INVARIANT: `id` never contains a space (the gateway accepts printable ASCII without space), so
 * the key splits uniquely at its last space.
 */
export function scopeSession(principalId: string, id: string): string {
  return `${principalId} ${id}`;
}

export function isUntrusted(p: Provenance): boolean {
  return p.startsWith('tool:') || p.startsWith('retrieved:');
}

/** A piece of text with its provenance. `label` says where it sat in the request (for messages). */
export interface ContentPart {
  readonly text: string;
  readonly provenance: Provenance;
  readonly label?: string;
}

export type PrincipalKind = 'user' | 'service' | 'agent';

export interface Principal {
  /** Stable id, e.g. `key:ab12cd` or `jwt:issuer|sub`. */
  readonly id: string;
  readonly kind: PrincipalKind;
  readonly roles: readonly string[];
  readonly tenant?: string;
  readonly name?: string;
}

export type ResourceKind = 'model' | 'server' | 'tool' | 'resource' | 'prompt';

export interface Resource {
  readonly kind: ResourceKind;
  /** Model name, `server/tool`, server name, resource URI, prompt name. */
  readonly id: string;
  readonly server?: string;
  readonly labels?: readonly string[];
  readonly tenant?: string;
}

export interface Event {
  readonly id: string;
  /** Milliseconds since the epoch; supplied by the surface (detectors never read a clock). */
  readonly time: number;
  readonly principal: Principal;
  /** Session key; the gateway's surfaces set it with `scopeSession`, so it is per principal. */
  readonly session?: string;
  readonly action: Action;
  readonly resource: Resource;
  readonly parts: readonly ContentPart[];
  /** Tool-call arguments (tool.call, chat.tool_call). */
  readonly args?: unknown;
  /** The surface that produced the event, e.g. `openai`, `anthropic`, `mcp`, `sdk`, `cli`. */
  readonly surface?: string;
}

/** Which way content flows; detectors and guard thresholds differ by direction. */
export type Direction = 'input' | 'output' | 'tool_result';

export function directionOf(action: Action, provenance: Provenance): Direction {
  if (isUntrusted(provenance)) return 'tool_result';
  switch (action) {
    case 'chat.output':
    case 'chat.tool_call':
      return 'output';
    case 'tool.result':
    case 'resource.read':
    case 'prompt.get':
      return 'tool_result';
    case 'chat.input':
    case 'tool.list':
    case 'tool.call':
      return 'input';
  }
}

// ---------------------------------------------------------------------------------------------
// Views: the normalizer turns one part into several texts a detector can read.

export const VIEW_NAMES = [
  'raw', // the text exactly as received
  'normalized', // NFKC, invisibles removed, confusables folded
  'tags', // message hidden in Unicode tag characters
  'comment', // HTML / Markdown comments and hidden markup exposed
  'despaced', // letter-spaced words joined ("i g n o r e" -> "ignore")
  'leet', // leetspeak folded ("1gn0r3" -> "ignore")
  'base64',
  'hex',
  'url',
  'rot13',
  'reversed',
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/**
 * A text derived from a part, with a map back to the part's original text.
 * INVARIANT: starts.length === ends.length === text.length, and for every i,
 * 0 <= starts[i] < ends[i] <= original.length. A view character may stand for several original
 * characters (a base64 quad, a %XX escape, a folded ligature).
 */
export interface TextView {
  readonly name: ViewName;
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 0 for raw/normalized; decode depth for decoded views. */
  readonly depth: number;
  /** True when the view reveals content a human reading the original would not see. */
  readonly hidden: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Map a [start, end) range of a view back to the original text. */
export function toOriginalSpan(view: TextView, start: number, end: number): Span {
  if (view.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, view.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, view.text.length));
  return { start: view.starts[s] ?? 0, end: view.ends[e - 1] ?? 0 };
}

// ---------------------------------------------------------------------------------------------
// Detectors

export interface DetectContext {
  readonly action: Action;
  readonly provenance: Provenance;
  readonly direction: Direction;
}

/** What a detector reports, in the coordinates of the view it was given. */
export interface Match {
  /** Finer kind, e.g. `tag_message`, `override`, `aws_access_key`, `email`. */
  readonly kind: string;
  /** 0..1, calibrated so that guard thresholds mean the same across detectors. */
  readonly score: number;
  readonly start: number;
  readonly end: number;
  /** Client-safe, never the matched secret itself. */
  readonly evidence: string;
  /** Entity type for redaction (secrets, PII); absent for non-redactable findings. */
  readonly entity?: string;
}

export interface DetectorExample {
  readonly text: string;
  readonly direction?: Direction;
  readonly provenance?: Provenance;
  /** For positives: the kind that must be reported (any kind when absent). */
  readonly kind?: string;
  readonly note?: string;
}

/**
 * ENGINEERING.md habit 1: a pure function behind one signature. No I/O, no clock, no globals.
 * `maxMatchLength` is the longest original-text match the detector can report; the stream
 * scanner holds back exactly that much.
 */
export interface Detector {
  readonly id: string;
  readonly version: string;
  readonly maxMatchLength: number;
  /** Views this detector reads. */
  readonly views: readonly ViewName[];
  /** Directions it applies to; all when absent. */
  readonly directions?: readonly Direction[];
  detect(view: TextView, ctx: DetectContext): Match[];
  /**
   * Optional, for streamed output (src/surfaces/stream-guard.ts): given the raw output so far,
   * how many trailing characters could still belong to a match that is not complete yet.
   * INVARIANT for implementers: ≤ maxMatchLength; ≥ (text.length − start) for every match of any
   * continuation of `text` that starts at `start` and does not end inside `text`; and
   * `streamHoldBack('')` is the least it ever returns and, when `streamLeftContext` is absent,
   * also bounds the left context the detector reads. Absent: the guard holds back maxMatchLength.
   */
  readonly streamHoldBack?: (text: string) => number;
  /**
   * Optional, for streamed output: how many characters before a match's start `detect` reads
   * (cue words, boundary checks). The stream guard keeps that much already-released text as
   * read-only left context, separate from the held tail, so `streamHoldBack` need only cover
   * matches that are not final yet (on clean prose: the trailing partial token). Absent: the
   * guard uses `streamHoldBack('')` (or maxMatchLength) for both.
   */
  readonly streamLeftContext?: number;
  readonly examples: {
    readonly positive: readonly DetectorExample[];
    readonly negative: readonly DetectorExample[];
  };
}

export interface Finding {
  readonly detector: string;
  readonly kind: string;
  readonly score: number;
  /** Index of the content part. */
  readonly part: number;
  /** Span in the part's original text. */
  readonly span: Span;
  readonly view: ViewName;
  readonly evidence: string;
  readonly entity?: string;
}

// ---------------------------------------------------------------------------------------------
// Verdicts

export type Decision = 'allow' | 'redact' | 'block' | 'hold';

export type ReasonSource = 'detector' | 'rule' | 'policy' | 'session' | 'monitor' | 'error';

export interface Reason {
  readonly source: ReasonSource;
  /** Detector id, rule id, Cedar policy id, … */
  readonly id: string;
  /** Client-safe explanation. */
  readonly message: string;
}

export interface Redaction {
  readonly part: number;
  readonly start: number;
  readonly end: number;
  readonly entity: string;
  readonly replacement: string;
}

export type Obligation =
  | { readonly kind: 'alert'; readonly message: string }
  | { readonly kind: 'raise_risk'; readonly target: 'principal' | 'session' | 'server'; readonly amount: number }
  | { readonly kind: 'quarantine_server'; readonly server: string }
  | { readonly kind: 'block_principal'; readonly seconds: number };

export interface Verdict {
  readonly decision: Decision;
  /** Stable `PAVISE_…` code for block and hold. */
  readonly code?: string;
  /** Client-safe message. */
  readonly message: string;
  readonly reasons: readonly Reason[];
  readonly findings: readonly Finding[];
  readonly redactions: readonly Redaction[];
  /** Parts after redaction (present when decision is `redact`). */
  readonly parts?: readonly ContentPart[];
  readonly approvalId?: string;
  /** Content hash of the policy set and guard rules that decided. */
  readonly policyVersion: string;
  readonly obligations: readonly Obligation[];
  /** Id of the audit record that holds this decision. */
  readonly auditId?: string;
  /** For temporary refusals (blocked principal, rate limit): when to retry, in seconds. */
  readonly retryAfterSeconds?: number;
}
