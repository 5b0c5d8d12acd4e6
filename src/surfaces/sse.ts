// Server-Sent Events: an incremental parser for upstream streams and a writer for ours.
//
// The parser follows the WHATWG event-stream rules that matter for LLM APIs: lines end in LF,
// CR or CRLF (a CR at the end of one chunk and an LF at the start of the next count once);
// `data:` lines join with "\n"; `event:` names the event; comments (`:`) and `id`/`retry` are
// ignored; an event is dispatched on a blank line. UTF-8 is decoded incrementally (Utf8Stream):
// a code point split across network chunks is restored, not turned into U+FFFD, and the output
// equals a WHATWG TextDecoder's for any split (property-tested in sse.test.ts).
// Misses: `id`/`retry` (no reconnection through a proxy).
// Cost: O(bytes), also for a line split over many chunks; the unterminated tail is bounded by
// `maxEventBytes`. Per streamed event (one small chunk): one Buffer decode (no TextDecoder call,
// which cost ~1 µs per chunk), and on the write side one string and no promise per frame.
// Failure mode: an event larger than `maxEventBytes` throws PAVISE_UPSTREAM_ERROR.

import type { ServerResponse } from 'node:http';
import { Buffer } from 'node:buffer';
import { PaviseError } from '../engine/errors.js';

/**
 * Incremental UTF-8 decoding with TextDecoder('utf-8')'s output (U+FFFD for invalid bytes, a
 * leading BOM dropped): the bytes of a sequence left incomplete at the end of a chunk (≤ 3) are
 * carried to the next one, everything before is decoded by Buffer#toString — whose replacement
 * of invalid bytes is the WHATWG one, and context-free across a complete-sequence boundary, so
 * splitting there changes nothing.
 * INVARIANT: `carry` is a proper prefix of a UTF-8 sequence (a lead byte and fewer continuation
 * bytes than it announces), never a complete one.
 */
export class Utf8Stream {
  private carry: Buffer | undefined;
  private started = false;

  decode(chunk: Uint8Array): string {
    // A view on the same bytes (no copy), whether `chunk` is a Buffer or another Uint8Array.
    let buf = Buffer.from(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry) {
      buf = Buffer.concat([this.carry, buf]);
      this.carry = undefined;
    }
    const cut = incompleteTail(buf);
    if (cut < buf.length) {
      this.carry = Buffer.from(buf.subarray(cut));
      buf = buf.subarray(0, cut);
    }
    return this.text(buf.toString('utf8'));
  }

  /** End of stream: an incomplete sequence left over becomes U+FFFD. */
  end(): string {
    const c = this.carry;
    this.carry = undefined;
    return c ? this.text(c.toString('utf8')) : '';
  }

  private text(s: string): string {
    if (this.started || s.length === 0) return s;
    this.started = true;
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }
}

/**
 * Where the trailing incomplete UTF-8 sequence of `b` begins (b.length when there is none): the
 * last lead byte among the final 3, when fewer bytes follow it than it announces. A lead byte
 * followed by a byte that cannot continue it is not carried (the decoder replaces it now; the
 * same as later, since the replacement does not depend on what follows the offending byte).
 */
function incompleteTail(b: Buffer): number {
  const n = b.length;
  for (let i = n - 1; i >= 0 && i >= n - 3; i--) {
    const c = b[i] ?? 0;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 1;
    return n - i < need ? i : n;
  }
  return n;
}

export interface SseEvent {
  /** `event:` field; undefined when the upstream sent none (the "message" default). */
  readonly event: string | undefined;
  readonly data: string;
}

export class SseParser {
  private readonly decoder = new Utf8Stream();
  // The unterminated tail, kept as pieces: re-scanning or re-concatenating it on every push made
  // a long line cost O(n²) (an 8 MiB line without a newline took ~27 s of CPU).
  // INVARIANT: `pending` holds no line terminator; only new text is ever scanned.
  private pending: string[] = [];
  private pendingChars = 0;
  private skipLf = false;
  private event: string | undefined;
  private data: string[] = [];
  private dataChars = 0;

  constructor(private readonly maxEventBytes = 8 * 1024 * 1024) {}

  /** Feed bytes; returns the events completed by them. */
  push(chunk: Uint8Array | string): SseEvent[] {
    const out: SseEvent[] = [];
    this.feed(typeof chunk === 'string' ? chunk : this.decoder.decode(chunk), out);
    return out;
  }

  /** End of stream: a final event without its blank line is still dispatched. */
  end(): SseEvent[] {
    const out: SseEvent[] = [];
    this.feed(this.decoder.end(), out);
    if (this.pending.length > 0) {
      this.line(this.pending.join(''), out);
      this.pending = [];
      this.pendingChars = 0;
    }
    this.dispatch(out);
    return out;
  }

  private feed(s: string, out: SseEvent[]): void {
    let start = 0;
    if (this.skipLf && s.length > 0) {
      this.skipLf = false;
      if (s.charCodeAt(0) === 0x0a) start = 1;
    }
    // Line terminators are found with indexOf (vectorised) instead of a loop over every
    // character; a stream without CR searches for it once per chunk.
    let lf = s.indexOf('\n', start);
    let cr = s.indexOf('\r', start);
    while (lf >= 0 || cr >= 0) {
      const isCr = cr >= 0 && (lf < 0 || cr < lf);
      let i = isCr ? cr : lf;
      const piece = s.slice(start, i);
      const line = this.pending.length > 0 ? this.pending.join('') + piece : piece;
      this.pending = [];
      this.pendingChars = 0;
      this.line(line, out);
      if (isCr) {
        if (i + 1 < s.length) {
          if (s.charCodeAt(i + 1) === 0x0a) i++;
        } else this.skipLf = true;
      }
      start = i + 1;
      if (lf >= 0 && lf < start) lf = s.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = s.indexOf('\r', start);
    }
    if (start < s.length) {
      this.pending.push(s.slice(start));
      this.pendingChars += s.length - start;
      // Many tiny pieces (a trickling upstream) are compacted now and then: amortised O(n).
      if (this.pending.length > 1024) this.pending = [this.pending.join('')];
    }
    if (this.pendingChars + this.dataChars > this.maxEventBytes) {
      throw new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream event too large');
    }
  }

  private line(line: string, out: SseEvent[]): void {
    if (line === '') {
      this.dispatch(out);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') {
      this.data.push(value);
      this.dataChars += value.length + 1;
    } else if (field === 'event') this.event = value;
  }

  private dispatch(out: SseEvent[]): void {
    if (this.data.length > 0) out.push({ event: this.event, data: this.data.join('\n') });
    this.event = undefined;
    this.data = [];
    this.dataChars = 0;
  }
}

const LINE_BREAK = /[\r\n]/;
/** The settled promise SseSink.write returns when no backpressure applies (no allocation). */
const WRITTEN: Promise<void> = Promise.resolve();

/** Serialize one event. Multi-line data is split into several `data:` lines, as the spec wants. */
export function formatSse(data: string, event?: string): string {
  const head = event !== undefined ? `event: ${LINE_BREAK.test(event) ? event.replace(/[\r\n]/g, '') : event}\n` : '';
  // A JSON payload has no raw line break: one `data:` line, no split/map/join per frame.
  if (!LINE_BREAK.test(data)) return `${head}data: ${data}\n\n`;
  return `${head}${data.split(/\r\n|\r|\n/).map((l) => `data: ${l}`).join('\n')}\n\n`;
}

/**
 * Writes SSE frames to a Node response with backpressure: `write` resolves once the frame is
 * buffered below the high-water mark, or at once when the client has gone (then `closed`).
 */
export class SseSink {
  private gone = false;

  constructor(private readonly res: ServerResponse) {
    res.once('close', () => {
      this.gone = true;
    });
  }

  get closed(): boolean {
    return this.gone || this.res.destroyed;
  }

  write(frame: string): Promise<void> {
    if (this.closed || this.res.write(frame)) return WRITTEN;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.once('drain', done);
      this.res.once('close', done);
    });
  }

  end(): void {
    if (!this.res.writableEnded) this.res.end();
  }
}

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
} as const;
