// The command list, in `pavise --help` order. One line per command file.
import type { RegisterCommand } from '../context.js';
import { registerAudit } from './audit.js';
import { registerCheck } from './check.js';
import { registerDoctor } from './doctor.js';
import { registerEval } from './eval.js';
import { registerInit } from './init.js';
import { registerPrincipals } from './principals.js';
import { registerPolicy } from './policy.js';
import { registerApprovals } from './approvals.js';
import { registerKeys } from './keys.js';
import { registerServe } from './serve.js';
import { registerMcp } from './mcp.js';

export const COMMANDS: readonly RegisterCommand[] = [
  registerCheck,
  registerEval,
  registerInit,
  registerDoctor,
  registerPrincipals,
  registerServe,
  registerKeys,
  registerAudit,
  registerPolicy,
  registerApprovals,
  registerMcp,
];
