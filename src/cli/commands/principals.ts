// `pavise principals block ID [--for SECONDS] [--reason R] | unblock ID | list [--json]`
// Writes the block list in <dataDir>/state.db that a running gateway checks on every request.
import { join } from 'node:path';
import type { Command } from 'commander';
import { PaviseError } from '../../engine/errors.js';
import { MonitorState } from '../../monitor/state.js';
import { resolveFromConfig } from '../../policy/config.js';
import { openDatabase } from '../../store/sqlite.js';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';

export function openMonitorState(ctx: CliContext, configPath: string | undefined): { state: MonitorState; close: () => void } {
  const loaded = loadCliConfig(ctx, configPath);
  const db = openDatabase(join(resolveFromConfig(loaded, loaded.config.dataDir), 'state.db'));
  return { state: new MonitorState(db), close: () => db.close() };
}

export function registerPrincipals(program: Command, ctx: CliContext): void {
  const cmd = program.command('principals').description('block, unblock and list blocked principals');
  cmd
    .command('block')
    .argument('<principal>', 'principal id, e.g. key:ab12cd34')
    .option('--for <seconds>', 'block duration in seconds', '3600')
    .option('--reason <text>', 'why', 'blocked by an administrator')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print JSON')
    .action((principal: string, opts: { for: string; reason: string; config?: string; json?: boolean }) => {
      const seconds = Number(opts.for);
      if (!Number.isInteger(seconds) || seconds <= 0) throw new PaviseError('PAVISE_USAGE', '--for must be a positive number of seconds');
      const { state, close } = openMonitorState(ctx, opts.config);
      try {
        const e = state.block(principal, seconds, opts.reason, 'cli', Date.now());
        ctx.stdout(opts.json ? `${JSON.stringify(e)}\n` : `blocked ${principal} until ${new Date(e.until).toISOString()}\n`);
      } finally {
        close();
      }
    });
  cmd
    .command('unblock')
    .argument('<principal>')
    .option('--config <file>', 'pavise.yaml to use')
    .action((principal: string, opts: { config?: string }) => {
      const { state, close } = openMonitorState(ctx, opts.config);
      try {
        const ok = state.unblock(principal);
        ctx.stdout(ok ? `unblocked ${principal}\n` : `${principal} was not blocked\n`);
        ctx.exitCode = ok ? 0 : 1;
      } finally {
        close();
      }
    });
  cmd
    .command('list')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print JSON')
    .action((opts: { config?: string; json?: boolean }) => {
      const { state, close } = openMonitorState(ctx, opts.config);
      try {
        const list = state.listBlocks(Date.now());
        if (opts.json) ctx.stdout(`${JSON.stringify(list, null, 2)}\n`);
        else for (const b of list) ctx.stdout(`${b.principal}\tuntil ${new Date(b.until).toISOString()}\t${b.reason}\n`);
      } finally {
        close();
      }
    });
}
