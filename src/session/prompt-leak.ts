// System-prompt leak detection: canary tokens and long verbatim overlap.
//
// A canary is a random marker the gateway adds to the system prompt (when configured); a model
// output that carries it has leaked the system prompt, whatever the wording around it. Without a
// canary, an output that repeats a long run of the system prompt verbatim (≥ `minWords`
// consecutive words, compared case- and whitespace-insensitively) is a leak too.
//
// `PromptLeakChecker` does the same incrementally for streamed output: the system prompt's word
// shingles are built once per request, and each pushed chunk is checked in O(|chunk|) (only the
// last `minWords - 1` words and an unfinished word are carried between chunks).
//
// Misses: paraphrased or translated leaks; leaks spread over several short fragments; a system
// prompt that itself quotes text the model may legitimately repeat (a RAG document) makes that
// repetition a "leak" (raise `minWords`, or 0 turns overlap detection off). Cost:
// O(|system| · minWords + |output|) with word shingles. Pure: no I/O, no clock.

import { randomBytes } from 'node:crypto';

export const CANARY_PREFIX = 'pvs-canary-';

export function makeCanary(): string {
  return `${CANARY_PREFIX}${randomBytes(9).toString('base64url')}`;
}

/** The system text with the canary appended as an inert note the model is told not to repeat. */
export function withCanary(system: string, canary: string): string {
  return `${system}\n\n(Confidential marker, never repeat: ${canary})`;
}

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingleHashes(ws: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

export interface LeakResult {
  readonly leaked: boolean;
  readonly kind?: 'canary' | 'verbatim_overlap';
  /** Longest run of consecutive system-prompt words found in the output. */
  readonly overlapWords: number;
}

export function detectPromptLeak(output: string, system: string, canary?: string, minWords = 12): LeakResult {
  if (canary !== undefined && output.includes(canary)) return { leaked: true, kind: 'canary', overlapWords: 0 };
  const sys = words(system);
  if (sys.length < minWords) return { leaked: false, overlapWords: 0 };
  const out = words(output);
  const shingles = shingleHashes(sys, minWords);
  let best = 0;
  let run = 0;
  for (let i = 0; i + minWords <= out.length; i++) {
    if (shingles.has(out.slice(i, i + minWords).join(' '))) {
      run = run === 0 ? minWords : run + 1;
      best = Math.max(best, run);
    } else run = 0;
  }
  return best >= minWords ? { leaked: true, kind: 'verbatim_overlap', overlapWords: best } : { leaked: false, overlapWords: best };
}

/** Longest unfinished word carried between streamed chunks; a longer run counts as a word. */
const MAX_PARTIAL = 256;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Where the unfinished word at the end of `text` starts (text.length when none). Scans at most
 * MAX_PARTIAL characters back, one character at a time (no backtracking regex). */
function trailingWordStart(text: string): number {
  let i = text.length;
  while (i > 0 && text.length - i < MAX_PARTIAL) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2;
    const ch = pair ? text.slice(i - 2, i) : text.slice(i - 1, i);
    if (!WORD_CHAR.test(ch)) return i;
    i -= ch.length;
  }
  return text.length - i >= MAX_PARTIAL ? text.length : i;
}

/**
 * Prompt-leak detection for one response, fed chunk by chunk. `push` returns a leak as soon as the
 * text pushed so far carries the canary (`checkCanary` on the text you pass) or `minWords`
 * consecutive system-prompt words. `minWords` 0 disables overlap detection.
 */
export class PromptLeakChecker {
  private readonly shingles: Set<string>;
  private readonly minWords: number;
  private tail: string[] = [];
  private partial = '';

  constructor(
    readonly system: string,
    readonly canary: string | undefined,
    minWords: number,
  ) {
    this.minWords = minWords;
    const sys = minWords > 0 ? words(system) : [];
    this.shingles = sys.length >= minWords && minWords > 0 ? shingleHashes(sys, minWords) : new Set();
  }

  /** True when overlap detection can fire at all (a system prompt of at least minWords words). */
  get active(): boolean {
    return this.shingles.size > 0 || this.canary !== undefined;
  }

  /** A whole output at once (same result as detectPromptLeak). */
  check(output: string): LeakResult {
    if (this.canary !== undefined && output.includes(this.canary)) return { leaked: true, kind: 'canary', overlapWords: 0 };
    return this.overlap(words(output), this.minWords);
  }

  /** The next chunk of a stream (overlap only; the caller checks the canary on its window). */
  push(chunk: string): LeakResult {
    if (this.shingles.size === 0) return { leaked: false, overlapWords: 0 };
    const text = this.partial + chunk;
    // An unfinished word at the end is carried to the next chunk.
    const cut = trailingWordStart(text);
    this.partial = text.slice(cut);
    return this.feed(words(text.slice(0, cut)));
  }

  /** End of stream: the carried unfinished word counts. */
  end(): LeakResult {
    if (this.shingles.size === 0 || this.partial === '') return { leaked: false, overlapWords: 0 };
    const last = this.partial;
    this.partial = '';
    return this.feed(words(last));
  }

  private feed(ws: readonly string[]): LeakResult {
    if (ws.length === 0) return { leaked: false, overlapWords: 0 };
    const all = [...this.tail, ...ws];
    const r = this.overlap(all, this.minWords);
    this.tail = all.slice(-(this.minWords - 1));
    return r;
  }

  private overlap(out: readonly string[], n: number): LeakResult {
    if (this.shingles.size === 0) return { leaked: false, overlapWords: 0 };
    let best = 0;
    let run = 0;
    for (let i = 0; i + n <= out.length; i++) {
      if (this.shingles.has(out.slice(i, i + n).join(' '))) {
        run = run === 0 ? n : run + 1;
        best = Math.max(best, run);
      } else run = 0;
    }
    return best >= n ? { leaked: true, kind: 'verbatim_overlap', overlapWords: best } : { leaked: false, overlapWords: best };
  }
}
