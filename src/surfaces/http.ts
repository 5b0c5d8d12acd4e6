// The HTTP surface of `pavise serve`: a fastify app built from a Runtime, testable in-process
// with `app.inject` (ENGINEERING.md habit 3); the socket is only `app.listen`.
//
// Routes: `GET /healthz` (no auth), `GET /v1/models`, `POST /v1/chat/completions` (openai.ts),
// `POST /v1/messages` (anthropic.ts). Other surfaces (the MCP gateway, the console) plug in
// through `plugins`, in their own encapsulated scope, sharing the body parser and error shapes.
//
// Order for every /v1 request (onRequest hook, before the body is read): concurrency cap ->
// authentication -> per-key rate limit. Then the JSON body is read with the byte cap enforced on
// the wire and after decompression, its depth checked by a linear scan, and only then parsed.
//
// Every request, on every surface, is counted in `pavise_http_requests_total` and timed in
// `pavise_http_request_duration_seconds` by route pattern, and gets a span when tracing is on.
// Misses: no TLS (terminate in front); per-process rate limits (see limits.ts).
// Cost: O(body) before any handler runs.
// Failure mode: every refusal is a 4xx/5xx with a `pavise_…` code in the caller's provider shape
// (Anthropic shape on /v1/messages, OpenAI shape elsewhere). Unexpected errors are logged with
// their name only and answered 500 PAVISE_INTERNAL; no secret or credential is logged.

import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { ErrorCode } from '../engine/errors.js';
import { ERRORS, PaviseError } from '../engine/errors.js';
import { authenticate, authenticateNow } from '../identity/index.js';
import type { HttpSpan } from '../monitor/tracing.js';
import type { Principal } from '../engine/types.js';
import type { Runtime } from '../runtime.js';
import { usesPlaceholders } from '../detect/redact.js';
import { registerAnthropicRoutes } from './anthropic.js';
import type { GatewayDeps, Style } from './gateway.js';
import { callUpstream, errorBody, isObject, providersOf, readUpstream, sendError, setPrincipal, setRawBody, upstreamHeaders } from './gateway.js';
import { RateLimiter, parseJsonCounted, readBodyThen } from './limits.js';
import { registerOpenAiRoutes } from './openai.js';

/** A surface that adds its own routes (e.g. H7's MCP gateway under `/mcp/<server>`). */
export type GatewayPlugin = (app: FastifyInstance, runtime: Runtime) => Promise<void>;

export interface ServerOptions {
  /** fastify/pino logger options; off by default (tests). `pavise serve` turns it on. */
  readonly logger?: FastifyServerOptions['logger'];
  readonly plugins?: readonly GatewayPlugin[];
  readonly now?: () => number;
  /** Largest non-streamed upstream body (default 32 MiB). */
  readonly maxUpstreamBytes?: number;
}

function styleOf(url: string): Style {
  return url.startsWith('/v1/messages') ? 'anthropic' : 'openai';
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 404:
      return 'PAVISE_NOT_FOUND';
    case 413:
      return 'PAVISE_BODY_TOO_LARGE';
    case 415:
      return 'PAVISE_UNSUPPORTED_MEDIA_TYPE';
    case 431:
      return 'PAVISE_HEADERS_TOO_LARGE';
    case 503:
      return 'PAVISE_OVERLOADED';
    default:
      return status >= 400 && status < 500 ? 'PAVISE_BAD_REQUEST' : 'PAVISE_INTERNAL';
  }
}

/**
 * Socket-level refusals (malformed framing, smuggling attempts, oversized headers, slow clients)
 * never reach a route; Node's parser rejects them and we answer in the OpenAI error shape with a
 * `pavise_…` code, then close. INVARIANT: nothing from the request is echoed (it may be hostile).
 */
function clientErrorHandler(this: FastifyInstance, err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'PAVISE_REQUEST_TIMEOUT' : err.code === 'HPE_HEADER_OVERFLOW' ? 'PAVISE_HEADERS_TOO_LARGE' : 'PAVISE_BAD_REQUEST';
  const status = ERRORS[code].status;
  const body = JSON.stringify(errorBody('openai', code, ERRORS[code].message));
  this.log.debug({ code, parser: typeof err.code === 'string' ? err.code.slice(0, 64) : undefined }, 'client error');
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

export function createServer(runtime: Runtime, opts: ServerOptions = {}): FastifyInstance {
  const cfg = runtime.config.server;
  // Slowloris bound: Node checks these timeouts on a timer (default every 30 s), so the interval
  // is shortened to keep the effective bound close to the configured one.
  const headersTimeout = Math.min(cfg.headersTimeoutMs, cfg.requestTimeoutMs);
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: cfg.bodyLimit,
    requestTimeout: cfg.requestTimeoutMs,
    routerOptions: { maxParamLength: 256 },
    return503OnClosing: true,
    forceCloseConnections: true,
    clientErrorHandler,
    http: {
      maxHeaderSize: cfg.maxHeaderBytes,
      requestTimeout: cfg.requestTimeoutMs,
      headersTimeout,
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
  });
  app.server.maxConnections = cfg.maxConnections;
  const now = opts.now ?? Date.now;
  const deps: GatewayDeps = {
    engine: runtime.engine,
    config: runtime.config,
    limiter: new RateLimiter({ requestsPerMinute: runtime.config.limits.requestsPerMinute, tokensPerMinute: runtime.config.limits.tokensPerMinute, now }),
    now,
    maxUpstreamBytes: opts.maxUpstreamBytes ?? 32 * 1024 * 1024,
    onUpstreamError: (upstream, kind) => runtime.metrics.upstreamErrors.inc({ upstream, kind }),
    ...(usesPlaceholders(runtime.config.redaction) ? { pseudonymizer: runtime.redactor.pseudonymizer } : {}),
  };

  // Request metrics for every route of every surface (plugins inherit root hooks). The label is
  // the route pattern (`/mcp/:server`), never the raw URL, so cardinality stays bounded; requests
  // that match no route (404s, parser refusals before routing) share `unmatched`. onResponse
  // fires after the last byte, so streams are timed to their end.
  const tracing = runtime.tracing;
  const spans = new WeakMap<FastifyRequest, HttpSpan>();
  if (tracing) {
    app.addHook('onRequest', (request, _reply, done) => {
      spans.set(request, tracing.startHttp(request.method, request.routeOptions.url ?? 'unmatched'));
      done();
    });
  }
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    runtime.metrics.httpRequest(route, reply.statusCode, reply.elapsedTime / 1000);
    spans.get(request)?.end(reply.statusCode);
    done();
  });

  // Our own JSON parser: byte cap after decompression, depth check before JSON.parse.
  app.removeAllContentTypeParsers();
  // Callback style, not async: no promise per request for an identity-encoded body.
  app.addContentTypeParser('application/json', (request: FastifyRequest, payload: NodeJS.ReadableStream, done: (err: Error | null, body?: unknown) => void) => {
    const enc = request.headers['content-encoding'];
    readBodyThen(payload as Readable, typeof enc === 'string' ? enc : undefined, cfg.bodyLimit, (err, buf) => {
      if (buf === undefined) {
        done(err ?? new PaviseError('PAVISE_BAD_REQUEST', 'the body could not be read or decoded'));
        return;
      }
      let body: unknown;
      try {
        const parsed = parseJsonCounted(buf, cfg.maxJsonDepth);
        body = parsed.value;
        setRawBody(request, buf, parsed.members);
      } catch (e) {
        done(e instanceof Error ? e : new PaviseError('PAVISE_BAD_REQUEST', 'the body is not valid JSON'));
        return;
      }
      // Outside the try: a throw from the route would otherwise be reported as a body error.
      done(null, body);
    });
  });

  app.setErrorHandler((err: unknown, request, reply) => {
    const style = styleOf(request.url);
    if (err instanceof PaviseError) {
      if (err.status >= 500) request.log.warn({ code: err.code }, 'request failed');
      return sendError(reply, style, err.code, err.message);
    }
    const status = isObject(err) && typeof err.statusCode === 'number' ? err.statusCode : 500;
    const code = codeForStatus(status);
    if (code === 'PAVISE_INTERNAL') request.log.error({ err: { name: err instanceof Error ? err.name : 'error' } }, 'internal error');
    return sendError(reply, style, code, ERRORS[code].message);
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, styleOf(request.url), 'PAVISE_NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0]?.slice(0, 128) ?? ''}`));

  app.get('/healthz', (_request, reply) => reply.send({ status: 'ok' }));

  let inflight = 0;
  const release = (): void => {
    inflight--;
  };
  // Anthropic clients send `x-api-key`; OpenAI clients `Authorization: Bearer`.
  const withApiKeyHeader = { allowApiKeyHeader: true };
  const bearerOnly = { allowApiKeyHeader: false };
  void app.register((v1, _opts, done) => {
    // Callback style, not async: an API key is checked synchronously, so the common path costs
    // no promise; only a JWT (asynchronous signature check) goes through `authenticate`.
    // A refusal is sent from the hook without calling `next` (fastify's early response); an
    // authentication failure is passed to `next` and answered by the error handler.
    v1.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, next: (err?: Error) => void) => {
      const style = styleOf(request.url);
      if (inflight >= cfg.maxConcurrency) {
        void sendError(reply, style, 'PAVISE_OVERLOADED', undefined, 1);
        return;
      }
      inflight++;
      // `on`, not `once` (no wrapper per request): a response emits 'close' once.
      reply.raw.on('close', release);
      const admit = (principal: Principal): void => {
        let rate: ReturnType<typeof deps.limiter.take>;
        try {
          setPrincipal(request, principal);
          rate = deps.limiter.take(principal.id);
        } catch (err) {
          // Also reached from the JWT promise's callback: nothing may escape as an unhandled rejection.
          next(err instanceof Error ? err : new PaviseError('PAVISE_INTERNAL'));
          return;
        }
        if (!rate.ok) void sendError(reply, style, 'PAVISE_RATE_LIMITED', undefined, rate.retryAfterSeconds);
        else next();
      };
      const opts = style === 'anthropic' || request.url.startsWith('/v1/models') ? withApiKeyHeader : bearerOnly;
      let now: Principal | undefined;
      try {
        now = authenticateNow(runtime, request, opts);
      } catch (err) {
        next(err instanceof Error ? err : new PaviseError('PAVISE_UNAUTHENTICATED'));
        return;
      }
      if (now !== undefined) admit(now);
      else authenticate(runtime, request, opts).then(admit, (err: unknown) => next(err instanceof Error ? err : new PaviseError('PAVISE_UNAUTHENTICATED')));
    });
    v1.get('/v1/models', (request, reply) => listModels(deps, request, reply));
    registerOpenAiRoutes(v1, deps);
    registerAnthropicRoutes(v1, deps);
    done();
  });

  for (const plugin of opts.plugins ?? []) {
    void app.register(async (scope) => plugin(scope, runtime));
  }
  return app;
}

/** Configured models, plus the upstream's list for providers without a `models` list. */
async function listModels(deps: GatewayDeps, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const seen = new Map<string, string>();
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), 10_000);
  try {
    for (const p of providersOf(deps.config)) {
      if (p.models) {
        for (const m of p.models) if (!seen.has(m)) seen.set(m, p.name);
        continue;
      }
      try {
        const up = await callUpstream(p, p.type === 'openai' ? '/models' : '/v1/models', 'GET', upstreamHeaders(p, request, 'application/json'), undefined, ac.signal, deps.onUpstreamError);
        const raw = await readUpstream(up.body, 4 * 1024 * 1024);
        if (up.statusCode !== 200) continue;
        const json = JSON.parse(raw.toString('utf8')) as unknown;
        if (isObject(json) && Array.isArray(json.data)) {
          for (const d of json.data) if (isObject(d) && typeof d.id === 'string' && !seen.has(d.id)) seen.set(d.id, p.name);
        }
      } catch {
        // An unreachable upstream contributes nothing to the list; it is not an error here.
      }
    }
  } finally {
    clearTimeout(timer);
  }
  const ids = [...seen];
  if (typeof request.headers['anthropic-version'] === 'string') {
    return reply.send({
      data: ids.map(([id]) => ({ type: 'model', id, display_name: id, created_at: '1970-01-01T00:00:00Z' })),
      has_more: false,
      first_id: ids[0]?.[0] ?? null,
      last_id: ids[ids.length - 1]?.[0] ?? null,
    });
  }
  return reply.send({ object: 'list', data: ids.map(([id, owner]) => ({ id, object: 'model', created: 0, owned_by: owner })) });
}
