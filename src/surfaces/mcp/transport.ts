// The downstream MCP transport of one session: the SDK's StreamableHTTPServerTransport, plus a
// direct Node path for the one request shape on the hot path — a POST that carries a single
// JSON-RPC request (tools/call, tools/list, …) on an initialized session. The SDK's Node
// transport turns every request into a WHATWG Request (through @hono/node-server, a new request
// listener per call), answers with a ReadableStream of SSE events that hono pumps back into the
// Node response, and runs 6–9 zod checks per message (the `isJSONRPC…`/`isInitializeRequest`
// guards, several of them failing parses). On the tools/call path that was ≈ 0.5 ms of main-thread
// CPU per call (sdk-server + hono + part of zod in the profile, docs/mcp.md "Speed"). Here the
// same request is checked exactly as the SDK checks it (Accept, Content-Type, session id,
// protocol version, `JSONRPCRequestSchema` — the member of `JSONRPCMessageSchema` a request
// matches — checked by asJsonRpcRequest), handed to the SDK `Server` through the standard Transport interface
// (`onmessage` with the same `requestInfo`/`authInfo`), and its answer written to the Node
// response. An answer whose response comes first and within the header hold (every call that
// neither reports progress nor waits) is plain JSON, as the SDK's JSON response mode writes it;
// otherwise it is the SDK's SSE stream: `event: message` frames, one per message related to the
// request (progress notifications during an approval wait), ending with the response.
//
// Everything else — initialize, notifications, responses, batches, GET streams, DELETE, and every
// request the checks above would refuse — goes to the SDK transport unchanged, so each refusal
// is still the SDK's own (and coded by index.ts). Messages the Server sends that belong to a
// request of the direct path are written here; all others go to the SDK transport.
//
// Misses: no resumability on the direct path (neither has the SDK path: no event store is
// configured). Cost: one walk of the message's top two levels and one JSON.stringify per message; a single answer leaves
// in one socket write (headers, body and its length together). Bounds: at most one entry per
// request in flight, removed when its response is written (or dropped after the client left).
// Failure mode: a request the checks do not accept takes the SDK path; an exception while
// dispatching ends that request with a coded 400, like the SDK's own catch-all.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import type { StreamableHTTPServerTransportOptions } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isJsonContentType } from '@modelcontextprotocol/sdk/shared/mediaType.js';
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, JSONRPCRequest, MessageExtraInfo, RequestId, RequestInfo } from '@modelcontextprotocol/sdk/types.js';
import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';

/** Longest the headers of a direct answer wait for its first event (a held call's keep-alive). */
export const HEADER_HOLD_MS = 1000;
/** SSE comment interval while a direct answer is pending (the SDK's DEFAULT_SSE_KEEP_ALIVE_MS). */
export const KEEP_ALIVE_MS = 15_000;

const SSE_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
} as const;

interface Pending {
  readonly res: ServerResponse;
  /** The client went away: the answer is dropped when it comes (as the SDK does). */
  gone: boolean;
  timer: NodeJS.Timeout | undefined;
}

function sseFrame(message: JSONRPCMessage): string {
  return `event: message\ndata: ${JSON.stringify(message)}\n\n`;
}

/** A response (result or error) of the JSON-RPC request `id`? Protocol builds these itself. */
function responseId(message: JSONRPCMessage): RequestId | undefined {
  return 'id' in message && ('result' in message || 'error' in message) ? message.id : undefined;
}

/**
 * The SDK's `requestInfo` (headers and URL of the HTTP request) for a handler. The URL is built
 * when first read (no handler of ours reads it; parsing it was ≈ 20 µs per call), undefined when
 * the Host header makes it unparseable.
 */
function requestInfo(req: IncomingMessage): RequestInfo {
  const info: RequestInfo = { headers: req.headers };
  let url: URL | null | undefined;
  Object.defineProperty(info, 'url', {
    enumerable: true,
    get(): URL | undefined {
      if (url === undefined) {
        try {
          url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
        } catch {
          url = null;
        }
      }
      return url ?? undefined;
    },
  });
  return info;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** RequestIdSchema and ProgressTokenSchema: a string or a safe integer. */
function isIdLike(v: unknown): boolean {
  return typeof v === 'string' || Number.isSafeInteger(v);
}

const REQUEST_KEYS = new Set(['jsonrpc', 'id', 'method', 'params']);
const RELATED_TASK_KEY = 'io.modelcontextprotocol/related-task';

/**
 * `JSONRPCRequestSchema.safeParse(v).success`, without zod: on the hot path that parse ran in
 * zod's generic (megamorphic) code at ≈ 1.4 % of the main thread (the same check hot in a loop
 * is < 1 µs), and it copied the message. The schema (SDK 1.x types.ts): a strict object
 * `{jsonrpc: '2.0', id: string | safe integer, method: string, params?: loose object whose
 * _meta?, a loose object, may hold progressToken?: string | safe integer and
 * 'io.modelcontextprotocol/related-task'?: {taskId: string}}`. A key whose value is `undefined`
 * counts as absent, as zod's `optional()` treats it.
 * INVARIANT: accepts exactly what the schema accepts (transport.test.ts compares both on
 * generated messages); the message itself is returned, not a copy — the Server parses its own.
 */
export function asJsonRpcRequest(v: unknown): JSONRPCRequest | undefined {
  if (!isRecord(v) || v.jsonrpc !== '2.0' || typeof v.method !== 'string' || !isIdLike(v.id)) return undefined;
  for (const k of Object.keys(v)) if (!REQUEST_KEYS.has(k)) return undefined;
  const params = v.params;
  if (params !== undefined) {
    if (!isRecord(params)) return undefined;
    const meta = params._meta;
    if (meta !== undefined) {
      if (!isRecord(meta)) return undefined;
      if (meta.progressToken !== undefined && !isIdLike(meta.progressToken)) return undefined;
      const task = meta[RELATED_TASK_KEY];
      if (task !== undefined && !(isRecord(task) && typeof task.taskId === 'string')) return undefined;
    }
  }
  return v as JSONRPCRequest;
}

export class McpSessionTransport implements Transport {
  /** The SDK's transport: every request the direct path does not take. */
  readonly sdk: StreamableHTTPServerTransport;
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  onmessage?: (<T extends JSONRPCMessage>(message: T, extra?: MessageExtraInfo) => void) | undefined;
  private readonly pending = new Map<RequestId, Pending>();
  /** Protocol's own request entry point, once bound (bindDispatch). */
  private dispatch: ((message: JSONRPCRequest, extra: MessageExtraInfo) => void) | undefined;
  private closed = false;
  private readonly holdMs: number;
  private readonly keepAliveMs: number;

  /** `timing` is for tests: the header hold and keep-alive intervals of direct answers. */
  constructor(options: StreamableHTTPServerTransportOptions, timing: { headerHoldMs?: number; keepAliveMs?: number } = {}) {
    this.sdk = new StreamableHTTPServerTransport(options);
    this.holdMs = timing.headerHoldMs ?? HEADER_HOLD_MS;
    this.keepAliveMs = timing.keepAliveMs ?? options.keepAliveMs ?? KEEP_ALIVE_MS;
    // Set before Protocol.connect wraps ours, read at call time: the Server sees one transport.
    this.sdk.onmessage = (message, extra) => this.onmessage?.(message, extra);
    this.sdk.onerror = (error) => this.onerror?.(error);
    this.sdk.onclose = () => {
      this.endAll();
      this.onclose?.();
    };
  }

  get sessionId(): string | undefined {
    return this.sdk.sessionId;
  }

  /**
   * Call after `protocol.connect(this)`: requests of the direct path then go to the Protocol's
   * request handler (`_onrequest`, private in SDK 1.x) instead of the `onmessage` that connect
   * installed. That `onmessage` runs three zod guards first — result response? error response?
   * request? — and the first two fail on a request, each building a ZodError with its stack
   * (≈ 10 µs hot, and its garbage, per call). The outcome is known here: `acceptable` took only a
   * message the strict JSONRPCRequestSchema accepts (asJsonRpcRequest), so it has a `method` and
   * neither `result` nor `error`, both response guards reject it and the request guard accepts
   * it: `onmessage` would call `_onrequest(message, extra)` and nothing else.
   * INVARIANT: nothing set this transport's `onmessage` before connect (connect chains to one
   * such handler first); index.ts connects a fresh transport. Returns false (and the direct path
   * keeps `onmessage`) when the SDK has no such method.
   */
  bindDispatch(protocol: object): boolean {
    const onrequest = (protocol as { _onrequest?: (message: JSONRPCRequest, extra?: MessageExtraInfo) => void })._onrequest;
    if (typeof onrequest !== 'function') return false;
    this.dispatch = (message, extra) => onrequest.call(protocol, message, extra);
    return true;
  }

  start(): Promise<void> {
    return this.sdk.start();
  }

  async close(): Promise<void> {
    this.endAll();
    await this.sdk.close();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    const rid = responseId(message);
    const id = rid ?? options?.relatedRequestId;
    const p = id !== undefined ? this.pending.get(id) : undefined;
    if (!p) return options?.relatedRequestId !== undefined ? this.sdk.send(message, { relatedRequestId: options.relatedRequestId }) : this.sdk.send(message);
    if (rid !== undefined) {
      this.pending.delete(rid);
      if (p.timer) clearTimeout(p.timer);
    }
    if (p.gone || p.res.writableEnded || p.res.destroyed) return Promise.resolve();
    if (rid !== undefined && !p.res.headersSent) {
      // The common case: the response is the first and only message of its request and came
      // before the header hold ran out. It leaves as plain JSON, as the SDK's JSON response mode
      // writes it (Content-Type application/json, the session id), in one write with its length.
      // The MCP spec lets the server pick either answer and requires clients to read both; a
      // JSON answer saves the client its SSE decoding (the SDK client pipes an SSE body through
      // a TextDecoderStream and an event parser stream: 0.3–0.8 ms client CPU per call measured,
      // docs/mcp.md "Speed"), which a sequential caller waits for.
      const text = JSON.stringify(message);
      const sid = this.sdk.sessionId;
      p.res.writeHead(200, { 'content-type': 'application/json', ...(sid !== undefined ? { 'mcp-session-id': sid } : {}), 'content-length': Buffer.byteLength(text) });
      p.res.end(text);
      return Promise.resolve();
    }
    const frame = sseFrame(message);
    if (rid === undefined) {
      // A notification or request tied to a pending call (progress): the answer becomes an SSE
      // stream, its headers go out with this first event.
      if (!p.res.headersSent) p.res.writeHead(200, this.headers());
      p.res.write(frame);
    } else {
      p.res.end(frame);
    }
    return Promise.resolve();
  }

  /**
   * Take a POST on the direct path when it is a single JSON-RPC request the SDK would accept on
   * this initialized session. Returns false (nothing written) when the SDK transport must handle
   * it instead.
   */
  handlePost(req: IncomingMessage, res: ServerResponse, body: unknown): boolean {
    const message = this.acceptable(req, body);
    if (!message) return false;
    const p: Pending = { res, gone: false, timer: undefined };
    this.pending.set(message.id, p);
    res.once('close', () => {
      if (p.timer) clearTimeout(p.timer);
      p.timer = undefined;
      if (!res.writableFinished) p.gone = true;
    });
    // Headers of a call that waits (for a human) must still reach the client in time; then
    // SSE comments keep idle proxies from closing the stream, as the SDK's keep-alive does.
    const tick = (first: boolean): void => {
      p.timer = undefined;
      if (p.gone || res.writableEnded || res.destroyed) return;
      if (first) {
        if (!res.headersSent) {
          res.writeHead(200, this.headers());
          res.flushHeaders();
        }
      } else {
        res.write(': keepalive\n\n');
      }
      // As the SDK: a keep-alive interval that is not a positive finite number turns it off.
      if (!Number.isFinite(this.keepAliveMs) || this.keepAliveMs < 1) return;
      p.timer = setTimeout(tick, first ? Math.max(1, this.keepAliveMs - this.holdMs) : Math.min(this.keepAliveMs, 2 ** 31 - 1), false);
      p.timer.unref();
    };
    p.timer = setTimeout(tick, this.holdMs, true);
    p.timer.unref();
    try {
      const authInfo = (req as IncomingMessage & { auth?: AuthInfo }).auth;
      const extra: MessageExtraInfo = { requestInfo: requestInfo(req), ...(authInfo !== undefined ? { authInfo } : {}) };
      if (this.dispatch) this.dispatch(message, extra);
      else this.onmessage?.(message, extra);
    } catch (err) {
      this.pending.delete(message.id);
      if (p.timer) clearTimeout(p.timer);
      this.onerror?.(err instanceof Error ? err : new Error('dispatch failed'));
      if (!res.headersSent) {
        const text = JSON.stringify({ jsonrpc: '2.0', error: { code: -32700, message: 'pavise_bad_request: Parse error', data: { code: 'pavise_bad_request' } }, id: null });
        res.writeHead(400, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
      } else {
        res.end();
      }
    }
    return true;
  }

  /** The request, parsed as the SDK parses it, when the direct path may take it. */
  private acceptable(req: IncomingMessage, body: unknown): JSONRPCRequest | undefined {
    if (this.closed || req.method !== 'POST') return undefined;
    const sid = this.sdk.sessionId;
    if (sid === undefined || req.headers['mcp-session-id'] !== sid) return undefined;
    const accept = req.headers.accept;
    if (accept === undefined || !accept.includes('application/json') || !accept.includes('text/event-stream')) return undefined;
    if (!isJsonContentType(req.headers['content-type'])) return undefined;
    const version = req.headers['mcp-protocol-version'];
    if (version !== undefined && (typeof version !== 'string' || !SUPPORTED_PROTOCOL_VERSIONS.includes(version))) return undefined;
    const message = asJsonRpcRequest(body);
    if (!message || message.method === 'initialize') return undefined;
    // A duplicate id in flight: the SDK's own bookkeeping decides (it keys streams by id too).
    if (this.pending.has(message.id)) return undefined;
    return message;
  }

  private headers(): Record<string, string> {
    const sid = this.sdk.sessionId;
    return sid !== undefined ? { ...SSE_HEADERS, 'mcp-session-id': sid } : { ...SSE_HEADERS };
  }

  /** The session ends: every pending direct answer ends too (as the SDK closes its streams). */
  private endAll(): void {
    this.closed = true;
    for (const p of this.pending.values()) {
      if (p.timer) clearTimeout(p.timer);
      if (p.gone || p.res.writableEnded || p.res.destroyed) continue;
      if (!p.res.headersSent) p.res.writeHead(200, this.headers());
      p.res.end();
    }
    this.pending.clear();
  }
}
