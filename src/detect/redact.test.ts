import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine } from '../engine/pipeline.js';
import { DetectorRegistry } from '../engine/registry.js';
import { DEFAULT_GUARD_RULES, redactionRules } from '../policy/guard.js';
import type { Event } from '../engine/types.js';
import { piiDetector } from './pii/index.js';
import { Pseudonymizer, createRedactor } from './redact.js';
import { secretsDetector } from './secrets/index.js';

const registry = new DetectorRegistry([secretsDetector, piiDetector]);
// Contact data is only alerted on by default; these tests configure email redaction explicitly.
const emailRules = [...DEFAULT_GUARD_RULES, ...redactionRules({ email: 'mask' })];
const key = 'gh' + 'p_' + 'Qm7RtZx2Lp9WvKc4Nb8Hy3JdGs5Tf1aE8uB2';
function ev(text: string, over: Partial<Event> = {}): Event {
  return { id: 'e1', time: 0, principal: { id: 'key:abc', kind: 'user', roles: ['dev'] }, session: 's1', action: 'chat.output', resource: { kind: 'model', id: 'm' }, parts: [{ text, provenance: 'model' }], ...over };
}

void test('mask, hash and placeholder modes through the engine', async () => {
  const redactor = createRedactor({ default: 'mask', entities: { email: 'placeholder', phone: 'hash' }, allow: [] }, { hashKey: 'k' });
  const engine = new Engine({ registry, redactor, detectorBudgetMs: 10_000, rules: [...DEFAULT_GUARD_RULES, ...redactionRules({ email: 'placeholder', phone: 'hash' })] });
  const v = await engine.decide(ev(`token ${key}, mail bob@example.com, call +44 20 7946 0958, again bob@example.com`, { action: 'chat.input', parts: [{ text: `token ${key}, mail bob@example.com, call +44 20 7946 0958, again bob@example.com`, provenance: 'user' }] }));
  assert.equal(v.decision, 'redact');
  const out = v.parts?.[0]?.text ?? '';
  assert.match(out, /^token \[REDACTED:github_token\], mail <EMAIL_1>, call \[HASH:phone:[0-9a-f]{10}\], again <EMAIL_1>$/);
  assert.ok(!out.includes(key) && !out.includes('bob@'));
  // Restore in the model's answer, same session only.
  assert.equal(redactor.pseudonymizer.restore('s1', 'I wrote to <EMAIL_1>.'), 'I wrote to bob@example.com.');
  assert.equal(redactor.pseudonymizer.restore('other', 'I wrote to <EMAIL_1>.'), 'I wrote to <EMAIL_1>.');
  // The model's answer (restored before it is scanned) never mints placeholders: a value the
  // session never pseudonymized is masked; the caller's own value stays in clear.
  const outV = await engine.decide(ev('contact eve@example.com or bob@example.com', { action: 'chat.output' }));
  assert.equal(outV.parts?.[0]?.text, 'contact [REDACTED:email] or bob@example.com');
  const elsewhere = await engine.decide(ev('contact bob@example.com', { action: 'chat.output', session: 'other' }));
  assert.equal(elsewhere.parts?.[0]?.text, 'contact [REDACTED:email]');
  assert.equal(redactor.pseudonymizer.restore('s1', '<EMAIL_2>'), '<EMAIL_2>');
  // Hash is keyed and stable.
  const again = await engine.decide(ev('call +44 20 7946 0958'));
  assert.equal(/\[HASH:phone:[0-9a-f]{10}\]/.exec(again.parts?.[0]?.text ?? '')?.[0], /\[HASH:phone:[0-9a-f]{10}\]/.exec(out)?.[0]);
});

void test('block mode refuses the event; allowlists keep values in clear', async () => {
  const blockEngine = new Engine({ registry, detectorBudgetMs: 10_000, rules: [...DEFAULT_GUARD_RULES, ...redactionRules({ github_token: 'block' })], redactor: createRedactor({ default: 'mask', entities: { github_token: 'block' }, allow: [] }) });
  const b = await blockEngine.decide(ev(`here: ${key}`));
  assert.equal(b.decision, 'block');
  assert.equal(b.code, 'PAVISE_OUTPUT_BLOCKED');
  assert.equal(b.parts, undefined);

  const allow = createRedactor({ default: 'mask', entities: {}, allow: [{ entity: 'email', principal: 'key:abc' }, { value: key }] });
  const a = await new Engine({ registry, detectorBudgetMs: 10_000, redactor: allow, rules: emailRules }).decide(ev(`${key} me@example.com`));
  assert.equal(a.decision, 'allow');
  const other = await new Engine({ registry, detectorBudgetMs: 10_000, redactor: allow, rules: emailRules }).decide(ev('me@example.com', { principal: { id: 'key:zzz', kind: 'user', roles: [] } }));
  assert.equal(other.parts?.[0]?.text, '[REDACTED:email]');
  assert.throws(() => createRedactor({ default: 'mask', entities: {}, allow: [{ pattern: '(' }] }));
  // A pattern that backtracks exponentially is refused at start-up (ReDoS from config).
  assert.throws(() => createRedactor({ default: 'mask', entities: {}, allow: [{ pattern: '(a+)+b' }] }), /not provably linear/);
  assert.doesNotThrow(() => createRedactor({ default: 'mask', entities: {}, allow: [{ pattern: 'AKIA[0-9A-Z]{12}EXAMPLE' }] }));
});

void test('placeholder without a session falls back to mask; pseudonymizer is bounded', async () => {
  const r = createRedactor({ default: 'placeholder', entities: {}, allow: [] });
  const { session: _s, ...noSession } = ev('mail bob@example.com');
  const v = await new Engine({ registry, detectorBudgetMs: 10_000, redactor: r, rules: emailRules }).decide(noSession);
  assert.equal(v.parts?.[0]?.text, 'mail [REDACTED:email]');
  const p = new Pseudonymizer({ maxSessions: 2, maxValuesPerSession: 2 });
  assert.equal(p.placeholder('a', 'email', 'x@y.z'), '<EMAIL_1>');
  assert.equal(p.placeholder('a', 'email', 'x@y.z'), '<EMAIL_1>');
  assert.equal(p.placeholder('a', 'email', 'w@y.z'), '<EMAIL_2>');
  assert.equal(p.placeholder('a', 'email', 'v@y.z'), undefined);
  p.placeholder('b', 'email', '1');
  p.placeholder('c', 'email', '1');
  assert.equal(p.size, 2);
  assert.equal(p.restore('a', '<EMAIL_1>'), '<EMAIL_1>'); // evicted (LRU)
  const s = p.restoreStream('c');
  assert.equal(s.push('hi <EMA') + s.push('IL_1> ok') + s.end(), 'hi 1 ok');
});
