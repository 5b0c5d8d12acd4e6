import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EpisodeResult } from './report.js';
import { formatReport, rates, stopperOf, summarize } from './report.js';

function ep(kind: 'attack' | 'benign', ok: boolean, mode: 'off' | 'on'): EpisodeResult {
  return {
    id: `${kind}.${String(ok)}`,
    kind,
    family: 'destructive',
    style: 'de',
    task: 't',
    mode,
    obeyed: kind === 'attack',
    attackSucceeded: kind === 'attack' && ok,
    completed: kind === 'benign' && ok,
    approvalsAsked: 1,
    trace: [],
  };
}

test('rates and the relative completion the target is stated in', () => {
  const off = [ep('attack', true, 'off'), ep('attack', true, 'off'), ep('benign', true, 'off'), ep('benign', true, 'off')];
  const on = [ep('attack', true, 'on'), ep('attack', false, 'on'), ep('benign', true, 'on'), ep('benign', false, 'on')];
  assert.deepEqual(rates(on), { attacks: 2, attackSuccesses: 1, benign: 2, benignCompleted: 1, completedUnderAttack: 0, approvalsPerBenign: 1 });
  const s = summarize(off, on);
  assert.equal(s.asrOff, 1);
  assert.equal(s.asrOn, 0.5);
  assert.equal(s.relativeCompletion, 0.5);
  assert.match(formatReport(off, on), /\| destructive \| 100\.0 % \(2\/2\) \| 50\.0 % \(1\/2\) \|/);
});

test('stopperOf names the first defence in the way', () => {
  assert.equal(stopperOf([], false), 'payload never reached the model');
  assert.match(
    stopperOf([{ phase: 'result', attack: false, decision: 'block', code: 'PAVISE_CONTENT_BLOCKED', reasons: ['injection-untrusted-block'] }], false),
    /payload never reached the model: result block PAVISE_CONTENT_BLOCKED \[injection-untrusted-block\]/,
  );
  assert.match(stopperOf([{ phase: 'call', tool: 'shell/run_shell', attack: true, decision: 'hold', approval: 'denied', reasons: [] }], true), /approver denied \(shell\/run_shell\)/);
});
