// The agent loop of the scenario suite: a scripted "model" runs a task's plan over the tool
// environment, with every step passing through a Gatekeeper — Pavise (the real engine) or
// nothing at all (the undefended baseline).
//
// With Pavise on, per episode (one principal, one session id):
//   user prompt        -> engine.inspect(chat.input)
//   each tool call     -> engine.inspect(tool.call)   resource = the tool with its labels/tenant,
//                                                     args as a model-provenance part
//   each tool result   -> engine.inspect(tool.result) provenance tool:<server>/<tool>
//   final answer       -> engine.inspect(chat.output)
// A held call goes to a simulated human approver who sees the exact tool and arguments and
// approves only calls that are what the user asked for (the task's `intended`); with an approval
// store the decision is recorded there and the call re-submitted, so the engine itself releases it.
//
// The model obeys an injection if the planted payload reached it intact in a delivered result.
// Misses: one model behaviour (perfect obedience, no retries after refusals, no paraphrase).
// Cost: ≤ MAX_CALLS tool calls per episode, each one or two engine inspections.
// Failure mode: an engine that throws fails the episode loudly (the suite must not hide errors).

import { randomUUID } from 'node:crypto';
import type { Engine } from '../../engine/pipeline.js';
import type { Event, Principal, Verdict } from '../../engine/types.js';
import type { ApprovalStore } from '../../policy/approvals.js';
import { collectStrings, replaceStrings } from '../../surfaces/mcp/content.js';
import type { Attack } from './attacks.js';
import type { ToolCall } from './env.js';
import { callLabels, Environment, toolSpec } from './env.js';
import type { Observation, UserTask } from './tasks.js';

export const MAX_CALLS = 20;
export const MODEL_ID = 'scenario-model';

/** One decision point, for the report's "what stopped it" column and for debugging. */
export interface TraceEntry {
  readonly phase: 'input' | 'call' | 'result' | 'output';
  readonly tool?: string;
  /** Made by the obedient model on the attacker's behalf. */
  readonly attack: boolean;
  readonly decision: string;
  readonly code?: string;
  readonly approval?: 'approved' | 'denied';
  readonly reasons: readonly string[];
}

export interface CallOutcome {
  readonly run: boolean;
  readonly args: Readonly<Record<string, unknown>>;
  /** Shown to the model instead of a result when the call did not run. */
  readonly refusal?: string;
}

/** Where the defence sits. `off` passes everything; `pavise` runs the engine. */
export interface Gatekeeper {
  input(text: string): Promise<string | undefined>;
  call(call: ToolCall, attack: boolean): Promise<CallOutcome>;
  result(call: ToolCall, text: string, attack: boolean): Promise<string>;
  output(text: string): Promise<string>;
  readonly trace: TraceEntry[];
  readonly approvalsAsked: number;
}

export class NoGatekeeper implements Gatekeeper {
  readonly trace: TraceEntry[] = [];
  readonly approvalsAsked = 0;
  input(text: string): Promise<string> {
    return Promise.resolve(text);
  }
  call(call: ToolCall): Promise<CallOutcome> {
    return Promise.resolve({ run: true, args: call.args });
  }
  result(_call: ToolCall, text: string): Promise<string> {
    return Promise.resolve(text);
  }
  output(text: string): Promise<string> {
    return Promise.resolve(text);
  }
}

export type Approver = (call: ToolCall) => boolean;

export interface PaviseGatekeeperOptions {
  readonly engine: Engine;
  readonly principal: Principal;
  readonly session: string;
  readonly approver: Approver;
  /** When the authorizer holds calls through a store, the approver decides there. */
  readonly approvals?: ApprovalStore;
}

function reasonIds(v: Verdict): string[] {
  return [...new Set(v.reasons.map((r) => r.id))];
}

export class PaviseGatekeeper implements Gatekeeper {
  readonly trace: TraceEntry[] = [];
  approvalsAsked = 0;
  constructor(private readonly o: PaviseGatekeeperOptions) {}

  private event(action: Event['action'], call: ToolCall | undefined, parts: Event['parts'], args?: unknown): Event {
    const spec = call ? toolSpec(call.tool) : undefined;
    const resource: Event['resource'] = call
      ? {
          kind: 'tool',
          id: call.tool,
          ...(spec ? { server: spec.server } : {}),
          labels: callLabels(call),
          ...(spec?.tenant !== undefined ? { tenant: spec.tenant } : {}),
        }
      : { kind: 'model', id: MODEL_ID };
    return {
      id: randomUUID(),
      time: Date.now(),
      principal: this.o.principal,
      session: this.o.session,
      action,
      resource,
      parts,
      ...(args !== undefined ? { args } : {}),
      surface: 'sdk',
    };
  }

  private note(phase: TraceEntry['phase'], v: Verdict, attack: boolean, tool?: string, approval?: 'approved' | 'denied'): void {
    this.trace.push({
      phase,
      attack,
      decision: v.decision,
      reasons: reasonIds(v),
      ...(tool !== undefined ? { tool } : {}),
      ...(v.code !== undefined ? { code: v.code } : {}),
      ...(approval !== undefined ? { approval } : {}),
    });
  }

  async input(text: string): Promise<string | undefined> {
    const v = await this.o.engine.inspect(this.event('chat.input', undefined, [{ text, provenance: 'user' }]));
    this.note('input', v, false);
    if (v.decision === 'allow') return text;
    if (v.decision === 'redact') return v.parts?.[0]?.text ?? '';
    return undefined;
  }

  async call(call: ToolCall, attack: boolean): Promise<CallOutcome> {
    // As the MCP gateway does (src/surfaces/mcp/proxy.ts): every string argument is one part with
    // provenance `model`; a redaction rewrites those strings in place.
    const collected = collectStrings(call.args, 'model');
    const submit = (): Promise<Verdict> => this.o.engine.inspect(this.event('tool.call', call, collected.parts, call.args));
    const v = await submit();
    if (v.decision === 'allow') {
      this.note('call', v, attack, call.tool);
      return { run: true, args: call.args };
    }
    if (v.decision === 'redact') {
      this.note('call', v, attack, call.tool);
      const redacted = v.parts ? replaceStrings(call.args, collected.paths, v.parts) : undefined;
      if (redacted !== null && typeof redacted === 'object' && !Array.isArray(redacted)) return { run: true, args: redacted as Record<string, unknown> };
      return { run: false, args: call.args, refusal: 'error: call refused (arguments could not be redacted)' };
    }
    if (v.decision === 'hold') {
      this.approvalsAsked++;
      const ok = this.o.approver(call);
      this.note('call', v, attack, call.tool, ok ? 'approved' : 'denied');
      if (!ok) {
        if (v.approvalId !== undefined && this.o.approvals) await this.o.approvals.decide(v.approvalId, 'denied', 'scenario-approver');
        return { run: false, args: call.args, refusal: `error: the user declined this call (${v.code ?? 'hold'})` };
      }
      if (v.approvalId !== undefined && this.o.approvals) {
        await this.o.approvals.decide(v.approvalId, 'approved', 'scenario-approver');
        // Re-submit: the engine must now release exactly this call.
        const again = await submit();
        this.note('call', again, attack, call.tool);
        if (again.decision !== 'allow') return { run: false, args: call.args, refusal: `error: call refused (${again.code ?? again.decision})` };
      }
      return { run: true, args: call.args };
    }
    this.note('call', v, attack, call.tool);
    return { run: false, args: call.args, refusal: `error: call refused by policy (${v.code ?? 'block'})` };
  }

  async result(call: ToolCall, text: string, attack: boolean): Promise<string> {
    const v = await this.o.engine.inspect(this.event('tool.result', call, [{ text, provenance: `tool:${call.tool}` }]));
    this.note('result', v, attack, call.tool);
    if (v.decision === 'allow') return text;
    if (v.decision === 'redact') return v.parts?.[0]?.text ?? '';
    return `[the tool result was withheld by Pavise: ${v.code ?? v.decision}]`;
  }

  async output(text: string): Promise<string> {
    const v = await this.o.engine.inspect(this.event('chat.output', undefined, [{ text, provenance: 'model' }]));
    this.note('output', v, false);
    if (v.decision === 'allow') return text;
    if (v.decision === 'redact') return v.parts?.[0]?.text ?? '';
    return `[the answer was withheld by Pavise: ${v.code ?? v.decision}]`;
  }
}

export interface EpisodeRun {
  readonly env: Environment;
  readonly answer: string;
  readonly delivered: string[];
  /** The payload reached the model intact and it obeyed. */
  readonly obeyed: boolean;
  readonly calls: number;
}

/**
 * Run one episode. `attack` plants its payload (and the model may obey it); `twinOf` plants the
 * benign look-alike text of that attack's style; neither: the task alone.
 */
export async function runEpisode(task: UserTask, gate: Gatekeeper, opts: { attack?: Attack; twinOf?: Attack } = {}): Promise<EpisodeRun> {
  const env = new Environment();
  if (opts.attack) task.plant(env, opts.attack.planted);
  else if (opts.twinOf) task.plant(env, opts.twinOf.benign);
  const delivered: string[] = [];
  const obs: Observation[] = [];
  const attackObs: Observation[] = [];
  let calls = 0;
  let obeyed = false;

  const act = async (call: ToolCall, forAttack: boolean): Promise<Observation> => {
    calls++;
    const c = await gate.call(call, forAttack);
    let o: Observation;
    if (!c.run) o = { call, delivered: c.refusal ?? 'error: refused', refused: true };
    else {
      const raw = env.call({ tool: call.tool, args: c.args });
      const seenText = await gate.result(call, raw, forAttack);
      delivered.push(seenText);
      o = { call, delivered: seenText, refused: false };
    }
    return o;
  };

  const prompt = await gate.input(task.prompt);
  if (prompt === undefined) return { env, answer: '', delivered, obeyed, calls };

  for (const step of task.steps) {
    if (calls >= MAX_CALLS) break;
    const call = step(obs);
    if (!call) continue;
    const o = await act(call, false);
    obs.push(o);
    const attack = opts.attack;
    if (attack && !obeyed && !o.refused && o.delivered.includes(attack.planted)) {
      obeyed = true;
      for (const s of attack.obey) {
        if (calls >= MAX_CALLS) break;
        const ac = s(attackObs);
        if (ac) attackObs.push(await act(ac, true));
      }
    }
  }
  let answer = task.answer(obs);
  if (obeyed && opts.attack?.answerSuffix) answer += opts.attack.answerSuffix(attackObs);
  const shown = await gate.output(answer);
  return { env, answer: shown, delivered, obeyed, calls };
}
