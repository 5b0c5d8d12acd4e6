// Plumbing shared by the OpenAI and Anthropic surfaces: provider routing, provider-shaped errors,
// Event construction, upstream calls (undici) and tool-call authorization.
//
// INVARIANT: nothing from the caller's request headers reaches the upstream except the few
// protocol headers listed in `upstreamHeaders`; the provider key is added here and never echoed.
// Misses: no retries or circuit breaker per upstream (a failed upstream is a 502 to the caller).
// callUpstream reports failed calls (transport errors, 5xx/429/401/403 answers) to
// `deps.onUpstreamError` for `pavise_upstream_errors_total`; body read errors are not reported.
// Cost: one upstream request per call; bodies read with a byte cap. A non-streamed request body
// that nothing changed and that repeats no key goes upstream as the caller's bytes (rawBodyOf),
// else it is re-serialised.
// Failure mode: connection errors -> PAVISE_UPSTREAM_ERROR (502), timeouts ->
// PAVISE_UPSTREAM_TIMEOUT (504); messages never include provider keys or caller credentials.

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import { getGlobalDispatcher, request as undiciRequest } from 'undici';
import type { Dispatcher } from 'undici';
import type { ErrorCode } from '../engine/errors.js';
import { ERRORS, PaviseError, isErrorCode } from '../engine/errors.js';
import { newEventId } from '../engine/pipeline.js';
import type { Engine } from '../engine/pipeline.js';
import type { Action, ContentPart, Event, Principal, Resource, Verdict } from '../engine/types.js';
import { scopeSession } from '../engine/types.js';
import type { Pseudonymizer } from '../detect/redact.js';
import { restoreFor } from './restore.js';
import type { PaviseConfig } from '../policy/config.js';
import type { RateLimiter } from './limits.js';
import { jsonMembers } from './limits.js';
import { trimEndChars } from '../util/strings.js';

export type Style = 'openai' | 'anthropic';

export interface GatewayDeps {
  readonly engine: Engine;
  readonly config: PaviseConfig;
  readonly limiter: RateLimiter;
  readonly now: () => number;
  /** Largest upstream response body read in full (non-streaming), in bytes. */
  readonly maxUpstreamBytes: number;
  /** Counts a failed upstream call (`pavise_upstream_errors_total{upstream,kind}`); see callUpstream. */
  readonly onUpstreamError?: (upstream: string, kind: UpstreamErrorKind) => void;
  /** Set when the redaction config has a `placeholder` mode: answers are restored (restore.ts). */
  readonly pseudonymizer?: Pseudonymizer;
}

// ---------------------------------------------------------------------------------------------
// Providers

export interface ResolvedProvider {
  readonly name: string;
  readonly type: Style;
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly models: readonly string[] | undefined;
  readonly timeoutMs: number;
}

// Resolved once per provider entry (providerFor runs on every request). Keyed by the entry object:
// replacing an entry (tests, a reloaded config) resolves it again.
const resolvedProviders = new WeakMap<object, { readonly name: string; readonly r: ResolvedProvider | undefined }>();

function resolveProvider(name: string, p: PaviseConfig['providers'][string]): ResolvedProvider | undefined {
  const hit = resolvedProviders.get(p);
  if (hit?.name === name) return hit.r;
  const type = p.type ?? (name === 'openai' || name === 'anthropic' ? name : undefined);
  const r = type ? { name, type, baseUrl: trimEndChars(p.baseUrl, '/'), apiKey: p.apiKey, models: p.models, timeoutMs: p.timeoutMs } : undefined;
  resolvedProviders.set(p, { name, r });
  return r;
}

export function providersOf(config: PaviseConfig): ResolvedProvider[] {
  const out: ResolvedProvider[] = [];
  for (const [name, p] of Object.entries(config.providers)) {
    const r = resolveProvider(name, p);
    if (r) out.push(r);
  }
  return out;
}

/** The provider whose `models` lists the model, else the first provider of the type. */
export function providerFor(config: PaviseConfig, type: Style, model: string): ResolvedProvider {
  let first: ResolvedProvider | undefined;
  let p: ResolvedProvider | undefined;
  for (const name in config.providers) {
    const entry = config.providers[name];
    const x = entry && Object.hasOwn(config.providers, name) ? resolveProvider(name, entry) : undefined;
    if (x?.type !== type) continue;
    first ??= x;
    if (x.models?.includes(model)) {
      p = x;
      break;
    }
  }
  p ??= first;
  if (!p) throw new PaviseError('PAVISE_MODEL_UNKNOWN', `no ${type} provider is configured`);
  return p;
}

// ---------------------------------------------------------------------------------------------
// Errors in the provider's shape

function openaiType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

function anthropicType(status: number): string {
  switch (status) {
    case 401:
      return 'authentication_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 503:
      return 'overloaded_error';
    default:
      return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

export function errorBody(style: Style, code: ErrorCode, message: string): Record<string, unknown> {
  const status = ERRORS[code].status;
  const lc = code.toLowerCase();
  if (style === 'anthropic') return { type: 'error', error: { type: anthropicType(status), message, code: lc } };
  return { error: { message, type: openaiType(status), code: lc, param: null } };
}

export function sendError(reply: FastifyReply, style: Style, code: ErrorCode, message?: string, retryAfterSeconds?: number): FastifyReply {
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
  return reply.code(ERRORS[code].status).type('application/json').send(errorBody(style, code, message ?? ERRORS[code].message));
}

/** Status, code and message for a refused verdict. */
export function refusal(verdict: Verdict): { code: ErrorCode; message: string; retryAfterSeconds?: number } {
  const code = verdict.code !== undefined && isErrorCode(verdict.code) ? verdict.code : verdict.decision === 'hold' ? 'PAVISE_APPROVAL_REQUIRED' : 'PAVISE_CONTENT_BLOCKED';
  return { code, message: verdict.message, ...(verdict.retryAfterSeconds !== undefined ? { retryAfterSeconds: verdict.retryAfterSeconds } : {}) };
}

export class Refused extends Error {
  constructor(readonly verdict: Verdict) {
    super(verdict.message);
  }
}

// ---------------------------------------------------------------------------------------------
// Events

// The authenticated principal rides on the request object under a module-private symbol: a
// WeakMap set and get per request cost more (and load the GC's ephemeron processing).
const PRINCIPAL = Symbol('pavise.principal');
type WithPrincipal = FastifyRequest & { [PRINCIPAL]?: Principal };

export function setPrincipal(request: FastifyRequest, p: Principal): void {
  (request as WithPrincipal)[PRINCIPAL] = p;
}

// The request body as the caller sent it (after decompression), with the number of object
// members in that text, kept by the HTTP body parser (http.ts) for `rawBodyOf`.
const RAW_BODY = Symbol('pavise.rawBody');
type WithRawBody = FastifyRequest & { [RAW_BODY]?: { readonly bytes: Buffer; readonly members: number } };

export function setRawBody(request: FastifyRequest, bytes: Buffer, members: number): void {
  (request as WithRawBody)[RAW_BODY] = { bytes, members };
}

/**
 * The caller's bytes for `body` (the parsed request body), or undefined when they may not be
 * forwarded as they are. The caller must pass only a body nothing has changed since parsing.
 * INVARIANT: the bytes are returned only when their text has as many object members as the
 * parsed body: an object that repeats a key (JSON.parse keeps the last one, another parser may
 * keep the first) always has more, and is re-serialised instead, so the upstream never reads
 * content other than what was inspected. Valid UTF-8 was checked before parsing; a leading BOM
 * (stripped by our decoder, maybe not by the upstream's parser) also re-serialises.
 */
export function rawBodyOf(request: FastifyRequest, body: Record<string, unknown>): Buffer | undefined {
  const raw = (request as WithRawBody)[RAW_BODY];
  if (raw === undefined || raw.bytes[0] === 0xef) return undefined;
  return jsonMembers(body) === raw.members ? raw.bytes : undefined;
}

export function principalOf(request: FastifyRequest): Principal {
  const p = (request as WithPrincipal)[PRINCIPAL];
  // INVARIANT: the onRequest hook authenticates every gateway route before its handler runs.
  if (!p) throw new PaviseError('PAVISE_UNAUTHENTICATED', 'no principal');
  return p;
}

/** `x-pavise-session`, bounded and printable, else undefined. */
export function sessionOf(request: FastifyRequest): string | undefined {
  const v = request.headers['x-pavise-session'];
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') return undefined;
  return /^[\x21-\x7e]{1,256}$/.test(s) ? s : undefined;
}

export interface EventBase {
  readonly principal: Principal;
  readonly session?: string;
  readonly surface: Style;
  readonly model: string;
}

export function eventBase(request: FastifyRequest, surface: Style, model: string): EventBase {
  const session = sessionOf(request);
  const principal = principalOf(request);
  return { principal, surface, model, ...(session !== undefined ? { session: scopeSession(principal.id, session) } : {}) };
}

export function makeEvent(base: EventBase, now: number, action: Action, parts: readonly ContentPart[], resource?: Resource, args?: unknown): Event {
  return {
    id: newEventId(),
    time: now,
    principal: base.principal,
    ...(base.session !== undefined ? { session: base.session } : {}),
    action,
    resource: resource ?? { kind: 'model', id: base.model },
    parts,
    ...(args !== undefined ? { args } : {}),
    surface: base.surface,
  };
}

/** Event fields for a StreamGuard's `chat.output` scans. */
export function guardTemplate(base: EventBase, now: number): Omit<Event, 'parts' | 'action'> {
  return {
    id: newEventId(),
    time: now,
    principal: base.principal,
    ...(base.session !== undefined ? { session: base.session } : {}),
    resource: { kind: 'model', id: base.model },
    surface: base.surface,
  };
}

/**
 * Authorize one proposed tool call (`chat.tool_call`). Returns the arguments text to hand on
 * (redacted when the verdict says so) or throws Refused.
 */
export async function authorizeToolCall(deps: GatewayDeps, base: EventBase, name: string, proposed: string): Promise<string> {
  // Placeholders in the model's arguments are restored before policy and taint see them.
  const argsText = restoreFor(deps.pseudonymizer, base.session)?.json(proposed) ?? proposed;
  let args: unknown = argsText;
  try {
    args = argsText === '' ? {} : (JSON.parse(argsText) as unknown);
  } catch {
    // Keep the raw text: a policy on arguments then sees a string, which matches nothing specific.
  }
  const event = makeEvent(base, deps.now(), 'chat.tool_call', [{ text: argsText, provenance: 'model', label: `tool_call:${name}` }], { kind: 'tool', id: name }, args);
  const v = await deps.engine.inspect(event);
  if (v.decision === 'block' || v.decision === 'hold') throw new Refused(v);
  if (v.decision === 'redact') return v.parts?.[0]?.text ?? argsText;
  return argsText;
}

// ---------------------------------------------------------------------------------------------
// Upstream

export function upstreamHeaders(provider: ResolvedProvider, request: FastifyRequest, accept: string): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json', accept, 'user-agent': 'pavise/0.1' };
  if (provider.type === 'openai') {
    if (provider.apiKey) h.authorization = `Bearer ${provider.apiKey}`;
  } else {
    if (provider.apiKey) h['x-api-key'] = provider.apiKey;
    const version = request.headers['anthropic-version'];
    h['anthropic-version'] = typeof version === 'string' && /^[0-9-]{1,32}$/.test(version) ? version : '2023-06-01';
    const beta = request.headers['anthropic-beta'];
    if (typeof beta === 'string' && /^[A-Za-z0-9_,. -]{1,512}$/.test(beta)) h['anthropic-beta'] = beta;
  }
  return h;
}

/**
 * Closed set of upstream failure kinds (a metric label): transport failures, and answers that
 * mean the upstream (not the caller) is unwell or misconfigured.
 */
export type UpstreamErrorKind = 'timeout' | 'connect' | 'status_5xx' | 'rate_limited' | 'auth';

function failureKind(err: unknown): UpstreamErrorKind {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'PAVISE_UPSTREAM_TIMEOUT') return 'timeout';
  return 'connect';
}

function statusKind(status: number): UpstreamErrorKind | undefined {
  if (status >= 500) return 'status_5xx';
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return 'auth';
  return undefined;
}

export async function callUpstream(
  provider: ResolvedProvider,
  path: string,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal,
  onError?: (upstream: string, kind: UpstreamErrorKind) => void,
): Promise<Dispatcher.ResponseData> {
  let res: Dispatcher.ResponseData;
  try {
    res = await undiciRequest(provider.baseUrl + path, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
      headersTimeout: provider.timeoutMs,
      bodyTimeout: provider.timeoutMs,
      signal,
    });
  } catch (err) {
    // A call the client abandoned is not the upstream's failure.
    if (!signal.aborted) onError?.(provider.name, failureKind(err));
    throw upstreamFailure(err);
  }
  const kind = statusKind(res.statusCode);
  if (kind !== undefined) onError?.(provider.name, kind);
  return res;
}

/** An upstream answer read in full (non-streaming calls). */
export interface BufferedResponse {
  readonly statusCode: number;
  readonly contentType: string | undefined;
  readonly body: Buffer;
}

// `origin` and `path` per upstream URL, parsed once (undici's `request(url)` parses it per call).
const targets = new Map<string, { origin: string; path: string } | Error>();

function targetOf(url: string): { origin: string; path: string } | Error {
  let t = targets.get(url);
  if (t === undefined) {
    try {
      const u = new URL(url);
      t = u.protocol === 'http:' || u.protocol === 'https:' ? { origin: u.origin, path: u.search ? `${u.pathname}${u.search}` : u.pathname } : new Error('the URL must start with http: or https:');
    } catch (err) {
      t = err instanceof Error ? err : new Error('invalid URL');
    }
    if (targets.size >= 256) targets.clear();
    targets.set(url, t);
  }
  return t;
}

/**
 * callUpstream + readUpstream in one, for non-streaming calls: the answer is collected by a
 * dispatch handler straight into a Buffer (no Readable, no async iterator, no AbortController),
 * with the same timeouts, byte cap, error mapping and failure reports. The call is aborted when
 * `client` (the caller's response) closes before it finished. Transport failures and 5xx/429/401/
 * 403 answers are reported to `onError`; body read errors are not (as with readUpstream).
 */
export function requestBuffered(
  provider: ResolvedProvider,
  path: string,
  headers: Record<string, string>,
  body: string | Buffer,
  client: ServerResponse,
  limit: number,
  onError?: (upstream: string, kind: UpstreamErrorKind) => void,
): Promise<BufferedResponse> {
  return new Promise<BufferedResponse>((resolve, reject) => {
    const target = targetOf(provider.baseUrl + path);
    if (target instanceof Error) {
      onError?.(provider.name, 'connect');
      reject(upstreamFailure(target));
      return;
    }
    let controller: Dispatcher.DispatchController | undefined;
    let gone = false;
    let settled = false;
    let statusCode = 0;
    let contentType: string | undefined;
    let chunks: Buffer[] = [];
    let size = 0;
    const onClose = (): void => {
      // 'close' fires on completion too; only an unfinished response means the caller went away.
      if (client.writableFinished || settled) return;
      gone = true;
      controller?.abort(new PaviseError('PAVISE_UPSTREAM_ERROR', 'the client went away'));
    };
    const done = (err: PaviseError | undefined): void => {
      if (settled) return;
      settled = true;
      client.removeListener('close', onClose);
      if (err) reject(err);
      // One chunk (a small answer) is handed on as is: concat would copy it.
      else resolve({ statusCode, contentType, body: chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, size) });
      chunks = [];
    };
    // `on`, not `once` (no wrapper per call): `done` removes it, and onClose is idempotent.
    client.on('close', onClose);
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        if (gone) c.abort(new PaviseError('PAVISE_UPSTREAM_ERROR', 'the client went away'));
      },
      onResponseStart(_c, status, h) {
        if (status < 200) return; // 1xx informational: the real answer follows
        statusCode = status;
        const ct = h['content-type'];
        contentType = Array.isArray(ct) ? ct[0] : ct;
        const kind = statusKind(status);
        if (kind !== undefined) onError?.(provider.name, kind);
      },
      onResponseData(c, chunk) {
        if (settled) return;
        size += chunk.length;
        if (size > limit) {
          done(new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream response too large'));
          c.abort(new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream response too large'));
          return;
        }
        chunks.push(chunk);
      },
      onResponseEnd() {
        done(undefined);
      },
      onResponseError(_c, err) {
        // Before the status line it is a transport failure (reported unless the caller left);
        // after it, a body read error (not reported, as readUpstream).
        if (statusCode === 0 && !gone) onError?.(provider.name, failureKind(err));
        done(upstreamFailure(err));
      },
    };
    try {
      getGlobalDispatcher().dispatch(
        { origin: target.origin, path: target.path, method: 'POST', headers, body, headersTimeout: provider.timeoutMs, bodyTimeout: provider.timeoutMs },
        handler,
      );
    } catch (err) {
      if (!gone) onError?.(provider.name, failureKind(err));
      done(upstreamFailure(err));
    }
  });
}

export function upstreamFailure(err: unknown): PaviseError {
  if (err instanceof PaviseError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new PaviseError('PAVISE_UPSTREAM_TIMEOUT');
  }
  return new PaviseError('PAVISE_UPSTREAM_ERROR', typeof code === 'string' ? code : undefined);
}

/** Read an upstream body in full, refusing more than `limit` bytes. */
export async function readUpstream(body: Dispatcher.ResponseData['body'], limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of body) {
      const b = c as Buffer;
      size += b.length;
      if (size > limit) {
        body.destroy();
        throw new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream response too large');
      }
      chunks.push(b);
    }
  } catch (err) {
    throw upstreamFailure(err);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Pass an upstream error response through: JSON as is, anything else wrapped in our shape.
 * `secrets` (the provider key) are cut out first: upstreams echo the key they were given in
 * "invalid API key" errors, and it must never reach the caller.
 */
export function passUpstreamError(reply: FastifyReply, style: Style, status: number, raw: Buffer, contentType: string | undefined, secrets: readonly string[] = []): FastifyReply {
  const safeStatus = status >= 400 && status <= 599 ? status : 502;
  // Only a real error status passes its JSON through; a 3xx (redirect) becomes our own 502.
  if (safeStatus === status && contentType?.includes('json')) {
    try {
      let text = raw.toString('utf8');
      for (const s of secrets) if (s.length >= 8) text = text.split(s).join('[REDACTED]');
      const parsed = JSON.parse(text) as unknown;
      if (parsed !== null && typeof parsed === 'object') return reply.code(safeStatus).type('application/json').send(parsed);
    } catch {
      // fall through: not JSON after all
    }
  }
  return reply.code(safeStatus).type('application/json').send(errorBody(style, 'PAVISE_UPSTREAM_ERROR', `upstream answered ${status}`));
}

export function contentTypeOf(headers: Dispatcher.ResponseData['headers']): string | undefined {
  const v = headers['content-type'];
  return Array.isArray(v) ? v[0] : v;
}

/** Abort the upstream call when the client goes away. */
export function abortOnClose(reply: FastifyReply): AbortController {
  const ac = new AbortController();
  // The response's 'close' fires on completion too; only an unfinished response means the
  // client went away.
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) ac.abort();
  });
  return ac;
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

// ---------------------------------------------------------------------------------------------
// The chat request shape and the forwarding tail both APIs share

/** Checks common to `/v1/chat/completions` and `/v1/messages`: a JSON object with a model, a
 * `messages` array and, if present, a boolean `stream`. */
export function chatBody(body: unknown): { body: Record<string, unknown>; model: string } {
  if (!isObject(body)) throw new PaviseError('PAVISE_BAD_REQUEST', 'the body must be a JSON object');
  const model = body.model;
  if (typeof model !== 'string' || model.length === 0 || model.length > 256) throw new PaviseError('PAVISE_BAD_REQUEST', '`model` must be a string');
  if (!Array.isArray(body.messages)) throw new PaviseError('PAVISE_BAD_REQUEST', '`messages` must be an array');
  // A non-boolean `stream` would let the upstream stream while we expect JSON (or the reverse).
  if (body.stream !== undefined && typeof body.stream !== 'boolean') throw new PaviseError('PAVISE_BAD_REQUEST', '`stream` must be a boolean');
  return { body, model };
}

/**
 * Send the (already inspected) body upstream and hand the answer on: an upstream error in the
 * provider's shape, an SSE stream to `onStream`, or a parsed JSON object to `onPlain`. `raw`
 * (rawBodyOf, only for a body nothing changed) is sent instead of re-serialising `body` on a
 * non-streamed call (a stream still serialises: its token estimate counts characters).
 */
export async function forwardChat(
  deps: GatewayDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  provider: ResolvedProvider,
  style: Style,
  path: string,
  body: Record<string, unknown>,
  raw: Buffer | undefined,
  onStream: (up: Dispatcher.ResponseData, ac: AbortController, payloadChars: number) => Promise<void>,
  onPlain: (json: Record<string, unknown>, status: number) => Promise<unknown>,
  input?: Verdict,
): Promise<unknown> {
  // `input` was recorded until 'written' (Engine.durable): the request goes upstream now, and
  // every answer below waits for the record's durability first (onPlain at its own send points).
  try {
    if (body.stream !== true) return await forwardPlain(deps, request, reply, provider, style, path, raw ?? JSON.stringify(body), onPlain, input);
    const payload = JSON.stringify(body);
    const ac = abortOnClose(reply);
    const up = await callUpstream(provider, path, 'POST', upstreamHeaders(provider, request, 'text/event-stream'), payload, ac.signal, deps.onUpstreamError);
    const ct = contentTypeOf(up.headers);
    // INVARIANT: redirects are never followed (undici does not) nor passed on: a 3xx is an upstream error.
    if (up.statusCode >= 300) {
      const text = await readUpstream(up.body, deps.maxUpstreamBytes);
      await auditDurable(deps, input);
      return passUpstreamError(reply, style, up.statusCode, text, ct, [provider.apiKey]);
    }
    if (ct?.includes('text/event-stream')) {
      // INVARIANT: no byte of the stream (not even its headers) before the input record is durable.
      try {
        await auditDurable(deps, input);
      } catch (err) {
        up.body.destroy();
        throw err;
      }
      await onStream(up, ac, payload.length);
      return reply;
    }
    // A stream was asked for but the upstream answered with JSON: handled as a plain answer.
    return await onPlain(upstreamJson(await readUpstream(up.body, deps.maxUpstreamBytes)), up.statusCode);
  } catch (err) {
    // An error answer (upstream down, invalid answer) waits for the record too; a lost record
    // turns it into PAVISE_AUDIT_UNAVAILABLE.
    await auditDurable(deps, input);
    throw err;
  }
}

/**
 * Waits until the request's records returned written (`input`, see Engine.durable) are durable;
 * call it just before answering. Throws PAVISE_AUDIT_UNAVAILABLE (503) when one was lost.
 */
export async function auditDurable(deps: GatewayDeps, input: Verdict | undefined): Promise<void> {
  const lost = await deps.engine.durable(input);
  if (lost) throw new PaviseError('PAVISE_AUDIT_UNAVAILABLE', lost.message);
}

/** An upstream answer body that must be a JSON object. */
function upstreamJson(raw: Buffer): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream answered with invalid JSON');
  }
  if (!isObject(json)) throw new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream answered with a non-object');
  return json;
}

/** The non-streaming half of forwardChat: one buffered upstream call (requestBuffered). */
async function forwardPlain(
  deps: GatewayDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  provider: ResolvedProvider,
  style: Style,
  path: string,
  payload: string | Buffer,
  onPlain: (json: Record<string, unknown>, status: number) => Promise<unknown>,
  input: Verdict | undefined,
): Promise<unknown> {
  const up = await requestBuffered(provider, path, upstreamHeaders(provider, request, 'application/json'), payload, reply.raw, deps.maxUpstreamBytes, deps.onUpstreamError);
  // INVARIANT: redirects are never followed (undici does not) nor passed on: a 3xx is an upstream error.
  if (up.statusCode >= 300) {
    await auditDurable(deps, input);
    return passUpstreamError(reply, style, up.statusCode, up.body, up.contentType, [provider.apiKey]);
  }
  return onPlain(upstreamJson(up.body), up.statusCode);
}
