// Server-Sent Events: an incremental parser for upstream streams and a writer for ours.
//
// The parser follows the WHATWG event-stream rules that matter for LLM APIs: lines end in LF,
// CR or CRLF (a CR at the end of one chunk and an LF at the start of the next count once);
// `data:` lines join with "\n"; `event:` names the event; comments (`:`) and `id`/`retry` are
// ignored; an event is dispatched on a blank line. UTF-8 is decoded with a streaming TextDecoder
// so a code point split across network chunks is restored, not turned into U+FFFD.
// Misses: `id`/`retry` (no reconnection through a proxy).
// Cost: O(bytes), also for a line split over many chunks; the unterminated tail is bounded by
// `maxEventBytes`.
// Failure mode: an event larger than `maxEventBytes` throws PAVISE_UPSTREAM_ERROR.

import type { ServerResponse } from 'node:http';
import { PaviseError } from '../engine/errors.js';

export interface SseEvent {
  /** `event:` field; undefined when the upstream sent none (the "message" default). */
  readonly event: string | undefined;
  readonly data: string;
}

export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
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
    this.feed(typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }), out);
    return out;
  }

  /** End of stream: a final event without its blank line is still dispatched. */
  end(): SseEvent[] {
    const out: SseEvent[] = [];
    this.feed(this.decoder.decode(), out);
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
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (this.skipLf) {
        this.skipLf = false;
        if (c === 0x0a && i === start) {
          start = i + 1;
          continue;
        }
      }
      if (c === 0x0a || c === 0x0d) {
        const piece = s.slice(start, i);
        const line = this.pending.length > 0 ? this.pending.join('') + piece : piece;
        this.pending = [];
        this.pendingChars = 0;
        this.line(line, out);
        if (c === 0x0d) {
          if (i + 1 < s.length) {
            if (s.charCodeAt(i + 1) === 0x0a) i++;
          } else this.skipLf = true;
        }
        start = i + 1;
      }
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

/** Serialize one event. Multi-line data is split into several `data:` lines, as the spec wants. */
export function formatSse(data: string, event?: string): string {
  const head = event !== undefined ? `event: ${event.replace(/[\r\n]/g, '')}\n` : '';
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

  async write(frame: string): Promise<void> {
    if (this.closed) return;
    if (this.res.write(frame)) return;
    await new Promise<void>((resolve) => {
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
