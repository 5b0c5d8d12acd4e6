// Incremental output scanning for streamed completions (ENGINEERING.md P7).
//
// Text arrives in deltas. The guard keeps the not-yet-released text (`pending`) and the last
// `holdFloor` characters already released (`context`, so a detector that needs left context sees
// it). Each scan runs the engine's decision on `context + pending` and releases only text that
// ends at least `hold` characters before the window's end. `hold` is computed on that window from
// the detectors that can redact or stop output (holdBackFor): a detector with `streamHoldBack`
// says how much of the tail could still be an incomplete match (the secrets detector: ~36 chars
// of clean prose, up to 4200 once a `-----BEGIN` marker is pending; PII: 48 plus a pending
// entity, up to 256); one without holds back its
// maxMatchLength; +1 for a trailing word-boundary check. A redaction that straddles the release
// point moves the point to the redaction's end, so a secret is either entirely held or released
// already masked.
//
// INVARIANT: every match that starts before the release point ends inside the scanned window
// (Detector.streamHoldBack's contract, or length <= maxMatchLength <= hold - 1), so it has been
// seen whole before any of its characters are released. Held text is rescanned in its original
// form on every pass; only released text is ever rewritten. The left context kept (holdFloor) is
// at least every acting detector's left-context need (streamHoldBack('') or maxMatchLength).
//
// Misses: a detector that under-reports its hold-back can leak the head of a longer match
// (the guard then redacts whatever is still pending). An authorizer (Cedar) that denies output
// on findings of an alert-only detector can stop the stream only after part of the match was
// released; alert-only detectors see only `holdFloor` characters of left context at a seam.
// Time to first content grows with the hold: nothing is released before `hold + minRelease`
// characters have arrived (or the stream ends) — ~113 characters of clean prose with the built-in
// detectors (the PII detector's 48-character floor, its left-context need, plus MIN_RELEASE; the
// hold itself on the bench reply: p99 60 characters, was 317 before PII had a streamHoldBack).
// Cost: each scan reads holdFloor + hold + the new text; scans run once `minRelease` new
// characters can be released, so total work is O(n · (holdFloor + hold) / minRelease), plus one
// streamHoldBack call per check.
// Failure mode: a `block` or `hold` on any scan stops the stream (the caller writes a terminal
// error); engine errors become blocks (the engine fails closed).

import type { Engine } from '../engine/pipeline.js';
import type { Detector, Event, Finding, Reason, Redaction, Verdict } from '../engine/types.js';

/**
 * The hold-back for model output: the longest match of any detector whose findings can change
 * what is released — one that reads the `output` direction and that some non-alert guard rule
 * applies to on `chat.output` (redact, block or hold). A detector whose output findings only
 * raise alerts cannot rewrite or stop the stream, so it need not delay it. Plus one character
 * for a trailing word-boundary check.
 * INVARIANT: never less than registry.maxMatchLength restricted to those detectors.
 */
export function outputHoldBack(engine: Engine): number {
  let max = 0;
  for (const d of actingDetectors(engine)) max = Math.max(max, d.maxMatchLength);
  return max + 1;
}

/** Detectors whose output findings can redact or stop a stream (see outputHoldBack). */
export function actingDetectors(engine: Engine): Detector[] {
  return engine.registry.detectors.filter(
    (d) =>
      (!d.directions || d.directions.includes('output')) &&
      engine.rules.some(
        (r) =>
          r.verdict !== 'alert' &&
          (r.detector === '*' || r.detector === d.id) &&
          (!r.actions || r.actions.includes('chat.output')) &&
          (!r.directions || r.directions.includes('output')) &&
          r.provenance !== 'untrusted',
      ),
  );
}

/**
 * The hold-back for a window ending at the stream's current end: per acting detector its
 * `streamHoldBack(window)` (capped at maxMatchLength) or, without one, maxMatchLength; plus one
 * character for a trailing word-boundary check. `holdBackFor(detectors, '')` is the least value.
 */
export function holdBackFor(detectors: readonly Detector[], window: string): number {
  let max = 0;
  for (const d of detectors) max = Math.max(max, d.streamHoldBack ? Math.min(d.maxMatchLength, d.streamHoldBack(window)) : d.maxMatchLength);
  return max + 1;
}

/** What a scan step lets through. H3's src/detect/stream-redact.ts can implement this too. */
export type ScanStep =
  | { readonly kind: 'emit'; readonly text: string }
  | { readonly kind: 'block'; readonly verdict: Verdict; readonly released: string };

export interface StreamScanner {
  push(delta: string): Promise<ScanStep>;
  /** Flush at end of stream (everything pending is scanned and released). */
  end(): Promise<ScanStep>;
  /** The aggregate verdict over everything released so far (for the audit record). */
  summary(): Verdict;
  /** Total characters seen so far. */
  readonly seen: number;
  /** The original text seen so far (capped), for the audit record. */
  readonly transcript: string;
}

export interface StreamGuardOptions {
  readonly engine: Engine;
  /** Event fields for the `chat.output` events the guard builds (parts are filled in). */
  readonly template: Omit<Event, 'parts' | 'action'>;
  /** Override the hold-back with a fixed value (default: dynamic, see holdBackFor). */
  readonly holdBack?: number;
  /** Scan once at least this many characters could be released (default max(MIN_RELEASE, floor/4)). */
  readonly minRelease?: number;
  /** Longest transcript kept for the audit record (default 1 MiB of UTF-16 units). */
  readonly maxTranscript?: number;
}

/**
 * Least number of new characters that triggers a scan. Each scan runs every output detector and
 * the policy on hold + new text, so this trades CPU per character (fewer, larger scans) against
 * added delay (text waits until this much is pending). Measured with
 * `node --import tsx bench/macro.ts --quick --only stream`: with 16 (a quarter of the 49-character
 * PII floor), 500 streams were CPU-bound at 4,755 events/s; with 64, 8,238 events/s and no worse
 * per-event lateness on 10 streams.
 */
export const MIN_RELEASE = 64;

export class StreamGuard implements StreamScanner {
  private readonly engine: Engine;
  private readonly template: Omit<Event, 'parts' | 'action'>;
  /** The most that is ever held back (static bound over the acting detectors). */
  readonly holdBack: number;
  /** The least that is held back, and the released text kept as left context for detectors. */
  readonly holdFloor: number;
  /** Acting detectors, when the hold-back is dynamic; undefined for a fixed hold-back. */
  private readonly acting: readonly Detector[] | undefined;
  /** Hold-back computed at the last check (≥ holdFloor). */
  private hold: number;
  private readonly minRelease: number;
  private original = '';
  private readonly maxTranscript: number;
  private context = '';
  private pending = '';
  private released = 0;
  private total = 0;
  private stopped: Verdict | undefined;
  private readonly findings: Finding[] = [];
  private readonly redactions: Redaction[] = [];
  private readonly reasons = new Map<string, Reason>();

  constructor(opts: StreamGuardOptions) {
    this.engine = opts.engine;
    this.template = opts.template;
    if (opts.holdBack !== undefined) {
      this.holdBack = Math.max(0, opts.holdBack);
      this.holdFloor = this.holdBack;
      this.acting = undefined;
    } else {
      this.acting = actingDetectors(opts.engine);
      this.holdBack = outputHoldBack(opts.engine);
      this.holdFloor = holdBackFor(this.acting, '');
    }
    this.hold = this.holdFloor;
    this.minRelease = Math.max(1, opts.minRelease ?? Math.max(MIN_RELEASE, Math.floor(this.holdFloor / 4)));
    this.maxTranscript = opts.maxTranscript ?? 1 << 20;
  }

  get seen(): number {
    return this.total;
  }

  get transcript(): string {
    return this.original;
  }

  async push(delta: string): Promise<ScanStep> {
    if (this.stopped) return { kind: 'block', verdict: this.stopped, released: '' };
    this.pending += delta;
    this.total += delta.length;
    if (this.original.length < this.maxTranscript) this.original += delta.slice(0, this.maxTranscript - this.original.length);
    if (this.pending.length < this.hold + this.minRelease) return { kind: 'emit', text: '' };
    if (this.acting) {
      // Recomputed on the exact window the scan will read: a long match (a PEM block) that began
      // in the pending text raises the hold until it is complete.
      this.hold = holdBackFor(this.acting, this.context + this.pending);
      if (this.pending.length < this.hold + this.minRelease) return { kind: 'emit', text: '' };
    }
    return this.scan(false);
  }

  async end(): Promise<ScanStep> {
    if (this.stopped) return { kind: 'block', verdict: this.stopped, released: '' };
    if (this.pending.length === 0) return { kind: 'emit', text: '' };
    return this.scan(true);
  }

  private async scan(final: boolean): Promise<ScanStep> {
    const window = this.context + this.pending;
    const ctxLen = this.context.length;
    const event: Event = { ...this.template, action: 'chat.output', parts: [{ text: window, provenance: 'model' }] };
    const verdict = await this.engine.decide(event);
    if (verdict.decision === 'block' || verdict.decision === 'hold') {
      this.stopped = verdict;
      this.findings.push(...verdict.findings);
      return { kind: 'block', verdict, released: '' };
    }
    // INVARIANT: this.hold was computed on `window` by push() (or is the fixed hold-back).
    let cut = final ? window.length : window.length - this.hold;
    if (cut <= ctxLen) return { kind: 'emit', text: '' };
    const applied: Redaction[] = [];
    for (const r of verdict.redactions) {
      if (r.part !== 0 || r.end <= ctxLen) continue; // already released (and already masked)
      if (r.start >= cut) break; // held: rescanned next time
      const start = Math.max(r.start, ctxLen);
      applied.push({ ...r, start });
      if (r.end > cut) cut = r.end;
    }
    let out = '';
    let at = ctxLen;
    for (const r of applied) {
      out += window.slice(at, r.start) + r.replacement;
      at = r.end;
    }
    out += window.slice(at, cut);
    const base = this.released - ctxLen;
    for (const r of applied) this.redactions.push({ ...r, start: r.start + base, end: r.end + base });
    for (const f of verdict.findings) {
      if (f.span.end > ctxLen && f.span.start < cut) this.findings.push({ ...f, span: { start: f.span.start + base, end: f.span.end + base } });
    }
    if (applied.length > 0) for (const r of verdict.reasons) this.reasons.set(r.id, r);
    this.released += cut - ctxLen;
    const releasedOriginal = window.slice(0, cut);
    this.context = this.holdFloor > 0 ? releasedOriginal.slice(-this.holdFloor) : '';
    this.pending = window.slice(cut);
    this.hold = this.holdFloor;
    return { kind: 'emit', text: out };
  }

  summary(): Verdict {
    if (this.stopped) return { ...this.stopped, findings: this.findings };
    const redacted = this.redactions.length > 0;
    return {
      decision: redacted ? 'redact' : 'allow',
      message: redacted ? `redacted: ${[...new Set([...this.reasons.values()].map((r) => r.message))].join('; ')}` : 'allowed',
      reasons: [...this.reasons.values()],
      findings: this.findings,
      redactions: this.redactions,
      policyVersion: this.engine.policyVersion,
      obligations: [],
    };
  }
}
