// One labelled evaluation row as the engine sees it, and the verdict the evaluation scripts count:
// shared by scripts/eval-injection*.ts so every script judges a row the same way.
// A row's direction picks the action and provenance: `tool_result` is an untrusted tool result,
// `output` a model answer, anything else user input. Flagged = a detector failed (fail closed) or
// the default guard rules would block the row.

import type { DetectResult } from '../src/engine/pipeline.js';
import type { Event } from '../src/engine/types.js';
import { DEFAULT_GUARD_RULES, evaluateGuard } from '../src/policy/guard.js';

const principal = { id: 'eval', kind: 'user' as const, roles: [] };

export function evalEvent(id: string, text: string, direction: string | undefined): Event {
  const tool = direction === 'tool_result';
  const output = direction === 'output';
  return {
    id,
    time: 0,
    principal,
    action: tool ? 'tool.result' : output ? 'chat.output' : 'chat.input',
    resource: tool ? { kind: 'tool', id: 'eval/doc' } : { kind: 'model', id: 'eval' },
    parts: [{ text, provenance: tool ? 'tool:eval/doc' : output ? 'model' : 'user' }],
  };
}

export function flaggedByDefault(res: DetectResult, ev: Event): boolean {
  return res.errorCode !== undefined || evaluateGuard(res.findings, ev, DEFAULT_GUARD_RULES).decision === 'block';
}
