// The command list, in `pavise --help` order. One line per command file.
import type { RegisterCommand } from '../context.js';
import { registerCheck } from './check.js';
import { registerDoctor } from './doctor.js';
import { registerEval } from './eval.js';
import { registerInit } from './init.js';

export const COMMANDS: readonly RegisterCommand[] = [
  registerCheck,
  registerEval,
  registerInit,
  registerDoctor,
];
