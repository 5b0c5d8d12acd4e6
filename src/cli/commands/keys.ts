// `pavise keys create --name N [--role R]… [--tenant T] [--json]`, `keys list [--json]`,
// `keys revoke ID|NAME [--json]`: manage the Pavise API keys in <dataDir>/state.db.
// The clear key is printed once by `create` and never again (only its digest is stored).
import type { Command } from 'commander';
import { PaviseError } from '../../engine/errors.js';
import type { KeyRecord } from '../../identity/index.js';
import { openKeyStore } from '../../identity/index.js';
import { resolveFromConfig } from '../../policy/config.js';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';

function withStore<T>(ctx: CliContext, configPath: string | undefined, fn: (store: ReturnType<typeof openKeyStore>) => T): T {
  const loaded = loadCliConfig(ctx, configPath);
  const store = openKeyStore(resolveFromConfig(loaded, loaded.config.dataDir));
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

function line(k: KeyRecord): string {
  const state = k.revokedAt ? `revoked ${k.revokedAt}` : 'active';
  return `${k.id}  ${k.name}  ${k.hint}…  roles=${k.roles.join(',') || '-'}  tenant=${k.tenant ?? '-'}  ${state}\n`;
}

const collect = (v: string, acc: string[]): string[] => [...acc, v];

export function registerKeys(program: Command, ctx: CliContext): void {
  const cmd = program.command('keys').description('create, list and revoke Pavise API keys');
  cmd
    .command('create')
    .description('create a key; it is printed once')
    .requiredOption('--name <name>', 'unique name for the key')
    .option('--role <role>', 'role granted to the key (repeatable)', collect, [])
    .option('--tenant <tenant>', 'tenant the key belongs to')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print JSON')
    .action((opts: { name: string; role: string[]; tenant?: string; config?: string; json?: boolean }) => {
      const created = withStore(ctx, opts.config, (store) => {
        try {
          return store.create({ name: opts.name, roles: opts.role, tenant: opts.tenant });
        } catch (err) {
          throw new PaviseError('PAVISE_USAGE', err instanceof Error ? err.message : 'cannot create key');
        }
      });
      if (opts.json) ctx.stdout(`${JSON.stringify({ ...created.record, key: created.key })}\n`);
      else ctx.stdout(`${created.key}\n# key ${created.record.id} (${created.record.name}); store it now: it is not shown again\n`);
    });
  cmd
    .command('list')
    .description('list keys (never the keys themselves)')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print JSON')
    .action((opts: { config?: string; json?: boolean }) => {
      const keys = withStore(ctx, opts.config, (store) => store.list());
      if (opts.json) ctx.stdout(`${JSON.stringify(keys)}\n`);
      else for (const k of keys) ctx.stdout(line(k));
    });
  cmd
    .command('revoke')
    .description('revoke a key by id or name')
    .argument('<key>', 'key id or name')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print JSON')
    .action((idOrName: string, opts: { config?: string; json?: boolean }) => {
      const rec = withStore(ctx, opts.config, (store) => store.revoke(idOrName));
      if (!rec) throw new PaviseError('PAVISE_NOT_FOUND', `no key ${idOrName}`);
      ctx.stdout(opts.json ? `${JSON.stringify(rec)}\n` : `revoked ${rec.id} (${rec.name})\n`);
    });
}
