// Shared fixtures for the MCP gateway suites: a runtime on a temp data dir, a small test
// Authorizer (roles + approvals, the shape H4's Cedar authorizer has), a fastify app with the MCP
// routes, an SDK client through Pavise, and a scripted streamable-HTTP MCP server whose tool
// definitions and results the test controls.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { BUILTIN_DETECTORS } from '../../src/detect/index.js';
import type { AuditReceipt, AuditSink, Authorizer, AuthzRequest, AuthzResult } from '../../src/engine/pipeline.js';
import type { Detector, Event, Principal, Verdict } from '../../src/engine/types.js';
import type { ApprovalStore } from '../../src/policy/approvals.js';
import { hashArgs, SqliteApprovalStore } from '../../src/policy/approvals.js';
import { parseConfig } from '../../src/policy/config.js';
import type { Runtime } from '../../src/runtime.js';
import { createRuntime } from '../../src/runtime.js';
import type { McpGateway } from '../../src/surfaces/mcp/index.js';
import { registerMcpRoutes } from '../../src/surfaces/mcp/index.js';
import { toolFilterFrom } from '../../src/surfaces/mcp/proxy.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const EVERYTHING = join(ROOT, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');
export const FILESYSTEM = join(ROOT, 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js');

export const PRINCIPALS: Record<string, Principal> = {
  admin: { id: 'key:admin', kind: 'service', roles: ['admin'] },
  limited: { id: 'key:limited', kind: 'service', roles: ['limited'] },
  nobody: { id: 'key:nobody', kind: 'service', roles: [] },
};

/**
 * Test authorizer: `admin` may do everything; `limited` everything except resources listed in
 * `deny`; no role, nothing. Destructive tool calls are held for approval, bound to the exact
 * arguments, and a matching approved approval is consumed (the contract of H4's authorizer).
 */
export class TestAuthorizer implements Authorizer {
  readonly version = 'test-authorizer-1';
  readonly requests: AuthzRequest[] = [];
  constructor(
    private readonly approvals?: ApprovalStore,
    readonly deny: Set<string> = new Set(),
    private readonly ttlMs = 60_000,
  ) {}

  /** The decision alone, without approvals (what the listing filter asks). */
  evaluate(event: Event): { decision: 'allow' | 'deny' | 'hold' } {
    const roles = event.principal.roles;
    const ok = roles.includes('admin') || (roles.includes('limited') && !this.deny.has(event.resource.id));
    if (!ok) return { decision: 'deny' };
    return { decision: event.action === 'tool.call' && event.resource.labels?.includes('destructive') ? 'hold' : 'allow' };
  }

  async authorize(req: AuthzRequest): Promise<AuthzResult> {
    this.requests.push(req);
    const { event } = req;
    const d = this.evaluate(event).decision;
    if (d === 'deny') return { decision: 'deny', reasons: [{ source: 'policy', id: 'test-deny', message: `not permitted: ${event.resource.id}` }] };
    if (d === 'hold' && this.approvals) {
      const argsHash = hashArgs(event.args);
      const used = await this.approvals.consume(event.principal.id, event.action, event.resource.id, argsHash);
      if (used) return { decision: 'allow', reasons: [{ source: 'policy', id: 'approved', message: `approval ${used.id} used` }] };
      const a =
        (await this.approvals.findPending(event.principal.id, event.action, event.resource.id, argsHash)) ??
        (await this.approvals.create({ principal: event.principal.id, action: event.action, resource: event.resource.id, args: event.args, reason: 'destructive tool', ttlMs: this.ttlMs }));
      return { decision: 'hold', approvalId: a.id, reasons: [{ source: 'policy', id: 'destructive-hold', message: `held for approval ${a.id}` }] };
    }
    return { decision: 'allow', reasons: [] };
  }
}

export class MemoryAudit implements AuditSink {
  readonly records: Array<{ event: Event; verdict: Verdict }> = [];
  append(event: Event, verdict: Verdict): Promise<AuditReceipt> {
    this.records.push({ event, verdict });
    return Promise.resolve({ id: `a${this.records.length}`, seq: this.records.length });
  }
}

/** A detector standing in for `injection` until it lands: flags "ignore previous instructions". */
export const testInjection: Detector = {
  id: 'test_injection',
  version: '1',
  maxMatchLength: 64,
  views: ['raw'],
  directions: ['tool_result'],
  detect: (view) => {
    const out = [];
    for (const m of view.text.matchAll(/ignore (?:all )?previous instructions/gi)) out.push({ kind: 'override', score: 0.95, start: m.index, end: m.index + m[0].length, evidence: 'test injection phrase' });
    return out;
  },
  examples: { positive: [{ text: 'ignore previous instructions' }], negative: [{ text: 'hello' }] },
};

export interface Harness {
  readonly dir: string;
  readonly runtime: Runtime;
  readonly audit: MemoryAudit;
  readonly authorizer: TestAuthorizer;
  readonly approvals: SqliteApprovalStore;
  readonly app: FastifyInstance;
  readonly gateway: McpGateway;
  readonly base: string;
  connect(server: string, who?: keyof typeof PRINCIPALS): Promise<Client>;
  close(): Promise<void>;
}

/**
 * `builtins: false` (default) disables the built-in detectors, which colleagues are still
 * changing, so these suites test the gateway, not the detectors; the realistic-injection test
 * turns them on.
 */
export async function harness(yamlServers: string, opts: { deny?: string[]; ttlMs?: number; progressMs?: number; rules?: string; extraDetectors?: boolean; builtins?: boolean } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-mcp-'));
  const disabled = opts.builtins ? [] : BUILTIN_DETECTORS.map((d) => d.id);
  const yaml = `dataDir: ${dir}\ndetectors:\n  disabled: ${JSON.stringify(disabled)}\nmcp:\n  servers:\n${yamlServers}\n${opts.rules ?? TEST_INJECTION_RULE}`;
  const { config, warnings } = parseConfig(yaml, join(dir, 'pavise.yaml'));
  const approvals = SqliteApprovalStore.open(dir);
  const authorizer = new TestAuthorizer(approvals, new Set(opts.deny ?? []), opts.ttlMs);
  const audit = new MemoryAudit();
  const runtime = createRuntime({ config, path: join(dir, 'pavise.yaml'), baseDir: dir, warnings }, { authorizer, audit, ...(opts.extraDetectors === false ? {} : { detectors: [testInjection] }) });
  // The test detector needs a guard rule; config rules add to the defaults.
  const app = Fastify();
  const gateway = registerMcpRoutes(app, runtime, {
    authenticate: (req) => {
      const m = /^Bearer (\w+)$/.exec(req.headers.authorization ?? '');
      return Promise.resolve(m?.[1] ? PRINCIPALS[m[1]] : undefined);
    },
    approvals,
    options: { approvalPollMs: 20, approvalProgressMs: opts.progressMs ?? 50, toolVisible: toolFilterFrom(authorizer) },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const clients: Client[] = [];
  return {
    dir,
    runtime,
    audit,
    authorizer,
    approvals,
    app,
    gateway,
    base,
    async connect(server, who = 'admin') {
      const c = new Client({ name: 'test-client', version: '1' });
      await c.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp/${server}`), { requestInit: { headers: { authorization: `Bearer ${who}` } } }));
      clients.push(c);
      return c;
    },
    async close() {
      for (const c of clients) await c.close().catch(() => undefined);
      await app.close();
      approvals.close();
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const TEST_INJECTION_RULE = `guard:\n  rules:\n    - { id: test-injection-block, detector: test_injection, threshold: 0.5, verdict: block, directions: [tool_result] }\n`;

/** A streamable-HTTP MCP server (stateless) whose tools and results the test changes at will. */
export interface Scripted {
  tools: Tool[];
  call: (name: string, args: Record<string, unknown> | undefined) => CallToolResult;
  readonly url: string;
  readonly calls: Array<{ name: string; args: unknown }>;
  close(): Promise<void>;
}

export async function scriptedServer(tools: Tool[], call?: Scripted['call']): Promise<Scripted> {
  const state: Omit<Scripted, 'url' | 'close'> = {
    tools,
    call: call ?? ((name, args) => ({ content: [{ type: 'text', text: `${name}:${JSON.stringify(args ?? {})}` }] })),
    calls: [],
  };
  const http = createServer((req, res) => {
    const server = new Server({ name: 'scripted', version: '1' }, { capabilities: { tools: { listChanged: true } } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: state.tools }));
    server.setRequestHandler(CallToolRequestSchema, (r) => {
      state.calls.push({ name: r.params.name, args: r.params.arguments });
      return state.call(r.params.name, r.params.arguments);
    });
    const t = new StreamableHTTPServerTransport({ enableJsonResponse: true });
    res.on('close', () => {
      void t.close();
      void server.close();
    });
    server
      .connect(t)
      .then(() => t.handleRequest(req, res))
      .catch(() => res.destroy());
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`;
  const out = state as Scripted;
  Object.assign(out, {
    url,
    close: () =>
      new Promise<void>((r) => {
        http.closeAllConnections();
        http.close(() => r());
      }),
  });
  return out;
}

export function tool(name: string, description: string, extra: Partial<Tool> = {}): Tool {
  return { name, description, inputSchema: { type: 'object', properties: { text: { type: 'string' } } }, ...extra };
}

export function textOf(r: unknown): string {
  const content = (r as { content?: Array<{ type: string; text?: string }> }).content ?? [];
  return content.map((c) => c.text ?? '').join('\n');
}
