// System-prompt leak protection on the LLM routes (config `session.canary`, `session.leakMinWords`).
//
// Before forwarding, `preparePromptGuard` reads the request's system prompt (OpenAI: system and
// developer messages; Anthropic: `system`) and, when canaries are on, appends a fresh canary to it
// (OpenAI: the first system/developer message, or a new system message first; Anthropic: the
// `system` string, or a new text block). Outputs are then checked with src/session/prompt-leak.ts:
// an output that carries the canary, or `leakMinWords` consecutive words of the system prompt, is
// refused with PAVISE_OUTPUT_BLOCKED and recorded through the engine (reason `prompt-leak`).
// Plain responses: `inspectOutput` = engine.decide + leak check + engine.record (one audit record).
// Streams: `LeakGuardedScanner` wraps the StreamGuard and holds back, of the text the guard
// releases, the longest tail that could begin the canary (< canary length), so no byte of a
// complete canary reaches the client; overlap is checked on each released chunk.
//
// Misses: leaks in tool-call arguments and in non-text blocks; in a stream, up to minWords - 1
// words (plus an unfinished one) of a verbatim leak are released before the leak is recognised;
// a canary the model rewrites (spaced, encoded) is not recognised (the overlap check may still be).
// Cost: O(|system| · minWords) once per request to build the shingles (only when a system prompt
// of at least minWords words exists, or canaries are on), O(|output|) per response; the stream
// hold-back adds at most canary-length − 1 characters of latency, usually 0.
// Failure mode: none of its own (pure string work); refusals go through the engine's record path,
// so an audit failure still refuses (PAVISE_AUDIT_UNAVAILABLE).

import type { Engine } from '../engine/pipeline.js';
import type { Event, Finding, Verdict } from '../engine/types.js';
import type { PaviseConfig } from '../policy/config.js';
import type { LeakResult } from '../session/prompt-leak.js';
import { PromptLeakChecker, makeCanary, withCanary } from '../session/prompt-leak.js';
import { isObject } from './gateway.js';
import type { Style } from './gateway.js';
import type { ScanStep, StreamScanner } from './stream-guard.js';

type Json = Record<string, unknown>;

export interface PromptGuard {
  /** The system prompt as the caller sent it (after input redaction), without the canary. */
  readonly system: string;
  readonly canary: string | undefined;
  readonly minWords: number;
}

const MARKER_ONLY = (canary: string): string => withCanary('', canary).trim();

function systemTextOpenAi(messages: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const m of messages) {
    if (!isObject(m) || (m.role !== 'system' && m.role !== 'developer')) continue;
    if (typeof m.content === 'string') out.push(m.content);
    else if (Array.isArray(m.content)) for (const c of m.content) if (isObject(c) && typeof c.text === 'string') out.push(c.text);
  }
  return out;
}

function systemTextAnthropic(body: Json): string[] {
  if (typeof body.system === 'string') return [body.system];
  if (!Array.isArray(body.system)) return [];
  return body.system.filter((b): b is Json => isObject(b) && typeof b.text === 'string').map((b) => b.text as string);
}

function injectOpenAi(messages: unknown[], canary: string): void {
  const first = messages.find((m): m is Json => isObject(m) && (m.role === 'system' || m.role === 'developer'));
  if (!first) {
    messages.unshift({ role: 'system', content: MARKER_ONLY(canary) });
    return;
  }
  if (typeof first.content === 'string') first.content = withCanary(first.content, canary);
  else if (Array.isArray(first.content)) first.content.push({ type: 'text', text: MARKER_ONLY(canary) });
  else first.content = MARKER_ONLY(canary);
}

function injectAnthropic(body: Json, canary: string): void {
  if (typeof body.system === 'string') body.system = withCanary(body.system, canary);
  else if (Array.isArray(body.system)) body.system.push({ type: 'text', text: MARKER_ONLY(canary) });
  else body.system = MARKER_ONLY(canary);
}

/**
 * Reads the system prompt of a validated request body and, when canaries are on, adds one (the
 * body is modified in place). Undefined when there is nothing to check: no canary and a system
 * prompt too short for the overlap rule.
 */
export function preparePromptGuard(config: PaviseConfig['session'], style: Style, body: Json): PromptGuard | undefined {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const system = (style === 'openai' ? systemTextOpenAi(messages) : systemTextAnthropic(body)).join('\n');
  const minWords = config.leakMinWords;
  let canary: string | undefined;
  if (config.canary) {
    canary = makeCanary();
    if (style === 'openai') injectOpenAi(messages, canary);
    else injectAnthropic(body, canary);
  }
  if (canary === undefined && (minWords === 0 || !wordCountAtLeast(system, minWords))) return undefined;
  return { system, canary, minWords };
}

// The last answer of wordCountAtLeast: applications send the same system prompt on every
// request, and comparing it with the last one is cheaper than counting its words again.
let lastCount: { text: string; n: number; atLeast: boolean } | undefined;

function wordCountAtLeast(text: string, n: number): boolean {
  if (lastCount !== undefined && lastCount.n === n && lastCount.text === text) return lastCount.atLeast;
  const atLeast = countAtLeast(text, n);
  lastCount = { text, n, atLeast };
  return atLeast;
}

function countAtLeast(text: string, n: number): boolean {
  const re = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (re.exec(text) !== null) if (++count >= n) return true;
  return false;
}

export function checkerFor(guard: PromptGuard): PromptLeakChecker {
  return new PromptLeakChecker(guard.system, guard.canary, guard.minWords);
}

/** The refusal for a leak, keeping what the engine found. */
export function leakVerdict(engine: Engine, leak: LeakResult, part: number, span: { start: number; end: number }, findings: readonly Finding[]): Verdict {
  const what = leak.kind === 'canary' ? 'the output carries the system prompt canary' : `the output repeats ${leak.overlapWords} consecutive words of the system prompt`;
  const finding: Finding = { detector: 'prompt_leak', kind: leak.kind ?? 'verbatim_overlap', score: 1, part, span, view: 'raw', evidence: leak.kind === 'canary' ? 'canary' : `${leak.overlapWords} words` };
  return {
    decision: 'block',
    code: 'PAVISE_OUTPUT_BLOCKED',
    message: `the response was refused for its content: system prompt leak (${what})`,
    reasons: [{ source: 'session', id: 'prompt-leak', message: what }],
    findings: [...findings, finding],
    redactions: [],
    policyVersion: engine.policyVersion,
    obligations: [{ kind: 'alert', message: `prompt-leak: ${what}` }],
  };
}

/** engine.inspect for a whole `chat.output` event, plus the leak check, as ONE audit record. */
export async function inspectOutput(engine: Engine, event: Event, guard: PromptGuard | undefined): Promise<Verdict> {
  if (!guard) return engine.inspect(event);
  const v = await engine.decide(event);
  if (v.decision === 'block' || v.decision === 'hold') return engine.record(event, v);
  const checker = checkerFor(guard);
  for (let i = 0; i < event.parts.length; i++) {
    const text = event.parts[i]?.text ?? '';
    const leak = checker.check(text);
    if (!leak.leaked) continue;
    const at = guard.canary !== undefined && leak.kind === 'canary' ? text.indexOf(guard.canary) : 0;
    const end = leak.kind === 'canary' && guard.canary !== undefined ? at + guard.canary.length : text.length;
    return engine.record(event, leakVerdict(engine, leak, i, { start: at, end }, v.findings));
  }
  return engine.record(event, v);
}

/** Longest suffix of `text` (shorter than `canary`) that is a prefix of `canary`. */
function canaryPrefixSuffix(text: string, canary: string): number {
  for (let k = Math.min(text.length, canary.length - 1); k > 0; k--) {
    if (canary.startsWith(text.slice(text.length - k))) return k;
  }
  return 0;
}

/**
 * A StreamScanner that adds leak detection to another one (the StreamGuard). INVARIANT: text is
 * released only when no canary can start in it without being complete inside `held` — the held
 * tail is the longest suffix that is a prefix of the canary — so a canary is always seen whole
 * before any of its characters would be released.
 */
export class LeakGuardedScanner implements StreamScanner {
  private held = '';
  private stopped: Verdict | undefined;
  private readonly checker: PromptLeakChecker;

  constructor(
    private readonly inner: StreamScanner,
    private readonly guard: PromptGuard,
    private readonly engine: Engine,
  ) {
    this.checker = checkerFor(guard);
  }

  get seen(): number {
    return this.inner.seen;
  }

  get transcript(): string {
    return this.inner.transcript;
  }

  async push(delta: string): Promise<ScanStep> {
    if (this.stopped) return { kind: 'block', verdict: this.stopped, released: '' };
    const step = await this.inner.push(delta);
    if (step.kind === 'block') return step;
    return this.release(step.text, false);
  }

  async end(): Promise<ScanStep> {
    if (this.stopped) return { kind: 'block', verdict: this.stopped, released: '' };
    const step = await this.inner.end();
    if (step.kind === 'block') return step;
    return this.release(step.text, true);
  }

  summary(): Verdict {
    return this.stopped ?? this.inner.summary();
  }

  private release(text: string, final: boolean): ScanStep {
    this.held += text;
    const canary = this.guard.canary;
    if (canary !== undefined) {
      const at = this.held.indexOf(canary);
      if (at >= 0) return this.stop({ leaked: true, kind: 'canary', overlapWords: 0 });
    }
    const keep = final || canary === undefined ? 0 : canaryPrefixSuffix(this.held, canary);
    const out = this.held.slice(0, this.held.length - keep);
    this.held = this.held.slice(this.held.length - keep);
    let leak = this.checker.push(out);
    if (!leak.leaked && final) leak = this.checker.end();
    if (leak.leaked) return this.stop(leak);
    return { kind: 'emit', text: out };
  }

  private stop(leak: LeakResult): ScanStep {
    const transcript = this.inner.transcript;
    const at = leak.kind === 'canary' && this.guard.canary !== undefined ? Math.max(0, transcript.indexOf(this.guard.canary)) : 0;
    const end = leak.kind === 'canary' && this.guard.canary !== undefined ? at + this.guard.canary.length : transcript.length;
    this.stopped = leakVerdict(this.engine, leak, 0, { start: at, end }, this.inner.summary().findings);
    return { kind: 'block', verdict: this.stopped, released: '' };
  }
}
