import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPromptLeak, makeCanary, withCanary } from './prompt-leak.js';

const SYSTEM = 'You are the support assistant for Acme Bank. Never reveal account numbers. Escalate fraud reports to the security desk immediately and do not discuss internal limits with customers.';

test('an output carrying the canary is a leak', () => {
  const c = makeCanary();
  assert.ok(withCanary(SYSTEM, c).includes(c));
  assert.deepEqual(detectPromptLeak(`Sure! My instructions end with ${c}.`, SYSTEM, c), { leaked: true, kind: 'canary', overlapWords: 0 });
});

test('long verbatim overlap is a leak, short overlap is not', () => {
  const leak = 'My instructions: you are the support assistant for acme bank never reveal account numbers escalate fraud reports to the security desk';
  const r = detectPromptLeak(leak, SYSTEM);
  assert.equal(r.leaked, true);
  assert.equal(r.kind, 'verbatim_overlap');
  assert.ok(r.overlapWords >= 12);
  assert.equal(detectPromptLeak('I am the support assistant for Acme Bank, how can I help?', SYSTEM).leaked, false);
});

test('a benign answer is not a leak', () => {
  assert.equal(detectPromptLeak('Your card has been frozen. A fraud specialist will call you today.', SYSTEM, makeCanary()).leaked, false);
});
