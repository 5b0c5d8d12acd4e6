// `pavise mcp wrap -- COMMAND ARGS…`: one stdio MCP server behind the engine, for desktop clients
// that launch their servers themselves. Downstream is the wrapper's own stdin/stdout
// (StdioServerTransport); upstream is COMMAND, spawned and supervised like any stdio server.
// Labels, tenant and timeout come from `mcp.servers.<name>` in the config when present.
//
// Identity (decided, docs/mcp.md): the wrapper acts for the principal of the Pavise key in the
// `PAVISE_KEY` environment variable, resolved through the key store like an HTTP caller's key.
// There is no "principal from config": a config file is not a credential. No key, an unknown or
// revoked key -> the wrapper refuses to start (PAVISE_UNAUTHENTICATED).
// Misses: stdout belongs to the protocol, so logs go to stderr only.
// Failure mode: resolves when the client closes stdin; upstream failures become tool errors.

import { randomUUID } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Event, Principal } from '../../engine/types.js';
import type { ApprovalStore } from '../../policy/approvals.js';
import type { Runtime } from '../../runtime.js';
import { McpGateway } from './gateway.js';
import type { McpLogger, UpstreamConfig } from './upstream.js';

export interface WrapOptions {
  readonly runtime: Runtime;
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly principal: Principal;
  readonly approvals?: ApprovalStore;
  readonly log?: McpLogger;
  readonly stdin?: Readable;
  readonly stdout?: Writable;
  /** Side-effect-free per-tool listing filter (proxy.ts toolFilterFrom). */
  readonly toolVisible?: (event: Event) => boolean | Promise<boolean>;
}

/** Serve until the downstream client disconnects. */
export async function runWrap(opts: WrapOptions): Promise<void> {
  const configured = opts.runtime.config.mcp.servers[opts.name];
  const base = { tools: {}, labels: [], timeoutMs: 60_000, env: {} };
  const cfg: UpstreamConfig = {
    ...base,
    ...(configured ? { tools: configured.tools, labels: configured.labels, timeoutMs: configured.timeoutMs } : {}),
    ...(configured?.tenant !== undefined ? { tenant: configured.tenant } : {}),
    ...(configured && 'env' in configured ? { env: configured.env } : {}),
    command: opts.command,
    args: [...opts.args],
  };
  const gateway = new McpGateway(opts.runtime, {
    servers: { [opts.name]: cfg },
    ...(opts.approvals ? { approvals: opts.approvals } : {}),
    ...(opts.log ? { log: opts.log } : {}),
    connectWaitMs: 15_000,
    ...(opts.toolVisible ? { toolVisible: opts.toolVisible } : {}),
  });
  gateway.start();
  const session = `wrap-${randomUUID()}`;
  try {
    const server = await gateway.createSession(opts.name, opts.principal, () => session);
    const transport = new StdioServerTransport(opts.stdin, opts.stdout);
    const closed = new Promise<void>((resolve) => {
      const prev = server.onclose;
      server.onclose = () => {
        prev?.();
        resolve();
      };
      (opts.stdin ?? process.stdin).once('end', resolve);
    });
    await server.connect(transport);
    await closed;
    await server.close().catch(() => undefined);
  } finally {
    await gateway.stop();
  }
}
