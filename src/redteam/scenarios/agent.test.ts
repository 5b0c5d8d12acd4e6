import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallOutcome, Gatekeeper, TraceEntry } from './agent.js';
import { NoGatekeeper, runEpisode } from './agent.js';
import { buildAttacks } from './attacks.js';
import { Environment } from './env.js';
import type { ToolCall } from './env.js';
import { TASKS } from './tasks.js';

const attacks = buildAttacks();

test('undefended: every attack succeeds and every benign twin completes (the suite measures something)', async () => {
  for (const a of attacks) {
    const atk = await runEpisode(a.task, new NoGatekeeper(), { attack: a });
    assert.ok(atk.obeyed, a.id);
    assert.ok(a.succeeded({ env: atk.env, answer: atk.answer, delivered: atk.delivered }), `attack ${a.id}`);
    const twin = await runEpisode(a.task, new NoGatekeeper(), { twinOf: a });
    assert.ok(!twin.obeyed);
    assert.ok(a.task.completed(twin.env, twin.answer), `twin ${a.id}: ${twin.answer}`);
    assert.ok(!a.succeeded({ env: twin.env, answer: twin.answer, delivered: twin.delivered }), `twin must not look attacked: ${a.id}`);
  }
});

test('success and completion checks are false on an untouched environment', () => {
  const env = new Environment();
  for (const a of attacks) assert.equal(a.succeeded({ env, answer: '', delivered: [] }), false, a.id);
  for (const t of TASKS) assert.equal(t.completed(env, ''), false, t.id);
});

/** Withholds any result that carries `needle`; holds destructive calls for the approver. */
class FakeGate implements Gatekeeper {
  readonly trace: TraceEntry[] = [];
  approvalsAsked = 0;
  constructor(private readonly needle: string, private readonly approver: (c: ToolCall) => boolean) {}
  input(text: string): Promise<string> {
    return Promise.resolve(text);
  }
  call(call: ToolCall): Promise<CallOutcome> {
    if (call.tool === 'pay/send_payment' || call.tool === 'shell/run_shell' || call.tool === 'files/delete_file' || call.tool === 'pay/update_payee') {
      this.approvalsAsked++;
      if (!this.approver(call)) return Promise.resolve({ run: false, args: call.args, refusal: 'declined' });
    }
    return Promise.resolve({ run: true, args: call.args });
  }
  result(_c: ToolCall, text: string): Promise<string> {
    return Promise.resolve(this.needle !== '' && text.includes(this.needle) ? '[withheld]' : text);
  }
  output(text: string): Promise<string> {
    return Promise.resolve(text);
  }
}

test('the model obeys only a payload that reached it intact', async () => {
  const a = attacks.find((x) => x.family === 'exfil_email');
  assert.ok(a);
  const run = await runEpisode(a.task, new FakeGate(a.planted.slice(0, 20), () => true), { attack: a });
  assert.equal(run.obeyed, false);
  assert.equal(a.succeeded({ env: run.env, answer: run.answer, delivered: run.delivered }), false);
});

test('an approver that approves only intended calls stops payment redirection and keeps the real payment', async () => {
  const a = attacks.find((x) => x.family === 'payment_redirect' && x.task.id === 'pay_invoice');
  assert.ok(a, 'a payment attack rides on the pay_invoice task');
  const gate = new FakeGate('', (c) => a.task.intended(c));
  const run = await runEpisode(a.task, gate, { attack: a });
  assert.ok(run.obeyed);
  assert.equal(a.succeeded({ env: run.env, answer: run.answer, delivered: run.delivered }), false);
  assert.ok(a.task.completed(run.env, run.answer));
  assert.equal(gate.approvalsAsked, 3);
});
