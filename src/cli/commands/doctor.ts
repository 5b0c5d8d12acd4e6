// `pavise doctor [--config F] [--json]`: checks Node version, config, data dir and upstream
// reachability, one line each. Exit 0 when every check passes, 1 otherwise. Upstream checks send
// one GET per provider with a 3 s timeout and no credentials.
import { accessSync, constants, mkdirSync } from 'node:fs';
import type { Command } from 'commander';
import { PaviseError } from '../../engine/errors.js';
import type { LoadedConfig } from '../../policy/config.js';
import { resolveFromConfig } from '../../policy/config.js';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export function nodeVersionOk(version: string): boolean {
  const [maj = 0, min = 0, patch = 0] = version.replace(/^v/, '').split('.').map(Number);
  return maj > 20 || (maj === 20 && (min > 18 || (min === 18 && patch >= 1)));
}

async function reachable(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(3000), redirect: 'manual' });
    await res.body?.cancel();
    return undefined;
  } catch (err) {
    return err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : 'unreachable';
  }
}

export function registerDoctor(program: Command, ctx: CliContext): void {
  program
    .command('doctor')
    .description('check Node version, config, data dir and upstream reachability')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--json', 'print the checks as JSON')
    .action(async (opts: { config?: string; json?: boolean }) => {
      const checks: Check[] = [];
      checks.push({ name: 'node', ok: nodeVersionOk(process.version), detail: `${process.version} (need >= 20.18.1)` });
      let loaded: LoadedConfig | undefined;
      try {
        loaded = loadCliConfig(ctx, opts.config);
        checks.push({ name: 'config', ok: true, detail: loaded.path ?? 'embedded defaults (no pavise.yaml)' });
        for (const w of loaded.warnings) checks.push({ name: 'config', ok: false, detail: w });
      } catch (err) {
        checks.push({ name: 'config', ok: false, detail: err instanceof PaviseError ? err.message : String(err) });
      }
      if (loaded) {
        const dir = resolveFromConfig(loaded, loaded.config.dataDir);
        try {
          mkdirSync(dir, { recursive: true, mode: 0o700 });
          accessSync(dir, constants.W_OK);
          checks.push({ name: 'dataDir', ok: true, detail: `${dir} is writable` });
        } catch (err) {
          checks.push({ name: 'dataDir', ok: false, detail: `${dir}: ${err instanceof Error ? err.message : String(err)}` });
        }
        const providers = Object.entries(loaded.config.providers);
        if (providers.length === 0) checks.push({ name: 'providers', ok: false, detail: 'no provider configured (set OPENAI_API_KEY or ANTHROPIC_API_KEY, or write pavise.yaml)' });
        for (const [name, p] of providers) {
          const why = await reachable(p.baseUrl);
          checks.push({ name: `provider ${name}`, ok: why === undefined, detail: why === undefined ? `${p.baseUrl} reachable` : `${p.baseUrl}: ${why}` });
          if (!p.apiKey) checks.push({ name: `provider ${name}`, ok: false, detail: 'apiKey is empty' });
        }
      }
      if (opts.json) ctx.stdout(`${JSON.stringify({ ok: checks.every((c) => c.ok), checks }, null, 2)}\n`);
      else for (const c of checks) ctx.stdout(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}\n`);
      ctx.exitCode = checks.every((c) => c.ok) ? 0 : 1;
    });
}
