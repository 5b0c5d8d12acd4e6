// The MCP gateway's HTTP surface: every configured MCP server at `/mcp/<server>` over streamable
// HTTP (MCP spec 2025-03-26+), authenticated with Pavise keys on every request. A session is
// created by an `initialize` POST and bound to the principal that created it; a request that
// presents the session id with another principal's credentials is answered as if the session did
// not exist (404), so session ids are not capabilities on their own.
//
// Misses: resumability (no event store: a dropped SSE stream loses its in-flight notifications);
// DNS-rebinding checks are the HTTP server's job (src/surfaces/http.ts).
// Cost: one authentication per HTTP request plus the proxy's costs (proxy.ts). A POST with one
// JSON-RPC request on a session skips the SDK's Node↔web adapter (transport.ts) and its answer
// leaves in one socket write; the other POSTs go through the SDK (coalescedWrites). Bounded: at most
// `maxSessions` live sessions; sessions idle longer than `idleMs` are closed.
// Failure mode: unauthenticated -> 401, unknown server or session -> 404, too many sessions ->
// 503, each with a JSON-RPC error body whose message starts with the `pavise_…` code. So do the
// refusals of the body parser (malformed JSON, too large, too deep, wrong content type) and of
// the MCP SDK's transport (not acceptable, bad protocol version, invalid JSON-RPC, oversized
// batch, conflicting stream): `codedRefusals` rewrites the SDK's error bodies, and `codedRpc`
// the JSON-RPC errors the SDK's Server answers itself (unknown method, invalid params), so that
// every refusal a client sees is coded and none echoes internal error text.

import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { ErrorCode as RpcErrorCode, isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../engine/errors.js';
import { ERRORS, PaviseError } from '../../engine/errors.js';
import type { Principal } from '../../engine/types.js';
import { authenticate } from '../../identity/index.js';
import type { ApprovalStore } from '../../policy/approvals.js';
import type { Runtime } from '../../runtime.js';
import type { McpGatewayOptions } from './gateway.js';
import { McpGateway } from './gateway.js';
import { McpSessionTransport } from './transport.js';

export { McpGateway } from './gateway.js';
export type { McpGatewayOptions, ServerStatus } from './gateway.js';
export { PinStore, definitionHash, pinnedDefinition } from './pins.js';
export { runWrap } from './wrap.js';
export { toolFilterFrom } from './proxy.js';
import { toolFilterFrom } from './proxy.js';

/**
 * For `pavise serve` (SERVE_PLUGINS in src/cli/commands/serve.ts): the MCP routes with the
 * runtime's identity and the approvals table of its data dir. Pass `toolVisible` (e.g.
 * `toolFilterFrom(cedarAuthorizer)`) for per-tool listing; without it, listing is per server.
 */
export function mcpPlugin(extra: { toolVisible?: McpGatewayOptions['toolVisible'] } = {}): (app: FastifyInstance, runtime: Runtime) => Promise<void> {
  return (app, runtime) => {
    const toolVisible = extra.toolVisible ?? (runtime.authorizer ? toolFilterFrom(runtime.authorizer) : undefined);
    registerMcpRoutes(app, runtime, {
      authenticate: (req) => authenticate(runtime, req),
      approvals: runtime.approvals,
      // The runtime's logger: upstream failures and withheld definitions reach the operator.
      options: { log: runtime.logger, ...(toolVisible ? { toolVisible } : {}) },
    });
    return Promise.resolve();
  };
}

export interface McpRouteDeps {
  authenticate(req: FastifyRequest): Promise<Principal | undefined>;
  readonly approvals?: ApprovalStore;
  /** Use this gateway instead of creating one (it is then not stopped on app close). */
  readonly gateway?: McpGateway;
  readonly options?: Omit<McpGatewayOptions, 'approvals'>;
  readonly maxSessions?: number;
  readonly idleMs?: number;
}

interface Session {
  readonly transport: McpSessionTransport;
  readonly server: string;
  readonly principalId: string;
  lastSeen: number;
}

function rpcError(reply: FastifyReply, status: number, code: ErrorCode, detail?: string): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'application/json')
    .send({ jsonrpc: '2.0', error: { code: -32000, message: `${code.toLowerCase()}: ${detail ?? ERRORS[code].message}`, data: { code: code.toLowerCase() } }, id: null });
}

function codeForStatus(status: number): ErrorCode {
  if (status === 404) return 'PAVISE_NOT_FOUND';
  if (status === 413) return 'PAVISE_BODY_TOO_LARGE';
  if (status === 415) return 'PAVISE_UNSUPPORTED_MEDIA_TYPE';
  if (status === 503) return 'PAVISE_OVERLOADED';
  return status < 500 ? 'PAVISE_BAD_REQUEST' : 'PAVISE_INTERNAL';
}

const MAX_REFUSAL_BYTES = 16 * 1024;

/**
 * Rewrite an error response the SDK's transport writes itself (writeHead(status >= 400), the
 * JSON-RPC error body, end) so its message starts with the `pavise_…` code. Only the SDK's own
 * short message text is kept (cut at 200 characters); its `data` (which can hold exception text)
 * is dropped. INVARIANT: the SDK sends error responses whole (no streaming); a body over 16 KiB
 * or one that is not a JSON-RPC error is passed through unchanged.
 */
function codedRefusals(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let held: { status: number; headers: Record<string, unknown> } | undefined;
  let chunks: Buffer[] = [];
  let size = 0;
  const flush = (): void => {
    if (!held) return;
    const h = held;
    held = undefined;
    writeHead(h.status, h.headers as Parameters<typeof writeHead>[1]);
    for (const c of chunks) write(c);
    chunks = [];
  };
  res.writeHead = (status: number, ...rest: unknown[]): ServerResponse => {
    if (status < 400) return (writeHead as (...a: unknown[]) => ServerResponse)(status, ...rest);
    const last = rest[rest.length - 1];
    held = { status, headers: last !== null && typeof last === 'object' && !Array.isArray(last) ? { ...(last as Record<string, unknown>) } : {} };
    return res;
  };
  res.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    if (!held) return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.alloc(0);
    chunks.push(b);
    size += b.length;
    if (size > MAX_REFUSAL_BYTES) flush();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]): ServerResponse => {
    if (!held) return (end as (...a: unknown[]) => ServerResponse)(chunk, ...rest);
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    const h = held;
    held = undefined;
    let body: string | undefined;
    try {
      const j = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { jsonrpc?: unknown; error?: { code?: unknown; message?: unknown }; id?: unknown };
      if (j.jsonrpc === '2.0' && j.error && typeof j.error.message === 'string') body = JSON.stringify(codedError(j.error.message, typeof j.error.code === 'number' ? j.error.code : -32000, codeForStatus(h.status), j.id ?? null));
    } catch {
      body = undefined;
    }
    if (body === undefined) {
      held = h;
      flush();
      return end();
    }
    const headers: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(h.headers)) if (k.toLowerCase() !== 'content-length' && k.toLowerCase() !== 'transfer-encoding') headers[k] = v;
    headers['content-length'] = Buffer.byteLength(body);
    writeHead(h.status, headers as Parameters<typeof writeHead>[1]);
    return end(body);
  }) as typeof res.end;
}

/** Longest a POST answer's headers wait for its first body bytes (see coalescedWrites). */
const HEADER_HOLD_MS = 1000;

/**
 * Fewer writes per answer on the hot path. The SDK's transport answers a POST with an SSE stream:
 * its Node adapter flushes the headers at once (one socket write), then writes the event (a
 * second) and ends the chunked body (a third). On loopback each write is a syscall that also runs
 * the receiver's TCP path, ≈ 0.1-0.3 ms CPU apiece in the profile. Here the headers of a POST
 * answer go out with its first event (or after HEADER_HOLD_MS, so a call waiting for a human
 * still gets its headers well before a client's header timeout), and body writes are corked until
 * the end of the current event-loop turn, so an event followed at once by the end of the stream
 * (every single answer) leaves in one write. Nothing is reordered or held past one turn; a
 * progress notification leaves on the turn it was written.
 * INVARIANT: Node's `end()` uncorks the response fully, so a corked answer is never left behind.
 */
export function coalescedWrites(res: ServerResponse): void {
  const flush = res.flushHeaders.bind(res);
  let hold: NodeJS.Timeout | undefined;
  const release = (): void => {
    if (hold) clearTimeout(hold);
    hold = undefined;
  };
  // `headersSent` is already true after writeHead (headers rendered, not yet on the wire), so
  // whether bytes went out is tracked here.
  let wrote = false;
  res.flushHeaders = (): void => {
    if (wrote || hold) return;
    hold = setTimeout(() => {
      hold = undefined;
      if (!wrote && !res.writableEnded && !res.destroyed) flush();
    }, HEADER_HOLD_MS);
    hold.unref();
  };
  const write = res.write.bind(res);
  let corked = false;
  res.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    wrote = true;
    release();
    if (!corked && !res.writableEnded) {
      corked = true;
      res.cork();
      setImmediate(() => {
        corked = false;
        if (!res.writableEnded && !res.destroyed) res.uncork();
      });
    }
    return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof res.write;
  res.once('close', release);
}

function codedError(message: string, rpcCode: number, code: ErrorCode, id: unknown): { jsonrpc: '2.0'; error: { code: number; message: string; data: { code: string } }; id: unknown } {
  const lower = code.toLowerCase();
  const text = message.startsWith('pavise_') ? message : `${lower}: ${message.slice(0, 200)}`;
  return { jsonrpc: '2.0', error: { code: rpcCode, message: text, data: { code: text.slice(0, text.indexOf(':')) } }, id };
}

/**
 * JSON-RPC errors that the SDK's Server produces itself (unknown method, parameters that fail its
 * schema, an unexpected exception) carry no `pavise_…` code and may hold exception text. Ours
 * already start with the code and pass unchanged; the others get a code and a fixed message.
 */
function codedRpc(msg: JSONRPCMessage): JSONRPCMessage {
  if (!('error' in msg)) return msg;
  // An McpError thrown by our handlers reaches the wire as "MCP error <n>: pavise_…": the code
  // goes first, as the contract says.
  const own = msg.error.message.replace(/^MCP error -?\d+: /, '');
  if (own.startsWith('pavise_')) return own === msg.error.message ? msg : { ...msg, error: { ...msg.error, message: own } };
  const c = msg.error.code;
  const [code, text]: [ErrorCode, string] =
    c === (RpcErrorCode.MethodNotFound as number)
      ? ['PAVISE_NOT_FOUND', 'method not found']
      : c === (RpcErrorCode.InvalidParams as number) || c === (RpcErrorCode.InvalidRequest as number) || c === (RpcErrorCode.ParseError as number) || msg.error.message.startsWith('[')
        ? // A ZodError's message is its JSON issue list: the request did not match the schema.
          ['PAVISE_BAD_REQUEST', `invalid request (JSON-RPC ${c})`]
        : ['PAVISE_INTERNAL', `${ERRORS.PAVISE_INTERNAL.message} (JSON-RPC ${c})`];
  return { ...msg, error: { code: c, message: `${code.toLowerCase()}: ${text}`, data: { code: code.toLowerCase() } } };
}

/** Mount `/mcp/:server`; returns the gateway (started; stopped when the app closes). */
export function registerMcpRoutes(app: FastifyInstance, runtime: Runtime, deps: McpRouteDeps): McpGateway {
  const gateway = deps.gateway ?? new McpGateway(runtime, { ...deps.options, ...(deps.approvals ? { approvals: deps.approvals } : {}) });
  const sessions = new Map<string, Session>();
  const maxSessions = deps.maxSessions ?? 1000;
  const idleMs = deps.idleMs ?? 30 * 60 * 1000;
  gateway.start();

  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [id, s] of sessions) {
      if (now - s.lastSeen > idleMs) {
        sessions.delete(id);
        void s.transport.close().catch(() => undefined);
      }
    }
  }, Math.min(60_000, idleMs));
  sweep.unref();

  app.addHook('onClose', async () => {
    clearInterval(sweep);
    for (const s of sessions.values()) await s.transport.close().catch(() => undefined);
    sessions.clear();
    if (!deps.gateway) await gateway.stop();
  });

  const handler = async (req: FastifyRequest<{ Params: { server: string } }>, reply: FastifyReply): Promise<void> => {
    const name = req.params.server;
    if (!gateway.has(name)) {
      await rpcError(reply, 404, 'PAVISE_NOT_FOUND', 'no such MCP server');
      return;
    }
    let principal: Principal | undefined;
    try {
      principal = await deps.authenticate(req);
    } catch {
      principal = undefined;
    }
    if (!principal) {
      await rpcError(reply.header('www-authenticate', 'Bearer'), 401, 'PAVISE_UNAUTHENTICATED');
      return;
    }
    const sidHeader = req.headers['mcp-session-id'];
    const sid = Array.isArray(sidHeader) ? sidHeader[0] : sidHeader;
    if (sid !== undefined) {
      const s = sessions.get(sid);
      // INVARIANT: a session answers only its creator on its own server.
      if (!s || s.server !== name || s.principalId !== principal.id) {
        await rpcError(reply, 404, 'PAVISE_NOT_FOUND', 'no such MCP session');
        return;
      }
      s.lastSeen = Date.now();
      reply.hijack();
      // The hot path (one JSON-RPC request on this session) skips the SDK's web adapter.
      if (req.method === 'POST' && s.transport.handlePost(req.raw, reply.raw, req.body)) return;
      codedRefusals(reply.raw);
      if (req.method === 'POST') coalescedWrites(reply.raw);
      await s.transport.sdk.handleRequest(req.raw, reply.raw, req.body);
      return;
    }
    if (req.method !== 'POST' || !isInitializeRequest(req.body)) {
      await rpcError(reply, 400, 'PAVISE_BAD_REQUEST', 'missing MCP session id (send initialize first)');
      return;
    }
    if (sessions.size >= maxSessions) {
      await rpcError(reply, 503, 'PAVISE_OVERLOADED', 'too many MCP sessions');
      return;
    }
    const owner = principal.id;
    const transport = new McpSessionTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, server: name, principalId: owner, lastSeen: Date.now() });
      },
      onsessionclosed: (id) => {
        sessions.delete(id);
      },
    });
    const server = await gateway.createSession(name, principal, () => transport.sessionId);
    await server.connect(transport);
    // Direct-path requests skip the Protocol's three message guards (see bindDispatch).
    transport.bindDispatch(server);
    // The Server sends through the transport it holds: wrapping `send` codes its own errors.
    const send = transport.send.bind(transport);
    transport.send = (msg, options) => send(codedRpc(msg), options);
    const onclose = server.onclose;
    server.onclose = () => {
      onclose?.();
      const id = transport.sessionId;
      if (id !== undefined) sessions.delete(id);
    };
    reply.hijack();
    codedRefusals(reply.raw);
    await transport.sdk.handleRequest(req.raw, reply.raw, req.body);
  };

  // Own scope: refusals of the body parser (bad JSON, too large, too deep, wrong content type)
  // answer in JSON-RPC shape with their code, like every other refusal on these routes.
  void app.register((scope, _opts, done) => {
    scope.setErrorHandler((err: unknown, _req, reply) => {
      if (err instanceof PaviseError) return rpcError(reply, err.status, err.code, err.message.slice(0, 300));
      const status = typeof err === 'object' && err !== null && 'statusCode' in err && typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500;
      return rpcError(reply, status, codeForStatus(status));
    });
    scope.post('/mcp/:server', handler);
    scope.get('/mcp/:server', handler);
    scope.delete('/mcp/:server', handler);
    done();
  });
  return gateway;
}
