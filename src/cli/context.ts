// What a CLI command may touch: injected so commands run in-process in tests.
import type { Command } from 'commander';

export interface CliContext {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin(): Promise<string>;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Set by a command; returned by main(). */
  exitCode: number;
}

export type RegisterCommand = (program: Command, ctx: CliContext) => void;
