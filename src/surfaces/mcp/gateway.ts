// McpGateway: owns one ServerProxy (and its supervised upstream connection) per configured MCP
// server, the pin store, and the downstream MCP `Server` objects (low-level SDK class: tool
// schemas are forwarded as they are, not re-declared) that clients talk to — over streamable
// HTTP (index.ts) or stdio (`pavise mcp wrap`, wrap.ts).
//
// A downstream session is bound to one principal and one upstream server; its MCP session id,
// scoped to that principal (`scopeSession`), is the Pavise session (Event.session) — the same key
// an LLM call by the same principal gets with `x-pavise-session: <MCP session id>`. Capabilities offered downstream mirror the upstream's
// (tools always; resources and prompts when the upstream has them).
// Misses: completion, logging and subscription requests are not offered.
// Failure mode: see proxy.ts (closed); stop() closes every session and upstream.

import { randomUUID } from 'node:crypto';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { Protocol } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolRequest, CallToolResult, ServerCapabilities } from '@modelcontextprotocol/sdk/types.js';
import {
  CallToolRequestSchema,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { Event, Principal } from '../../engine/types.js';
import { scopeSession } from '../../engine/types.js';
import type { ApprovalStore } from '../../policy/approvals.js';
import type { Runtime } from '../../runtime.js';
import { GATEWAY_PRINCIPAL } from './definitions.js';
import { PinStore } from './pins.js';
import type { Caller, Extra, ServerFlag, ToolEntry } from './proxy.js';
import { ServerProxy } from './proxy.js';
import type { McpLogger, UpstreamConfig } from './upstream.js';
import { silentLogger } from './upstream.js';
import { usesPlaceholders } from '../../detect/redact.js';

export interface McpGatewayOptions {
  readonly log?: McpLogger;
  readonly approvals?: ApprovalStore;
  /** Servers to proxy; `runtime.config.mcp.servers` when absent (`pavise mcp wrap` passes one). */
  readonly servers?: Readonly<Record<string, UpstreamConfig>>;
  readonly pins?: PinStore;
  /** Deny everything when the engine has no authorizer (default true). */
  readonly requireAuthorizer?: boolean;
  readonly approvalProgressMs?: number;
  readonly approvalPollMs?: number;
  readonly approvalMaxWaitMs?: number;
  /** Side-effect-free per-tool listing filter (see ProxyDeps.toolVisible, toolFilterFrom). */
  readonly toolVisible?: (event: Event) => boolean | Promise<boolean>;
  /** How long session creation waits for an upstream to learn its capabilities (default 5 s). */
  readonly connectWaitMs?: number;
}

export interface ServerStatus {
  readonly name: string;
  readonly connected: boolean;
  readonly flag: ServerFlag | undefined;
  readonly tools: ReadonlyArray<Pick<ToolEntry, 'state' | 'hash' | 'labels' | 'reason'> & { name: string }>;
}

export class McpGateway {
  readonly runtime: Runtime;
  readonly pins: PinStore;
  private readonly proxies = new Map<string, ServerProxy>();
  private readonly ownsPins: boolean;
  private readonly opts: McpGatewayOptions;
  private started = false;

  constructor(runtime: Runtime, opts: McpGatewayOptions = {}) {
    this.runtime = runtime;
    this.opts = opts;
    this.ownsPins = opts.pins === undefined;
    this.pins = opts.pins ?? new PinStore(runtime.dataDir);
    const servers = opts.servers ?? runtime.config.mcp.servers;
    for (const [name, cfg] of Object.entries(servers)) {
      this.proxies.set(
        name,
        new ServerProxy(name, cfg, {
          engine: runtime.engine,
          pins: this.pins,
          log: opts.log ?? silentLogger,
          approvals: opts.approvals,
          requireAuthorizer: opts.requireAuthorizer ?? true,
          approvalProgressMs: opts.approvalProgressMs ?? 5000,
          approvalPollMs: opts.approvalPollMs ?? 500,
          approvalMaxWaitMs: opts.approvalMaxWaitMs ?? 15 * 60 * 1000,
          baseDir: runtime.loaded.baseDir,
          now: Date.now,
          toolVisible: opts.toolVisible,
          pseudonymizer: usesPlaceholders(runtime.config.redaction) ? runtime.redactor.pseudonymizer : undefined,
          onUpstreamError: (server, kind) => runtime.metrics.upstreamErrors.inc({ upstream: `mcp:${server}`, kind }),
        }),
      );
    }
  }

  /** Connect every upstream (in the background; each reconnects with backoff on its own). */
  start(): void {
    if (this.started) return;
    this.started = true;
    // Warm the detectors (a model detector loads on first use) so the first listing's scan runs
    // within budget.
    try {
      this.runtime.engine.detect({ id: 'warmup', time: 0, principal: GATEWAY_PRINCIPAL, action: 'tool.list', resource: { kind: 'server', id: 'warmup' }, parts: [{ text: 'Echoes back the input string.', provenance: 'tool:warmup/echo' }] });
    } catch {
      // Best effort only.
    }
    for (const p of this.proxies.values()) p.upstream.start();
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const p of this.proxies.values()) {
      for (const s of p.sessions) await s.close().catch(() => undefined);
      p.sessions.clear();
      await p.upstream.stop();
    }
    if (this.ownsPins) this.pins.close();
  }

  has(server: string): boolean {
    return this.proxies.has(server);
  }

  proxy(server: string): ServerProxy | undefined {
    return this.proxies.get(server);
  }

  /** For the console and `pavise mcp pins`: servers, connection state, flags, tool states. */
  status(): ServerStatus[] {
    return [...this.proxies.values()].map((p) => ({
      name: p.name,
      connected: p.upstream.connected,
      flag: p.flag,
      tools: p.toolEntries().map((t) => ({ name: t.def.name, state: t.state, hash: t.hash, labels: t.labels, ...(t.reason !== undefined ? { reason: t.reason } : {}) })),
    }));
  }

  /**
   * A downstream MCP Server for one principal on one upstream. The caller connects it to a
   * transport; `sessionId()` supplies the Pavise session once the transport knows it.
   */
  async createSession(server: string, principal: Principal, sessionId: () => string | undefined): Promise<Server> {
    const proxy = this.proxies.get(server);
    if (!proxy) throw new Error(`unknown MCP server ${server}`);
    if (!this.started) this.start();
    let upstreamCaps: ServerCapabilities | undefined;
    try {
      upstreamCaps = (await proxy.upstream.client(this.opts.connectWaitMs ?? 5000)).getServerCapabilities();
    } catch {
      upstreamCaps = undefined;
    }
    const capabilities: ServerCapabilities = {
      tools: { listChanged: true },
      ...(upstreamCaps?.resources ? { resources: {} } : {}),
      ...(upstreamCaps?.prompts ? { prompts: {} } : {}),
    };
    const s = new Server({ name: `pavise/${server}`, version: '0.1.0' }, { capabilities });
    const fallback = `mcp-${randomUUID()}`;
    const caller = (): Caller => ({ principal, session: scopeSession(principal.id, sessionId() ?? fallback) });
    s.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: await proxy.listTools(caller()) }));
    // Registered with Protocol's own method, not the Server's override: for tools/call the Server
    // wraps the handler to parse the request with CallToolRequestSchema a second time (Protocol
    // has just parsed it with that schema) and to parse the result with CallToolResultSchema —
    // two zod passes per call (≈ 2 % of the main thread in the profile) that change nothing here:
    // INVARIANT: proxy.callTool only returns an upstream result the upstream Client parsed with
    // CallToolResultSchema (minus `_meta`, or with strings replaced by strings) or an errorResult.
    // The wrapper's other branch (task-augmented calls) is unreachable: no `tasks` capability is
    // offered, so Protocol refuses such a call before any handler runs.
    const onCall = (req: CallToolRequest, extra: Extra): Promise<CallToolResult> => proxy.callTool(caller(), req.params.name, req.params.arguments, extra);
    Protocol.prototype.setRequestHandler.call(s, CallToolRequestSchema, onCall);
    if (capabilities.resources) {
      s.setRequestHandler(ListResourcesRequestSchema, (req) => proxy.listResources(caller(), req.params?.cursor));
      s.setRequestHandler(ListResourceTemplatesRequestSchema, (req) => proxy.listResourceTemplates(caller(), req.params?.cursor));
      s.setRequestHandler(ReadResourceRequestSchema, (req, extra) => proxy.readResource(caller(), req.params.uri, extra));
    }
    if (capabilities.prompts) {
      s.setRequestHandler(ListPromptsRequestSchema, (req) => proxy.listPrompts(caller(), req.params?.cursor));
      s.setRequestHandler(GetPromptRequestSchema, (req, extra) => proxy.getPrompt(caller(), req.params.name, req.params.arguments, extra));
    }
    proxy.sessions.add(s);
    s.onclose = () => {
      proxy.sessions.delete(s);
    };
    return s;
  }
}
