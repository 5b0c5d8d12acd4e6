// Streaming redaction: an incremental scanner for model output that arrives in chunks (SSE).
// It emits only text that can no longer become part of a match, so no character of a secret
// that is later redacted is ever emitted.
//
// API (used by the LLM gateway; this header is the contract):
//   const s = new StreamRedactor({ detectors: [secretsDetector, piiDetector], ctx, replace });
//   out += s.push(chunk);   // zero or more characters of safe, redacted text
//   out += s.end();         // the rest, at end of stream
//   s.blocked               // true once `replace` returned BLOCK for some match (stop streaming)
//   redactText(text, opts)  // the same redaction in one call; push/end over any split of `text`
//                           // yields exactly redactText(text) (property-tested)
// `replace(match, value)` returns the replacement, `null` to keep the value, or BLOCK; the default
// masks every match with score >= minScore as `[REDACTED:entity]`. Use `redactorReplace` to
// plug in the configured Redactor (mask/hash/placeholder/block + allowlists).
//
// How: the buffer holds `context` already-emitted characters (left context for detectors) plus
// the pending text. After each push the detectors run on the buffer (raw view); the emit point
// is `len − holdBack`, moved left to the start of any match that crosses it.
// INVARIANT (why output does not depend on chunking): every detector's decision about a span
// [s, e) depends only on text within [s − context, e + RIGHT_CONTEXT], and e − s ≤
// maxMatchLength; holdBack = maxMatchLength + RIGHT_CONTEXT, so every match that starts before
// the emit point is complete and final when it is emitted.
// Misses: only the raw view is scanned (no decoded base64 etc. in a stream); latency: up to
// holdBack characters are held (secrets' PEM bound makes that 4 KB; pass a smaller `holdBack`
// to trade the PEM guarantee for latency).
// Cost: O(chunk + holdBack + context) detector work per push. Failure mode: a detector that
// throws propagates (the caller must abort the stream: fail closed).

import type { Redactor } from '../engine/pipeline.js';
import type { DetectContext, Detector, Event, Finding, Match } from '../engine/types.js';
import { rawView } from './normalize.js';

export const BLOCK: unique symbol = Symbol('block');
export type Replace = (match: Match, value: string) => string | null | typeof BLOCK;

/** Characters right of a match that a detector may look at (boundary checks, trailing cues). */
export const RIGHT_CONTEXT = 64;
/** Characters left of a match that a detector may look at (cue words, boundaries). */
export const LEFT_CONTEXT = 128;

export interface StreamRedactOptions {
  readonly detectors: readonly Detector[];
  readonly ctx: DetectContext;
  readonly replace?: Replace;
  /** Matches below this score are left alone by the default `replace` (default 0.5). */
  readonly minScore?: number;
  /** Override the hold-back (default max maxMatchLength + RIGHT_CONTEXT). */
  readonly holdBack?: number;
}

interface Hit {
  readonly m: Match;
  readonly start: number;
  readonly end: number;
}

function scan(text: string, opts: StreamRedactOptions): Hit[] {
  const view = rawView(text);
  const hits: Hit[] = [];
  const min = opts.minScore ?? 0.5;
  for (const d of opts.detectors) {
    if (d.directions && !d.directions.includes(opts.ctx.direction)) continue;
    if (!d.views.includes('raw')) continue;
    for (const m of d.detect(view, opts.ctx)) {
      if (m.score < min || m.entity === undefined || m.end <= m.start) continue;
      hits.push({ m, start: m.start, end: m.end });
    }
  }
  // Widest first at equal start; overlapping matches merge into the first (as the engine does).
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

function defaultReplace(m: Match): string {
  return `[REDACTED:${m.entity ?? m.kind}]`;
}

export class StreamRedactor {
  readonly holdBack: number;
  blocked = false;
  private readonly opts: StreamRedactOptions;
  private readonly replace: Replace;
  /** Already-emitted text kept as left context. */
  private ctxText = '';
  private pending = '';

  constructor(opts: StreamRedactOptions) {
    this.opts = opts;
    this.replace = opts.replace ?? defaultReplace;
    const maxLen = opts.detectors.reduce((m, d) => Math.max(m, d.maxMatchLength), 0);
    this.holdBack = opts.holdBack ?? maxLen + RIGHT_CONTEXT;
  }

  push(chunk: string): string {
    this.pending += chunk;
    return this.flush(false);
  }

  end(): string {
    return this.flush(true);
  }

  private flush(final: boolean): string {
    if (this.blocked) return '';
    const off = this.ctxText.length;
    const buf = this.ctxText + this.pending;
    let cut = final ? buf.length : Math.max(off, buf.length - this.holdBack);
    if (cut === off && !final) return '';
    const hits = scan(buf, this.opts).filter((h) => h.end > off);
    // Never cut through a match: move the emit point to its start.
    for (const h of hits) if (h.start < cut && h.end > cut) cut = Math.max(off, h.start);
    let out = '';
    let at = off;
    for (const h of hits) {
      if (h.start >= cut) break;
      // INVARIANT: a match never starts inside emitted context unless context misled a detector;
      // redact the unemitted part then (fail closed).
      const s = Math.max(h.start, off);
      const r = this.replace(h.m, buf.slice(h.start, h.end));
      if (r === BLOCK) {
        this.blocked = true;
        this.pending = '';
        return out + buf.slice(at, s);
      }
      out += buf.slice(at, s) + (r ?? buf.slice(s, h.end));
      at = h.end;
    }
    out += buf.slice(at, cut);
    const emittedRaw = buf.slice(off, cut);
    this.pending = buf.slice(cut);
    this.ctxText = (this.ctxText + emittedRaw).slice(-LEFT_CONTEXT);
    return out;
  }
}

/**
 * One-shot redaction: one scan of the whole text, every match applied. The reference the stream
 * must equal for every split of `text` (property-tested in stream-redact.test.ts).
 */
export function redactText(text: string, opts: StreamRedactOptions): string {
  const replace = opts.replace ?? defaultReplace;
  let out = '';
  let at = 0;
  for (const h of scan(text, opts)) {
    const r = replace(h.m, text.slice(h.start, h.end));
    if (r === BLOCK) return out + text.slice(at, h.start);
    out += text.slice(at, h.start) + (r ?? text.slice(h.start, h.end));
    at = h.end;
  }
  return out + text.slice(at);
}

/**
 * Adapter: use the configured Redactor (modes, allowlists) in a stream. `event` supplies the
 * principal and session (placeholders need a session).
 */
export function redactorReplace(redactor: Redactor, event: Event, detectorId: (m: Match) => string = () => 'stream'): Replace {
  return (m, value) => {
    const f: Finding = { detector: detectorId(m), kind: m.kind, score: m.score, part: 0, span: { start: 0, end: value.length }, view: 'raw', evidence: m.evidence, ...(m.entity !== undefined ? { entity: m.entity } : {}) };
    const mode = redactor.mode ? redactor.mode(f, value, event) : 'redact';
    if (mode === 'keep') return null;
    if (mode === 'block') return BLOCK;
    return redactor.replacement(f, value, event);
  };
}
