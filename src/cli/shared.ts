// Helpers shared by CLI commands: config loading and the event a piece of text becomes.
import { PaviseError } from '../engine/errors.js';
import type { Action, Direction, Event, Provenance } from '../engine/types.js';
import type { LoadedConfig } from '../policy/config.js';
import { loadConfig } from '../policy/config.js';
import type { CliContext } from './context.js';

export function loadCliConfig(ctx: CliContext, path: string | undefined): LoadedConfig {
  const loaded = loadConfig(path, ctx.cwd, ctx.env);
  for (const w of loaded.warnings) ctx.stderr(`warning: ${w}\n`);
  return loaded;
}

export const DIRECTIONS: readonly Direction[] = ['input', 'output', 'tool_result'];

export function parseDirection(value: string | undefined): Direction {
  const d = value ?? 'input';
  if (!(DIRECTIONS as readonly string[]).includes(d)) {
    throw new PaviseError('PAVISE_USAGE', `--direction must be one of ${DIRECTIONS.join(', ')}, not \`${d}\``);
  }
  return d as Direction;
}

/** The event the CLI builds for a text: a user prompt, a model answer, or a tool result. */
export function textEvent(text: string, direction: Direction, id: string): Event {
  const spec: Record<Direction, { action: Action; provenance: Provenance }> = {
    input: { action: 'chat.input', provenance: 'user' },
    output: { action: 'chat.output', provenance: 'model' },
    tool_result: { action: 'tool.result', provenance: 'tool:cli/check' },
  };
  const { action, provenance } = spec[direction];
  return {
    id,
    time: 0,
    principal: { id: 'cli', kind: 'user', roles: ['admin'] },
    action,
    resource: direction === 'tool_result' ? { kind: 'tool', id: 'cli/check', server: 'cli' } : { kind: 'model', id: 'cli' },
    parts: [{ text, provenance }],
    surface: 'cli',
  };
}
