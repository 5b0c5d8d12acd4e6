// One upstream MCP server: a supervised MCP SDK Client over stdio (spawned child process) or
// streamable HTTP. Reconnects with exponential backoff (250 ms doubling to 30 s, with jitter)
// whenever the connection closes, until stop(). A child's stderr is logged line by line,
// truncated, so a chatty or hostile server cannot flood the log.
//
// Misses: server-to-client requests (sampling, elicitation, roots) are not forwarded; Pavise
// answers them as a client without those capabilities. One connection is shared by every
// downstream session of the server.
// HTTP goes through DirectHttpClientTransport: the SDK's client transport, except that a request
// answered with plain JSON (the tools/call hot path) is sent and read by `undici.request` without
// WHATWG Headers/Response objects; everything else reaches the SDK's own `send` through
// `requestFetch` (undici.request behind its public `fetch` option). docs/mcp.md "Speed".
// Failure mode: `client()` rejects with PAVISE_UPSTREAM_ERROR when no connection is up within
// the wait bound; callers turn that into a JSON-RPC or tool error.
// Bounds against a hostile server: one message is at most MAX_MESSAGE_BYTES on the wire (an HTTP
// JSON body, one SSE event, one stdio line). Past it an HTTP response fails with
// PAVISE_UPSTREAM_ERROR, and a stdio connection is closed (the child killed and restarted with
// backoff), so a server that never ends a line cannot grow our memory. Transport errors are
// logged under the same per-minute budget as stderr lines, so a flood of bad messages cannot
// flood the log.

import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { mediaTypeEssence } from '@modelcontextprotocol/sdk/shared/mediaType.js';
import type { FetchLike, Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import { JSONRPCMessageSchema, JSONRPCResultResponseSchema, ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { Pool, request as undiciRequest } from 'undici';
import { PaviseError } from '../../engine/errors.js';
import type { PaviseConfig } from '../../policy/config.js';

export type UpstreamConfig = PaviseConfig['mcp']['servers'][string];

export interface McpLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: McpLogger = { info: () => {}, warn: () => {}, error: () => {} };

export interface UpstreamOptions {
  readonly log: McpLogger;
  /** Called when the server says its tool list changed. */
  readonly onToolsChanged: () => void;
  /** Resolves relative stdio `cwd` values. */
  readonly baseDir?: string;
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
}

const MAX_STDERR_LINE = 500;
const MAX_STDERR_LINES_PER_MINUTE = 120;
/** Largest single upstream message (HTTP JSON body, SSE event, stdio line), in bytes. */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * A fetch whose response bodies fail once one message passes `max` bytes: the whole body for
 * JSON, the bytes since the last blank line for an SSE stream (so a long-lived stream of small
 * events is fine). The SDK's transport reads the error as a failed request.
 */
export function cappedFetch(max: number, base: FetchLike = fetch): FetchLike {
  return async (url, init) => {
    const res = await base(url, init);
    if (!res.body) return res;
    const sse = (res.headers.get('content-type') ?? '').includes('text/event-stream');
    if (!sse) {
      // Fast path (every JSON answer on the tools/call hot path): a declared length within the cap
      // bounds the body, so no counting stream and no re-wrapped Response are needed.
      // INVARIANT: fetch delivers at most `content-length` bytes of an uncompressed body; a
      // compressed one is decoded to an unknown size, so it always takes the counting path.
      const len = Number(res.headers.get('content-length') ?? Number.NaN);
      const enc = res.headers.get('content-encoding');
      if ((enc === null || enc === 'identity') && Number.isSafeInteger(len) && len >= 0 && len <= max) return res;
    }
    let size = 0;
    let lastLf = false;
    const cap = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, ctl) {
        if (sse) {
          for (const b of chunk) {
            if (b === LF) {
              if (lastLf) size = 0;
              lastLf = true;
            } else if (b !== CR) {
              lastLf = false;
              size++;
            }
          }
        } else {
          size += chunk.byteLength;
        }
        if (size > max) {
          ctl.error(new PaviseError('PAVISE_UPSTREAM_ERROR', `an upstream message exceeds ${max} bytes`));
          return;
        }
        ctl.enqueue(chunk);
      },
    });
    return new Response(res.body.pipeThrough(cap), { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

/** Statuses whose Response must have a null body (the Fetch standard). */
const NULL_BODY = new Set([204, 205, 304]);

/**
 * A web stream over a Node body that hands over everything buffered at each pull in one chunk.
 * A server that writes many small SSE events (a notification flood) would otherwise cost one
 * trip through the SDK's decoder and SSE parser streams per TCP chunk (`Readable.toWeb` was
 * measured ≈ 1.5× slower than fetch on 3000 events; this is on par or faster).
 * Pull-based: nothing is read ahead of the consumer, so backpressure reaches the socket.
 */
function drainingStream(body: Readable): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull(ctl) {
        return new Promise<void>((resolve, reject) => {
          const cleanup = (): void => {
            body.off('readable', attempt);
            body.off('end', attempt);
            body.off('error', attempt);
            body.off('close', attempt);
          };
          function attempt(): boolean {
            const parts: Buffer[] = [];
            for (let c = body.read() as Buffer | null; c !== null; c = body.read() as Buffer | null) parts.push(c);
            if (parts.length > 0) {
              ctl.enqueue(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts));
            } else if (body.errored) {
              reject(body.errored);
            } else if (body.readableEnded) {
              ctl.close();
            } else if (body.destroyed) {
              reject(new PaviseError('PAVISE_UPSTREAM_ERROR', 'the upstream stream closed early'));
            } else {
              return false;
            }
            cleanup();
            resolve();
            return true;
          }
          if (attempt()) return;
          body.on('readable', attempt);
          body.on('end', attempt);
          body.on('error', attempt);
          body.on('close', attempt);
        });
      },
      cancel() {
        body.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * A FetchLike (the SDK transport's public `fetch` option) over `undici.request` instead of the
 * WHATWG fetch: on the tools/call hot path the profile showed fetch's request-body web stream
 * (`writeIterable`), its Request/Response bookkeeping and its per-request abort wiring costing
 * ≈ 0.4 ms CPU per call; `request` writes a string body in one go with its length.
 * A non-SSE answer is read whole here, bounded by `max` (so no counting stream is needed and an
 * oversized one fails with PAVISE_UPSTREAM_ERROR before it is buffered); an SSE answer streams
 * (the per-event bound is cappedFetch's). Redirects are never followed (undici's `request` does
 * not), which is what the SDK asks for anyway (`redirect: 'manual'`, then same-origin only).
 * Misses: no content decoding — no `accept-encoding` is sent, so a conforming server answers
 * identity; a compressed answer reaches the SDK as bytes it cannot parse (a failed call).
 * Only string bodies (all the SDK sends) take this path; any other body goes to `fallback`.
 */
export function requestFetch(max: number, fallback: FetchLike = fetch): FetchLike {
  return async (url, init) => {
    const body = init?.body;
    if (body !== undefined && body !== null && typeof body !== 'string') return fallback(url, init);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => {
      headers[k] = v;
    });
    const res = await undiciRequest(url, {
      method: (init?.method ?? 'GET').toUpperCase() as 'GET',
      headers,
      ...(typeof body === 'string' ? { body } : {}),
      ...(init?.signal ? { signal: init.signal } : {}),
    });
    return webResponse(res, max);
  };
}

type UndiciAnswer = Awaited<ReturnType<typeof undiciRequest>>;

/** A non-SSE body read whole, failing past `max` bytes (declared or counted). */
async function boundedBody(res: UndiciAnswer, max: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length'] ?? Number.NaN);
  if (Number.isSafeInteger(declared) && declared > max) {
    res.body.destroy();
    throw new PaviseError('PAVISE_UPSTREAM_ERROR', `an upstream message exceeds ${max} bytes`);
  }
  if (Number.isSafeInteger(declared) && declared >= 0) {
    // Read whole by undici's own consumer (chunks collected as they arrive), without the stream's
    // async iterator and its end-of-stream wiring: the hot path's JSON answers declare their length.
    // INVARIANT: undici's parser ends a message at its declared `content-length` (it does not
    // decode content-encoding: these are wire bytes), so the declared length bounds the body.
    const bytes = await res.body.bytes();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of res.body) {
    const b = c as Buffer;
    size += b.length;
    if (size > max) {
      res.body.destroy();
      throw new PaviseError('PAVISE_UPSTREAM_ERROR', `an upstream message exceeds ${max} bytes`);
    }
    chunks.push(b);
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

/** The WHATWG Response the SDK's transport reads, for an undici answer (see requestFetch). */
async function webResponse(res: UndiciAnswer, max: number): Promise<Response> {
  const out = new Headers();
  for (const [k, v] of Object.entries(res.headers)) {
    if (Array.isArray(v)) for (const x of v) out.append(k, x);
    else if (v !== undefined) out.set(k, v);
  }
  const init2 = { status: res.statusCode, headers: out };
  if (res.statusCode < 200 || res.statusCode > 599) {
    res.body.destroy();
    throw new PaviseError('PAVISE_UPSTREAM_ERROR', `the upstream answered HTTP ${res.statusCode}`);
  }
  if (NULL_BODY.has(res.statusCode)) {
    await res.body.dump().catch(() => undefined);
    return new Response(null, init2);
  }
  if ((out.get('content-type') ?? '').includes('text/event-stream')) {
    return new Response(drainingStream(res.body), init2);
  }
  return new Response(await boundedBody(res, max), init2);
}

function headerText(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v.join(', ') : v;
}

/**
 * The SDK's StreamableHTTPClientTransport with a direct path for the tools/call hot path: a
 * JSON-RPC request on an established session whose answer is `200 application/json` (identity
 * encoding, the session id unchanged) is sent with `undici.request` and its body parsed and
 * validated here exactly as the SDK's `send` does it (JSON.parse, `JSONRPCMessageSchema` per
 * message, `onmessage` for each) — without the Headers, the WHATWG Response and its body web
 * stream that the SDK's fetch path builds per call (≈ 0.1–0.2 ms CPU in the profile).
 * Every other answer (SSE, 202, an error status, a redirect, a new session id) is handed to the
 * SDK's own `send` unchanged: its fetch receives this very answer (kept under the request body,
 * so concurrent sends cannot take each other's), so nothing is sent twice and every case keeps
 * the SDK's handling. Notifications, initialize, the GET stream, resumption and close are the
 * SDK's. INVARIANT: the SDK's `send` calls its fetch with `body: JSON.stringify(message)`.
 */
export class DirectHttpClientTransport implements Transport {
  readonly sdk: StreamableHTTPClientTransport;
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  onmessage?: (<T extends JSONRPCMessage>(message: T, extra?: MessageExtraInfo) => void) | undefined;
  private readonly url: URL;
  private readonly headers: Readonly<Record<string, string>>;
  private readonly max: number;
  /** Answers taken off the wire that the SDK's `send` reads next, keyed by request body. */
  private readonly handOver = new Map<string, Promise<Response>>();
  private readonly abort = new AbortController();
  /**
   * This upstream's own connection pool for the direct path. `undici.request(url)` goes through
   * the global dispatcher (once any WHATWG fetch ran, Node's bundled undici Agent): an origin
   * lookup, URL parsing and option normalisation per call; `Pool.request` on the origin skipped
   * ≈ 0.1 ms CPU per request in a loopback micro-benchmark (docs/mcp.md "Speed").
   * INVARIANT: only requests to `url`'s origin use it; it is destroyed on close.
   */
  private readonly pool: Pool;
  private readonly path: string;
  /** The header object of a direct request, minus the session id and protocol version. */
  private readonly fixedHeaders: Readonly<Record<string, string>>;
  /** Requests answered on the direct path (tests read it). */
  directSends = 0;

  constructor(url: URL, headers: Readonly<Record<string, string>>, max: number) {
    this.url = url;
    this.headers = headers;
    this.max = max;
    this.pool = new Pool(url.origin);
    this.path = `${url.pathname}${url.search}`;
    this.fixedHeaders = { ...lowerKeys(headers), 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    const wire = cappedFetch(max, requestFetch(max));
    const fetchFn: FetchLike = (u, init) => {
      const body = init?.body;
      const kept = typeof body === 'string' ? this.handOver.get(body) : undefined;
      if (kept && typeof body === 'string') {
        this.handOver.delete(body);
        return kept.then((r) => cappedFetch(max, () => Promise.resolve(r))(u, init));
      }
      return wire(u, init);
    };
    this.sdk = new StreamableHTTPClientTransport(url, { requestInit: { headers: { ...headers } }, fetch: fetchFn });
    this.sdk.onmessage = (message: JSONRPCMessage) => this.onmessage?.(message);
    this.sdk.onerror = (error) => this.onerror?.(error);
    this.sdk.onclose = () => this.onclose?.();
  }

  get sessionId(): string | undefined {
    return this.sdk.sessionId;
  }

  /** The options the SDK client transport's `send` reads (resumption only). */
  private sdkSend(message: JSONRPCMessage, options: TransportSendOptions | undefined): Promise<void> {
    const token = options?.resumptionToken;
    const on = options?.onresumptiontoken;
    return this.sdk.send(message, { ...(token !== undefined ? { resumptionToken: token } : {}), ...(on !== undefined ? { onresumptiontoken: on } : {}) });
  }

  setProtocolVersion(version: string): void {
    this.sdk.setProtocolVersion(version);
  }

  start(): Promise<void> {
    return this.sdk.start();
  }

  async close(): Promise<void> {
    this.abort.abort();
    this.handOver.clear();
    await this.sdk.close();
    await this.pool.destroy().catch(() => undefined);
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    const sid = this.sdk.sessionId;
    if (sid === undefined || options?.resumptionToken !== undefined || !('method' in message) || !('id' in message) || message.method === 'initialize') {
      return this.sdkSend(message, options);
    }
    const body = JSON.stringify(message);
    const version = this.sdk.protocolVersion;
    let res: UndiciAnswer;
    try {
      res = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers: {
          'mcp-session-id': sid,
          ...(version !== undefined ? { 'mcp-protocol-version': version } : {}),
          ...this.fixedHeaders,
        },
        body,
        signal: this.abort.signal,
      });
    } catch (err) {
      const e = err instanceof Error ? err : new Error('upstream request failed');
      this.onerror?.(e);
      throw e;
    }
    const enc = res.headers['content-encoding'];
    const answerSid = headerText(res.headers['mcp-session-id']);
    if (res.statusCode !== 200 || mediaTypeEssence(headerText(res.headers['content-type'])) !== 'application/json' || (enc !== undefined && enc !== 'identity') || (answerSid !== undefined && answerSid !== sid)) {
      // Not the hot case: the SDK's send reads this answer through its fetch.
      const answer = webResponse(res, this.max);
      // Read by the SDK's fetch below; a failure is the SDK's to report, never unhandled here.
      answer.catch(() => undefined);
      this.handOver.set(body, answer);
      try {
        return await this.sdkSend(message, options);
      } finally {
        if (this.handOver.get(body) === answer) this.handOver.delete(body);
      }
    }
    try {
      const data = JSON.parse((await boundedBody(res, this.max)).toString('utf8')) as unknown;
      const messages = Array.isArray(data) ? data.map(parseMessage) : [parseMessage(data)];
      this.directSends++;
      for (const m of messages) this.onmessage?.(m);
    } catch (err) {
      const e = err instanceof Error ? err : new Error('upstream answer unreadable');
      this.onerror?.(e);
      throw e;
    }
  }
}

/**
 * `JSONRPCMessageSchema.parse(m)`, trying the union's result-response member first: that is the
 * answer to every request on the direct path, and the union would first fail the request and
 * notification members on it (≈ 2.8 → 0.5 µs hot, and less garbage).
 * INVARIANT: same output as the union. Its members are strict objects and the union returns the
 * first member that accepts `m`; a valid result response has no `method` key, so the request and
 * notification members (which require one) reject it, and the union's answer is this member's.
 */
export function parseMessage(m: unknown): JSONRPCMessage {
  const r = JSONRPCResultResponseSchema.safeParse(m);
  return r.success ? r.data : JSONRPCMessageSchema.parse(m);
}

/** Header names lower-cased (a later duplicate wins, as in the SDK's Headers object). */
function lowerKeys(h: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}

/**
 * The SDK's stdio transport buffers stdout until a newline, without a bound. This one closes the
 * connection (killing the child) when a line passes `max` bytes.
 * INVARIANT: relies on the SDK keeping the child in `_process` (SDK 1.x); without it the bound is
 * off, which test/adversarial/mcp.test.ts ("endless line") detects.
 */
class BoundedStdioTransport extends StdioClientTransport {
  private readonly maxLine: number;
  private readonly onOverflow: () => void;
  constructor(params: ConstructorParameters<typeof StdioClientTransport>[0], maxLine: number, onOverflow: () => void) {
    super(params);
    this.maxLine = maxLine;
    this.onOverflow = onOverflow;
  }

  override async start(): Promise<void> {
    await super.start();
    const child = (this as unknown as { _process?: ChildProcess })._process;
    let since = 0;
    let tripped = false;
    // Prepended: checked before the SDK appends the chunk to its buffer.
    child?.stdout?.prependListener('data', (chunk: Buffer) => {
      if (tripped) return;
      const nl = chunk.lastIndexOf(LF);
      since = nl >= 0 ? chunk.length - nl - 1 : since + chunk.length;
      if (since > this.maxLine) {
        tripped = true;
        this.onOverflow();
        void this.close().catch(() => undefined);
      }
    });
  }
}

export class Upstream {
  readonly name: string;
  readonly config: UpstreamConfig;
  private readonly opts: UpstreamOptions;
  private current: Client | undefined;
  private stopping = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private waiters: Array<(c: Client) => void> = [];
  private connectedAt = 0;
  private stderrBudget = { windowStart: 0, lines: 0 };
  /** Number of (re)connections made; tests and the console read it. */
  connections = 0;

  constructor(name: string, config: UpstreamConfig, opts: UpstreamOptions) {
    this.name = name;
    this.config = config;
    this.opts = opts;
  }

  get connected(): boolean {
    return this.current !== undefined;
  }

  start(): void {
    this.stopping = false;
    void this.connect();
  }

  /** The connected client; waits up to `waitMs` for a connection. */
  async client(waitMs = 10_000): Promise<Client> {
    if (this.current) return this.current;
    if (this.stopping) throw new PaviseError('PAVISE_UPSTREAM_ERROR', `MCP server ${this.name} is stopped`);
    return new Promise<Client>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        reject(new PaviseError('PAVISE_UPSTREAM_ERROR', `MCP server ${this.name} is not connected`));
      }, waitMs);
      const done = (c: Client): void => {
        clearTimeout(timer);
        resolve(c);
      };
      this.waiters.push(done);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    const c = this.current;
    this.current = undefined;
    if (c) await c.close().catch(() => undefined);
  }

  private transport(): Transport {
    const cfg = this.config;
    if ('command' in cfg) {
      const t = new BoundedStdioTransport(
        {
          command: cfg.command,
          args: cfg.args,
          env: { ...getDefaultEnvironment(), ...cfg.env },
          stderr: 'pipe',
          ...(cfg.cwd !== undefined ? { cwd: resolve(this.opts.baseDir ?? process.cwd(), cfg.cwd) } : {}),
        },
        MAX_MESSAGE_BYTES,
        () => this.logError(`a stdout line exceeds ${MAX_MESSAGE_BYTES} bytes; restarting the server`),
      );
      const stderr = t.stderr as Readable | null;
      if (stderr) this.logStderr(stderr);
      return t;
    }
    return new DirectHttpClientTransport(new URL(cfg.url), cfg.headers, MAX_MESSAGE_BYTES);
  }

  /** Within the log budget (a hostile server can make the SDK report an error per message). */
  private logError(message: string): void {
    if (!this.takeLogBudget()) return;
    this.opts.log.warn({ mcpServer: this.name, err: message.slice(0, 300) }, 'mcp server transport error');
  }

  private takeLogBudget(): boolean {
    const now = Date.now();
    if (now - this.stderrBudget.windowStart > 60_000) this.stderrBudget = { windowStart: now, lines: 0 };
    return ++this.stderrBudget.lines <= MAX_STDERR_LINES_PER_MINUTE;
  }

  private logStderr(stream: Readable): void {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        this.logLine(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
      }
      if (buf.length > MAX_STDERR_LINE * 4) {
        this.logLine(buf);
        buf = '';
      }
    });
  }

  private logLine(line: string): void {
    if (!this.takeLogBudget()) return;
    const text = line.length > MAX_STDERR_LINE ? `${line.slice(0, MAX_STDERR_LINE)}…` : line;
    if (text.trim()) this.opts.log.info({ mcpServer: this.name, stderr: text }, 'mcp server stderr');
  }

  private async connect(): Promise<void> {
    if (this.stopping) return;
    const client = new Client({ name: 'pavise', version: '0.1.0' }, { capabilities: {} });
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
      this.opts.onToolsChanged();
    });
    let closed = false;
    client.onclose = () => {
      if (closed) return;
      closed = true;
      if (this.current === client) this.current = undefined;
      if (!this.stopping) {
        this.opts.log.warn({ mcpServer: this.name }, 'mcp server connection closed; reconnecting');
        this.schedule();
      }
    };
    client.onerror = (err) => this.logError(err.message);
    try {
      await client.connect(this.transport(), { timeout: this.config.timeoutMs });
    } catch (err) {
      this.opts.log.warn({ mcpServer: this.name, err: err instanceof Error ? err.message.slice(0, 300) : 'error' }, 'mcp server connect failed');
      closed = true;
      await client.close().catch(() => undefined);
      this.schedule();
      return;
    }
    if (this.stopping) {
      await client.close().catch(() => undefined);
      return;
    }
    this.current = client;
    this.connections++;
    this.connectedAt = Date.now();
    this.opts.log.info({ mcpServer: this.name }, 'mcp server connected');
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w(client);
    // A reconnect means the definitions may have changed; the proxy re-lists and re-checks pins.
    if (this.connections > 1) this.opts.onToolsChanged();
  }

  private schedule(): void {
    if (this.stopping || this.timer) return;
    // A connection that stayed up for a while resets the backoff; a crash loop keeps doubling.
    if (this.connectedAt > 0 && Date.now() - this.connectedAt > 10_000) this.attempt = 0;
    const { initialMs, maxMs } = this.opts.backoff ?? { initialMs: 250, maxMs: 30_000 };
    const base = Math.min(maxMs, initialMs * 2 ** Math.min(this.attempt, 20));
    const delay = Math.round(base / 2 + Math.random() * (base / 2));
    this.attempt++;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect();
    }, delay);
    this.timer.unref();
  }
}
