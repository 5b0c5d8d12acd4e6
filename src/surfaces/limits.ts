// Request bounds for the HTTP surfaces: body bytes (before and after decompression), JSON depth
// (checked by a linear scan of the raw bytes before JSON.parse runs), per-key rate limits for
// requests and tokens per minute, and the `max_tokens` cap.
//
// Misses: the rate limiter is per process (several replicas each count on their own; a shared
// Redis counter is the store's job). Token limits charge what the upstream reports after the
// fact, so one request can overshoot the budget by its own size; the next one is refused.
// Cost: depth scan (which also counts object members, for the repeated-key check of gateway.ts's
// rawBodyOf) O(bytes) with O(1) memory (strings skipped with a native indexOf); decompression streams with a byte cap; rate-limit
// state O(active keys), swept when it grows past `maxKeys`.
// Failure mode: every bound that is exceeded throws PaviseError with its code (413, 400, 415,
// 429); nothing here crashes on hostile input.

import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { PaviseError } from '../engine/errors.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;

/**
 * Deepest nesting of objects/arrays in JSON text, found without parsing. Brackets inside strings
 * are skipped (escapes honoured). Returns early once `limit` is exceeded.
 * INVARIANT: for valid JSON this equals the nesting depth JSON.parse would build; for invalid
 * JSON it is an upper bound good enough to refuse before parsing.
 */
export function jsonDepth(buf: Uint8Array, limit = Number.POSITIVE_INFINITY): number {
  return jsonScan(buf, limit).depth;
}

/**
 * jsonDepth, plus the number of object members in the text (`:` outside strings; in valid JSON
 * each member has exactly one). Compared with the members JSON.parse built (`jsonMembers`), it
 * tells whether an object repeated a key (JSON.parse keeps the last, other parsers may keep the
 * first). `members` is incomplete when the scan returned early (depth over `limit`).
 */
export function jsonScan(buf: Uint8Array, limit = Number.POSITIVE_INFINITY): { depth: number; members: number } {
  let depth = 0;
  let max = 0;
  let members = 0;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (c === QUOTE) {
      // Jump to the closing quote (indexOf is native; prompt text is most of a body): a quote is
      // escaped iff an odd run of backslashes precedes it inside the string.
      let from = i + 1;
      for (;;) {
        const q = buf.indexOf(QUOTE, from);
        if (q < 0) return { depth: max, members }; // unterminated string: nothing after it counts
        let k = q - 1;
        while (k > i && buf[k] === BACKSLASH) k--;
        if ((q - 1 - k) % 2 === 0) {
          i = q;
          break;
        }
        from = q + 1;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return { depth: max, members };
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
    else if (c === COLON) members++;
  }
  return { depth: max, members };
}

/**
 * Object members in a parsed JSON value (every own key of every object, nested). Recursion depth
 * is the value's nesting, bounded by the depth check that ran before JSON.parse.
 */
export function jsonMembers(x: unknown): number {
  if (x === null || typeof x !== 'object') return 0;
  let n = 0;
  if (Array.isArray(x)) {
    for (const v of x) n += jsonMembers(v);
    return n;
  }
  const o = x as Record<string, unknown>;
  for (const k in o) {
    // INVARIANT: JSON.parse builds plain objects whose keys are all own, enumerable data
    // properties (`__proto__` included), so for-in sees exactly them.
    n += 1 + jsonMembers(o[k]);
  }
  return n;
}

// Invalid UTF-8 is refused, not replaced with U+FFFD: otherwise detectors would judge text that
// differs from the bytes the caller sent.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Depth-check then parse. Throws PAVISE_JSON_TOO_DEEP or PAVISE_BAD_REQUEST (bad UTF-8 or JSON). */
export function parseJsonBounded(buf: Buffer, maxDepth: number): unknown {
  return parseJsonCounted(buf, maxDepth).value;
}

/** parseJsonBounded, plus the member count of the text (jsonScan; see jsonMembers). */
export function parseJsonCounted(buf: Buffer, maxDepth: number): { value: unknown; members: number } {
  const shape = jsonScan(buf, maxDepth);
  if (shape.depth > maxDepth) throw new PaviseError('PAVISE_JSON_TOO_DEEP', `limit ${maxDepth}`);
  return { value: parseUtf8Json(buf), members: shape.members };
}

function parseUtf8Json(buf: Buffer): unknown {
  let text: string;
  try {
    text = strictUtf8.decode(buf);
  } catch {
    throw new PaviseError('PAVISE_BAD_REQUEST', 'the body is not valid UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PaviseError('PAVISE_BAD_REQUEST', 'the body is not valid JSON');
  }
}

/** Called once with the body or the PaviseError that refused it. */
export type BodyCallback = (err: PaviseError | undefined, body: Buffer | undefined) => void;

/**
 * An identity-encoded body, read with 'data' listeners (cheaper per request than an async
 * iterator); same outcomes as the iterator loop: over `limit` -> PAVISE_BODY_TOO_LARGE with the
 * stream paused (not destroyed, so the 413 still reaches the client), an error or a close before
 * 'end' -> PAVISE_BAD_REQUEST. Reports through `done` (no promise: the HTTP body parser calls it
 * on every request).
 */
function collectInto(stream: Readable, limit: number, done: BodyCallback): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const cleanup = (): void => {
    stream.removeListener('data', onData);
    stream.removeListener('end', onEnd);
    stream.removeListener('error', onFail);
    stream.removeListener('close', onFail);
  };
  const onData = (chunk: Buffer | string): void => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > limit) {
      cleanup();
      // Not destroyed here: the caller answers 413 and Node's server ends the connection after
      // the response (destroying the request first reset the socket before the 413 was sent).
      stream.pause();
      done(new PaviseError('PAVISE_BODY_TOO_LARGE', `limit ${limit} bytes`), undefined);
      return;
    }
    chunks.push(b);
  };
  const onEnd = (): void => {
    cleanup();
    // One chunk (a small body) is handed on as is: concat would copy it.
    done(undefined, chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, size));
  };
  const onFail = (): void => {
    cleanup();
    done(new PaviseError('PAVISE_BAD_REQUEST', 'the body could not be read or decoded'), undefined);
  };
  if (stream.readableEnded || stream.destroyed) {
    onFail();
    return;
  }
  stream.on('data', onData);
  stream.once('end', onEnd);
  stream.once('error', onFail);
  stream.once('close', onFail);
}

function decoderFor(encoding: string): Transform | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

/**
 * Read a request body with `limit` bytes enforced on the wire AND after decompression (a gzip
 * bomb is cut off as soon as the inflated size passes the limit).
 */
export async function readBody(stream: Readable, contentEncoding: string | undefined, limit: number): Promise<Buffer> {
  const enc = (contentEncoding ?? 'identity').trim().toLowerCase();
  let source: Readable = stream;
  let decoder: Transform | undefined;
  if (enc !== 'identity' && enc !== '') {
    decoder = decoderFor(enc);
    if (!decoder) throw new PaviseError('PAVISE_UNSUPPORTED_MEDIA_TYPE', `content-encoding ${enc.slice(0, 32)}`);
    let wire = 0;
    const d = decoder;
    stream.on('data', (c: Buffer) => {
      wire += c.length;
      if (wire > limit) d.destroy(new PaviseError('PAVISE_BODY_TOO_LARGE', `limit ${limit} bytes`));
    });
    stream.on('error', (e) => d.destroy(e));
    stream.pipe(d);
    source = d;
  }
  if (!decoder) {
    return new Promise<Buffer>((resolve, reject) =>
      collectInto(stream, limit, (err, body) => (body !== undefined ? resolve(body) : reject(err ?? new PaviseError('PAVISE_BAD_REQUEST', 'the body could not be read or decoded')))),
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > limit) throw new PaviseError('PAVISE_BODY_TOO_LARGE', `limit ${limit} bytes`);
      chunks.push(b);
    }
  } catch (err) {
    decoder?.destroy();
    if (err instanceof PaviseError) throw err;
    throw new PaviseError('PAVISE_BAD_REQUEST', 'the body could not be read or decoded');
  }
  return Buffer.concat(chunks, size);
}

/**
 * readBody with a callback: the same bounds and outcomes, without a promise for an
 * identity-encoded body (the common case; a compressed body goes through readBody). `done` is
 * called exactly once.
 */
export function readBodyThen(stream: Readable, contentEncoding: string | undefined, limit: number, done: BodyCallback): void {
  if (contentEncoding === undefined || contentEncoding === 'identity') {
    collectInto(stream, limit, done);
    return;
  }
  readBody(stream, contentEncoding, limit).then(
    (body) => done(undefined, body),
    (err: unknown) => done(err instanceof PaviseError ? err : new PaviseError('PAVISE_BAD_REQUEST', 'the body could not be read or decoded'), undefined),
  );
}

// ---------------------------------------------------------------------------------------------
// Rate limits: a fixed window of one minute would let 2× the budget through at the boundary, so
// this is a token bucket refilled continuously (capacity = the per-minute budget).

interface Bucket {
  requests: number;
  tokens: number;
  at: number;
}

export interface RateLimitOptions {
  readonly requestsPerMinute: number;
  readonly tokensPerMinute: number;
  readonly now?: () => number;
  /** Sweep full buckets once this many keys are tracked (default 100 000). */
  readonly maxKeys?: number;
}

export interface RateDecision {
  readonly ok: boolean;
  /** Whole seconds until the request would be admitted (when !ok). */
  readonly retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(private readonly opts: RateLimitOptions) {
    this.now = opts.now ?? Date.now;
  }

  private bucket(key: string): Bucket {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= (this.opts.maxKeys ?? 100_000)) this.sweep(t);
      b = { requests: this.opts.requestsPerMinute, tokens: this.opts.tokensPerMinute, at: t };
      this.buckets.set(key, b);
      return b;
    }
    const elapsed = Math.max(0, t - b.at) / 60_000;
    b.requests = Math.min(this.opts.requestsPerMinute, b.requests + elapsed * this.opts.requestsPerMinute);
    b.tokens = Math.min(this.opts.tokensPerMinute, b.tokens + elapsed * this.opts.tokensPerMinute);
    b.at = t;
    return b;
  }

  private sweep(t: number): void {
    for (const [k, b] of this.buckets) {
      if (t - b.at > 60_000) this.buckets.delete(k);
    }
  }

  /** Admit one request for `key` (consumes one request) unless either budget is exhausted. */
  take(key: string): RateDecision {
    const b = this.bucket(key);
    if (b.requests < 1) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - b.requests) / this.opts.requestsPerMinute) * 60)) };
    }
    if (b.tokens <= 0) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - b.tokens) / this.opts.tokensPerMinute) * 60)) };
    }
    b.requests -= 1;
    return { ok: true, retryAfterSeconds: 0 };
  }

  /** Charge tokens used (reported by the upstream, or estimated). May drive the budget negative. */
  charge(key: string, tokens: number): void {
    if (!Number.isFinite(tokens) || tokens <= 0) return;
    this.bucket(key).tokens -= tokens;
  }
}

/** Clamp a requested token cap to the configured ceiling; fill it in when the caller gave none. */
export function capTokens(requested: unknown, ceiling: number | undefined): number | undefined {
  const r = typeof requested === 'number' && Number.isFinite(requested) && requested > 0 ? Math.floor(requested) : undefined;
  if (ceiling === undefined) return r;
  return r === undefined ? ceiling : Math.min(r, ceiling);
}
