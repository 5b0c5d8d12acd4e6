// The `pavise` CLI: one file per command under ./commands, registered here in a fixed list.
//
// Exit codes (DESIGN.md): 0 ok / allowed, 1 blocked or held or a check failed, 2 usage or config
// error. Errors print their `PAVISE_…` code; nothing here prints a secret.

import { Command, CommanderError } from 'commander';
import { PaviseError } from '../engine/errors.js';
import type { CliContext } from './context.js';
import { COMMANDS } from './commands/index.js';

export async function main(argv: readonly string[], ctx: Partial<CliContext> = {}): Promise<number> {
  const io: CliContext = {
    stdout: ctx.stdout ?? ((s) => void process.stdout.write(s)),
    stderr: ctx.stderr ?? ((s) => void process.stderr.write(s)),
    stdin: ctx.stdin ?? (() => readStdin()),
    cwd: ctx.cwd ?? process.cwd(),
    env: ctx.env ?? process.env,
    exitCode: 0,
  };
  const program = new Command();
  program
    .name('pavise')
    .description('Runtime security for LLM applications and AI agents')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError();
  for (const register of COMMANDS) register(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return io.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof PaviseError) {
      io.stderr(`error ${err.code}: ${err.message}\n`);
      return err.code === 'PAVISE_CONFIG_INVALID' || err.code === 'PAVISE_CONFIG_NOT_FOUND' || err.code === 'PAVISE_USAGE' || err.code === 'PAVISE_POLICY_INVALID' ? 2 : 1;
    }
    io.stderr(`error PAVISE_INTERNAL: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
