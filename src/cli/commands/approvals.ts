// `pavise approvals list [--status S] [--json]`, `pavise approvals approve ID [--by NAME]`,
// `pavise approvals deny ID [--by NAME]`: the human side of @approval holds, against the
// `approvals` table of `<dataDir>/state.db` (dataDir from the config).
// Exit 0 done, 1 the approval was not pending (already decided or expired) or not found.

import type { Command } from 'commander';
import { PaviseError } from '../../engine/errors.js';
import type { Approval, ApprovalStatus } from '../../policy/approvals.js';
import { SqliteApprovalStore } from '../../policy/approvals.js';
import { resolveFromConfig } from '../../policy/config.js';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';

const STATUSES: readonly ApprovalStatus[] = ['pending', 'approved', 'denied', 'expired', 'used'];

function openStore(ctx: CliContext, config: string | undefined): SqliteApprovalStore {
  const loaded = loadCliConfig(ctx, config);
  return SqliteApprovalStore.open(resolveFromConfig(loaded, loaded.config.dataDir));
}

function line(a: Approval): string {
  const by = a.decidedBy !== undefined ? ` by ${a.decidedBy}` : '';
  return `${a.id}  ${a.status}${by}  ${a.principal}  ${a.action}  ${a.resource}  expires ${new Date(a.expiresAt).toISOString()}\n    reason: ${a.reason}\n    args: ${a.argsPreview.slice(0, 500)}\n`;
}

export function registerApprovals(program: Command, ctx: CliContext): void {
  const cmd = program.command('approvals').description('list, approve or deny calls held for a human decision');

  cmd
    .command('list')
    .description('list approvals (newest first)')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--status <status>', `only this status (${STATUSES.join(', ')})`)
    .option('--json', 'print as JSON')
    .action(async (opts: { config?: string; status?: string; json?: boolean }) => {
      if (opts.status !== undefined && !(STATUSES as readonly string[]).includes(opts.status)) {
        throw new PaviseError('PAVISE_USAGE', `--status must be one of ${STATUSES.join(', ')}`);
      }
      const store = openStore(ctx, opts.config);
      try {
        const list = await store.list(opts.status !== undefined ? { status: opts.status as ApprovalStatus } : {});
        if (opts.json) ctx.stdout(`${JSON.stringify(list)}\n`);
        else if (list.length === 0) ctx.stdout('no approvals\n');
        else for (const a of list) ctx.stdout(line(a));
        ctx.exitCode = 0;
      } finally {
        store.close();
      }
    });

  for (const [name, decision] of [
    ['approve', 'approved'],
    ['deny', 'denied'],
  ] as const) {
    cmd
      .command(name)
      .description(decision === 'approved' ? 'release exactly one held call with exactly its arguments' : 'refuse a held call')
      .argument('<id>', 'approval id (apr_…)')
      .option('--config <file>', 'pavise.yaml to use')
      .option('--by <name>', 'who decides (default: $USER)')
      .option('--json', 'print the approval as JSON')
      .action(async (id: string, opts: { config?: string; by?: string; json?: boolean }) => {
        const store = openStore(ctx, opts.config);
        try {
          const by = opts.by ?? ctx.env.USER ?? 'cli';
          let a: Approval;
          let changed: boolean;
          try {
            ({ approval: a, changed } = await store.decide(id, decision, by));
          } catch (err) {
            if (err instanceof PaviseError && err.code === 'PAVISE_NOT_FOUND') {
              ctx.stderr(`error PAVISE_NOT_FOUND: no approval ${id}\n`);
              ctx.exitCode = 1;
              return;
            }
            throw err;
          }
          const ok = changed;
          if (opts.json) ctx.stdout(`${JSON.stringify({ ok, approval: a })}\n`);
          else if (ok) ctx.stdout(`${id} ${decision}\n`);
          else ctx.stderr(`${id} was not pending (status: ${a.status}); nothing changed\n`);
          ctx.exitCode = ok ? 0 : 1;
        } finally {
          store.close();
        }
      });
  }
}
