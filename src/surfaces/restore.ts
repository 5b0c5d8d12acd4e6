// Placeholder restore on the model's answer (redaction mode `placeholder`, issue #4): values the
// caller sent were replaced by `<EMAIL_1>`-style placeholders before they reached the model; the
// model's answer — text, streamed deltas and proposed tool-call arguments — gets them back for the
// same session (sessions are per principal, see scopeSession).
//
// Order matters: the restore runs BEFORE the answer is scanned, so the output policy, the prompt
// leak check and the session's taint gate all see the real values (a placeholder smuggled into an
// egress tool call is checked as the value it stands for). The redactor keeps a value in clear
// only when this session itself pseudonymized it (ConfiguredRedactor.mode); every other value the
// model emits is masked, never turned into a new placeholder.
// Misses: a placeholder the model rewrites (`<Email 1>`) stays as written.
// Cost: one indexOf('<') per text when the session has placeholders, nothing otherwise; a stream
// holds back at most MAX_PLACEHOLDER_LENGTH − 1 characters of an unfinished `<TAG_n` tail.
// Failure mode: none of its own; an unknown placeholder is left as it is.

import type { Pseudonymizer } from '../detect/redact.js';
import type { Verdict } from '../engine/types.js';
import type { ScanStep, StreamScanner } from './stream-guard.js';

export interface Restore {
  /** Plain text with this session's placeholders replaced by their values. */
  text(s: string): string;
  /** JSON text (tool-call arguments): values are inserted JSON-string-escaped. */
  json(s: string): string;
  /** A scanner that restores each delta before `inner` scans it. */
  scanner(inner: StreamScanner): StreamScanner;
}

const jsonEscape = (v: string): string => JSON.stringify(v).slice(1, -1);

/** The restore for one session, or undefined when nothing can need restoring. */
export function restoreFor(p: Pseudonymizer | undefined, session: string | undefined): Restore | undefined {
  if (!p || session === undefined) return undefined;
  return {
    text: (s) => p.restore(session, s),
    json: (s) => p.restore(session, s, jsonEscape),
    scanner: (inner) => new RestoringScanner(inner, p.restoreStream(session)),
  };
}

class RestoringScanner implements StreamScanner {
  constructor(
    private readonly inner: StreamScanner,
    private readonly rs: { push(chunk: string): string; end(): string },
  ) {}

  get seen(): number {
    return this.inner.seen;
  }

  get transcript(): string {
    return this.inner.transcript;
  }

  summary(): Verdict {
    return this.inner.summary();
  }

  push(delta: string): Promise<ScanStep> {
    const text = this.rs.push(delta);
    // An unfinished `<TAG_n` tail is held here; the inner guard sees it once it is complete.
    return text === '' ? Promise.resolve({ kind: 'emit', text: '' }) : this.inner.push(text);
  }

  async end(): Promise<ScanStep> {
    const tail = this.rs.end();
    if (tail === '') return this.inner.end();
    const step = await this.inner.push(tail);
    if (step.kind === 'block') return step;
    const last = await this.inner.end();
    return last.kind === 'block' ? last : { kind: 'emit', text: step.text + last.text };
  }
}
