// `pavise serve [--config F] [--listen HOST:PORT]`: the LLM gateway (and any plugged-in
// surfaces) on one port, from one Runtime. Logs are pino JSON on stderr; no secrets are logged
// (fastify's request serializer records method, path and remote address — no query string,
// headers or bodies; see gatewayLoggerOptions).
// Stops cleanly on SIGINT/SIGTERM: the server drains, then the runtime's stores close.
import type { Command } from 'commander';
import { PaviseError } from '../../engine/errors.js';
import { createRuntime } from '../../runtime.js';
import type { PaviseConfig } from '../../policy/config.js';
import type { GatewayPlugin } from '../../surfaces/http.js';
import { registerAdminRoutes } from '../../surfaces/admin.js';
import { createServer } from '../../surfaces/http.js';
import { pino } from 'pino';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';

export function parseListen(listen: string): { host: string; port: number } {
  const m = /^(\[[0-9a-fA-F:]+\]|[^\s:]+):(\d{1,5})$/.exec(listen);
  const port = Number(m?.[2]);
  if (!m?.[1] || !Number.isInteger(port) || port > 65535) throw new PaviseError('PAVISE_USAGE', `--listen must be HOST:PORT, not \`${listen}\``);
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

/**
 * fastify's request log: method, route pattern, path (query string dropped: a misbehaving client
 * may put a key there; and only for a matched route: an unmatched path is arbitrary caller text),
 * remote address; never headers or bodies. Credential headers are redacted as well, in
 * case a serializer is ever widened. Strings are JSON-escaped by pino (CR, LF, ESC become \r,
 * \n, \u001b), so a hostile value cannot forge a log line. Tested in test/gateway/logs.test.ts.
 */
type LoggedRequest = { method?: string; url?: string; ip?: string; routeOptions?: { url?: string | undefined } };

export function gatewayLoggerOptions(level: string): { level: string; redact: string[]; serializers: { req: (req: LoggedRequest) => Record<string, unknown> } } {
  return {
    level,
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
    serializers: {
      req: (req) => {
        const route = req.routeOptions?.url;
        return route === undefined
          ? { method: req.method, route: 'unmatched', remoteAddress: req.ip }
          : { method: req.method, route, path: (req.url ?? '').split('?')[0]?.slice(0, 512), remoteAddress: req.ip };
      },
    },
  };
}

/**
 * Surfaces other than the LLM gateway: admin API and metrics, and the MCP gateway when MCP
 * servers are configured (the MCP SDK is loaded only then: it costs ~20 MB of resident memory).
 */
export async function servePlugins(config: PaviseConfig): Promise<GatewayPlugin[]> {
  if (Object.keys(config.mcp.servers).length === 0) return [registerAdminRoutes];
  const { mcpPlugin } = await import('../../surfaces/mcp/index.js');
  return [registerAdminRoutes, mcpPlugin()];
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('run the gateway: OpenAI/Anthropic-compatible APIs (and MCP) behind Pavise')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--listen <host:port>', 'override server.listen')
    .action(async (opts: { config?: string; listen?: string }) => {
      const loaded = loadCliConfig(ctx, opts.config);
      const { host, port } = parseListen(opts.listen ?? loaded.config.server.listen);
      const level = ctx.env.PAVISE_LOG_LEVEL ?? 'info';
      const runtime = createRuntime(loaded, {}, { logger: pino({ level, name: 'pavise' }), watchPolicies: true });
      const app = createServer(runtime, { logger: gatewayLoggerOptions(level), plugins: await servePlugins(loaded.config) });
      try {
        // The audit writer runs on a worker thread: listen only once it has opened the log, so the
        // first requests do not spend their audit deadline waiting for it.
        await runtime.audit?.ready();
        const address = await app.listen({ host, port });
        ctx.stderr(`pavise gateway listening on ${address}\n`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
      } finally {
        await app.close();
        await runtime.close();
      }
    });
}
