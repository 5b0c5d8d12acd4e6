// `pavise mcp pins [SERVER] [--json]`, `pavise mcp approve SERVER [--tool T]`,
// `pavise mcp quarantine SERVER [--reason R]`, `pavise mcp release SERVER`,
// `pavise mcp wrap [--name N] [--config F] -- COMMAND ARGS…` (docs/mcp.md).
//
// pins/approve read and write the `mcp_pins` table of `<dataDir>/state.db`; an approval is
// recorded in the audit log when one is configured. wrap runs one stdio MCP server behind the
// engine for the principal of the key in PAVISE_KEY (no key -> exit 1, PAVISE_UNAUTHENTICATED).
// Exit codes: 0 done; 1 nothing pending to approve / not quarantined / refused; 2 usage or config
// error.

import type { Command } from 'commander';
import pino from 'pino';
import { PaviseError } from '../../engine/errors.js';
import { authenticate } from '../../identity/index.js';
import { resolveFromConfig } from '../../policy/config.js';
import { createRuntime } from '../../runtime.js';
import { PinStore } from '../../surfaces/mcp/pins.js';
import type { PinRow } from '../../surfaces/mcp/pins.js';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';
import { openMonitorState } from './principals.js';

function pinJson(r: PinRow): Record<string, string | null> {
  return {
    server: r.server,
    tool: r.tool,
    state: r.pendingHash !== undefined ? `withheld:${r.pendingReason ?? 'changed'}` : 'pinned',
    hash: r.hash ?? null,
    approvedAt: r.approvedAt !== undefined ? new Date(r.approvedAt).toISOString() : null,
    pendingHash: r.pendingHash ?? null,
    pendingReason: r.pendingReason ?? null,
    pendingDetail: r.pendingDetail ?? null,
    pendingSince: r.pendingSince !== undefined ? new Date(r.pendingSince).toISOString() : null,
    pendingDescription: r.pendingDefinition?.description ?? null,
  };
}

export function registerMcp(program: Command, ctx: CliContext): void {
  const cmd = program.command('mcp').description('MCP gateway: pinned tool definitions, approvals of changes, stdio wrapper');

  cmd
    .command('pins')
    .description('list pinned tool definitions and those withheld (changed or poisoned)')
    .argument('[server]', 'only this server')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print as JSON')
    .action((server: string | undefined, opts: { config?: string; json?: boolean }) => {
      const loaded = loadCliConfig(ctx, opts.config);
      const pins = new PinStore(resolveFromConfig(loaded, loaded.config.dataDir));
      try {
        const rows = pins.list(server).map(pinJson);
        if (opts.json) ctx.stdout(`${JSON.stringify(rows)}\n`);
        else if (rows.length === 0) ctx.stdout('no pinned tools\n');
        else {
          for (const r of rows) {
            ctx.stdout(`${String(r.server)}/${String(r.tool)}  ${String(r.state)}  ${String(r.hash ?? '-')}\n`);
            if (r.pendingHash !== null) ctx.stdout(`    pending ${String(r.pendingHash)}: ${String(r.pendingDetail)}\n`);
          }
        }
        ctx.exitCode = 0;
      } finally {
        pins.close();
      }
    });

  cmd
    .command('approve')
    .description('trust the withheld definitions of a server (or one tool of it)')
    .argument('<server>', 'server name')
    .option('--tool <name>', 'only this tool')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print as JSON')
    .action(async (server: string, opts: { tool?: string; config?: string; json?: boolean }) => {
      const loaded = loadCliConfig(ctx, opts.config);
      const runtime = createRuntime(loaded);
      const pins = new PinStore(runtime.dataDir);
      try {
        const done = pins.approvePending(server, opts.tool, Date.now());
        const by = ctx.env.USER ?? 'cli';
        for (const tool of done) {
          const message = `admin ${by} approved a changed tool definition`;
          await runtime.engine.record(
            {
              id: `mcp-approve-${server}-${tool}-${Date.now()}`,
              time: Date.now(),
              principal: { id: `cli:${by}`, kind: 'user', roles: ['admin'] },
              action: 'tool.list',
              resource: { kind: 'tool', id: `${server}/${tool}`, server },
              parts: [],
              surface: 'cli',
            },
            { decision: 'allow', message, reasons: [{ source: 'rule', id: 'mcp-definition-approved', message }], findings: [], redactions: [], policyVersion: runtime.engine.policyVersion, obligations: [] },
          );
        }
        if (opts.json) ctx.stdout(`${JSON.stringify({ server, approved: done })}\n`);
        else ctx.stdout(done.length > 0 ? `approved ${done.length} definition(s): ${done.join(', ')}\n` : 'nothing pending\n');
        ctx.exitCode = done.length > 0 ? 0 : 1;
      } finally {
        pins.close();
        await runtime.close();
      }
    });

  // Quarantine and release write `monitor_quarantine` in state.db, which a running gateway checks on
  // every MCP request from a cache that sees another process's write within
  // `server.revocationCheckMs` (src/monitor/state.ts). Not written to the audit log from here: the log has a single writer (the
  // gateway caches the chain head), so a second process appending would break the gateway's next
  // append. Use the admin API (`POST /admin/servers/:name/quarantine|release`) for an audited change.
  cmd
    .command('quarantine')
    .description('withhold every tool of a server and refuse its calls until released')
    .argument('<server>', 'server name')
    .option('--reason <text>', 'why', 'quarantined by an administrator')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print as JSON')
    .action((server: string, opts: { reason: string; config?: string; json?: boolean }) => {
      const { state, close } = openMonitorState(ctx, opts.config);
      try {
        const e = state.quarantine(server, opts.reason.slice(0, 512), `cli:${ctx.env.USER ?? 'cli'}`, Date.now());
        ctx.stdout(opts.json ? `${JSON.stringify(e)}\n` : `quarantined ${server}\n`);
        ctx.exitCode = 0;
      } finally {
        close();
      }
    });

  cmd
    .command('release')
    .description('lift the quarantine of a server')
    .argument('<server>', 'server name')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print as JSON')
    .action((server: string, opts: { config?: string; json?: boolean }) => {
      const { state, close } = openMonitorState(ctx, opts.config);
      try {
        const released = state.release(server);
        ctx.stdout(opts.json ? `${JSON.stringify({ server, released })}\n` : released ? `released ${server}\n` : `${server} was not quarantined\n`);
        ctx.exitCode = released ? 0 : 1;
      } finally {
        close();
      }
    });

  cmd
    .command('wrap')
    .description('run a stdio MCP server behind Pavise (for desktop clients); identity from PAVISE_KEY')
    .option('--name <name>', 'server name (labels from mcp.servers.<name> when configured)', 'wrapped')
    .option('--config <file>', 'pavise.yaml to use')
    .argument('<command>', 'server command')
    .argument('[args...]', 'its arguments (after --)')
    .action(async (command: string, args: string[], opts: { name: string; config?: string }) => {
      const loaded = loadCliConfig(ctx, opts.config);
      // INVARIANT: stdout is the MCP channel; logs go to stderr only.
      const log = pino({ level: ctx.env.PAVISE_LOG_LEVEL ?? 'warn' }, pino.destination(2));
      const runtime = createRuntime(loaded, {}, { logger: log });
      try {
        const key = ctx.env.PAVISE_KEY;
        if (!key) throw new PaviseError('PAVISE_UNAUTHENTICATED', 'set PAVISE_KEY to a Pavise key (pavise keys create)');
        if (!runtime.authorizer) throw new PaviseError('PAVISE_POLICY_INVALID', 'no authorizer');
        const principal = await authenticate(runtime, { headers: { authorization: `Bearer ${key}` } });
        // Loaded here, not at the top: the MCP SDK costs ~20 MB of memory in every CLI process.
        const { runWrap } = await import('../../surfaces/mcp/wrap.js');
        const { toolFilterFrom } = await import('../../surfaces/mcp/proxy.js');
        await runWrap({ runtime, name: opts.name, command, args, principal, approvals: runtime.approvals, log, toolVisible: toolFilterFrom(runtime.authorizer) });
        ctx.exitCode = 0;
      } finally {
        await runtime.close();
      }
    });
}
