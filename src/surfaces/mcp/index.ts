// The MCP gateway's HTTP surface: every configured MCP server at `/mcp/<server>` over streamable
// HTTP (MCP spec 2025-03-26+), authenticated with Pavise keys on every request. A session is
// created by an `initialize` POST and bound to the principal that created it; a request that
// presents the session id with another principal's credentials is answered as if the session did
// not exist (404), so session ids are not capabilities on their own.
//
// Misses: resumability (no event store: a dropped SSE stream loses its in-flight notifications);
// DNS-rebinding checks are the HTTP server's job (src/surfaces/http.ts).
// Cost: one authentication per HTTP request plus the proxy's costs (proxy.ts). Bounded: at most
// `maxSessions` live sessions; sessions idle longer than `idleMs` are closed.
// Failure mode: unauthenticated -> 401, unknown server or session -> 404, too many sessions ->
// 503, each with a JSON-RPC error body whose message starts with the `pavise_…` code.

import { randomUUID } from 'node:crypto';
import type { StreamableHTTPServerTransport as TransportType } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../engine/errors.js';
import { ERRORS } from '../../engine/errors.js';
import type { Principal } from '../../engine/types.js';
import { authenticate } from '../../identity/index.js';
import type { ApprovalStore } from '../../policy/approvals.js';
import type { Runtime } from '../../runtime.js';
import type { McpGatewayOptions } from './gateway.js';
import { McpGateway } from './gateway.js';

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
  readonly transport: TransportType;
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
      await s.transport.handleRequest(req.raw, reply.raw, req.body);
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
    const transport: TransportType = new StreamableHTTPServerTransport({
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
    const onclose = server.onclose;
    server.onclose = () => {
      onclose?.();
      const id = transport.sessionId;
      if (id !== undefined) sessions.delete(id);
    };
    reply.hijack();
    await transport.handleRequest(req.raw, reply.raw, req.body);
  };

  app.post('/mcp/:server', handler);
  app.get('/mcp/:server', handler);
  app.delete('/mcp/:server', handler);
  return gateway;
}
