// `pavise serve [--config F] [--listen HOST:PORT]`: the LLM gateway (and any plugged-in
// surfaces) on one port, from one Runtime. Logs are pino JSON on stderr; no secrets are logged
// (fastify's request serializer records method, URL and remote address, not headers).
// Stops cleanly on SIGINT/SIGTERM: the server drains, then the runtime's stores close.
import type { Command } from 'commander';
import { PaviseError } from '../../engine/errors.js';
import { createRuntime } from '../../runtime.js';
import type { GatewayPlugin } from '../../surfaces/http.js';
import { registerAdminRoutes } from '../../surfaces/admin.js';
import { createServer } from '../../surfaces/http.js';
import { mcpPlugin } from '../../surfaces/mcp/index.js';
import { pino } from 'pino';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';

export function parseListen(listen: string): { host: string; port: number } {
  const m = /^(\[[0-9a-fA-F:]+\]|[^\s:]+):(\d{1,5})$/.exec(listen);
  const port = Number(m?.[2]);
  if (!m?.[1] || !Number.isInteger(port) || port > 65535) throw new PaviseError('PAVISE_USAGE', `--listen must be HOST:PORT, not \`${listen}\``);
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

/** Surfaces other than the LLM gateway register here: admin API and metrics, MCP gateway. */
export const SERVE_PLUGINS: GatewayPlugin[] = [registerAdminRoutes, mcpPlugin()];

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
      const app = createServer(runtime, {
        logger: { level, redact: ['req.headers.authorization', 'req.headers["x-api-key"]'] },
        plugins: SERVE_PLUGINS,
      });
      try {
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
