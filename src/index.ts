// The public SDK (DESIGN.md "Surfaces"): a small, explicit surface over the one engine.
//
//   import { createPavise } from 'pavise';
//   const pavise = createPavise();                       // embedded defaults
//   const v = await pavise.inspect({ action: 'chat.input', parts: [{ text, provenance: 'user' }] });
//   if (v.decision === 'block') …
//
// The SDK runs the same pipeline and guard rules as `pavise serve`, in-process.

import { newEventId } from './engine/pipeline.js';
import type { Engine } from './engine/pipeline.js';
import type { Action, ContentPart, Event, Principal, Resource, Verdict } from './engine/types.js';
import { PaviseError } from './engine/errors.js';
import type { PaviseConfig } from './policy/config.js';
import { ConfigSchema } from './policy/config.js';
import type { RuntimeOverrides } from './runtime.js';
import { createEngine } from './runtime.js';

export type {
  Action,
  ContentPart,
  Decision,
  Detector,
  DetectorExample,
  Direction,
  Event,
  Finding,
  Match,
  Principal,
  Provenance,
  Reason,
  Redaction,
  Resource,
  TextView,
  Verdict,
} from './engine/types.js';
export type { AuditSink, Authorizer, Redactor } from './engine/pipeline.js';
export type { PaviseConfig } from './policy/config.js';
export { ERRORS, PaviseError } from './engine/errors.js';
export type { ErrorCode } from './engine/errors.js';

/** An event as the SDK accepts it: id, time, principal and resource are filled in when absent. */
export interface EventInput {
  readonly action: Action;
  readonly parts: readonly ContentPart[];
  readonly id?: string;
  readonly time?: number;
  readonly principal?: Principal;
  readonly resource?: Resource;
  readonly session?: string;
  readonly args?: unknown;
}

export interface Pavise {
  /** Run the whole pipeline on one event. */
  inspect(event: EventInput): Promise<Verdict>;
  /** Shorthand: a user prompt. */
  inspectInput(text: string, options?: { principal?: Principal; session?: string }): Promise<Verdict>;
  /** Shorthand: a model answer. */
  inspectOutput(text: string, options?: { principal?: Principal; session?: string }): Promise<Verdict>;
  readonly engine: Engine;
}

const SDK_PRINCIPAL: Principal = { id: 'sdk', kind: 'service', roles: [] };

/**
 * `config` is a pavise.yaml-shaped object (validated by the same schema; unknown keys throw
 * PaviseError PAVISE_CONFIG_INVALID) or nothing for the embedded defaults.
 */
export function createPavise(config: unknown = {}, overrides: RuntimeOverrides = {}): Pavise {
  const parsed = ConfigSchema.safeParse(config);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new PaviseError('PAVISE_CONFIG_INVALID', `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  const cfg: PaviseConfig = parsed.data;
  const engine = createEngine(cfg, overrides);
  const inspect = (e: EventInput): Promise<Verdict> => {
    const event: Event = {
      id: e.id ?? newEventId(),
      time: e.time ?? Date.now(),
      principal: e.principal ?? SDK_PRINCIPAL,
      action: e.action,
      resource: e.resource ?? { kind: 'model', id: 'sdk' },
      parts: e.parts,
      surface: 'sdk',
      ...(e.session !== undefined ? { session: e.session } : {}),
      ...(e.args !== undefined ? { args: e.args } : {}),
    };
    return engine.inspect(event);
  };
  return {
    engine,
    inspect,
    inspectInput: (text, o = {}) =>
      inspect({ action: 'chat.input', parts: [{ text, provenance: 'user' }], ...o }),
    inspectOutput: (text, o = {}) =>
      inspect({ action: 'chat.output', parts: [{ text, provenance: 'model' }], ...o }),
  };
}
