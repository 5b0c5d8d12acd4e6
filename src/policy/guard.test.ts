import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Action, Decision, Event, Finding, Provenance } from '../engine/types.js';
import type { GuardRule } from './guard.js';
import { DEFAULT_GUARD_RULES, evaluateGuard, strongest } from './guard.js';

function ev(action: Action, provenance: Provenance = 'user'): Event {
  return { id: 'e', time: 0, principal: { id: 'p', kind: 'user', roles: [] }, action, resource: { kind: 'model', id: 'm' }, parts: [{ text: 'x'.repeat(50), provenance }] };
}
function f(detector: string, score: number, extra: Partial<Finding> = {}): Finding {
  return { detector, kind: 'k', score, part: 0, span: { start: 0, end: 5 }, view: 'raw', evidence: 'e', ...extra };
}

void describe('default guard rules (documented in docs/policy.md)', () => {
  const table: Array<{ name: string; action: Action; provenance?: Provenance; findings: Finding[]; want: Decision; rules?: string[]; alerts?: string[] }> = [
    { name: 'no findings allows', action: 'chat.input', findings: [], want: 'allow' },
    { name: 'injection 0.85 on user input blocks', action: 'chat.input', findings: [f('injection', 0.85)], want: 'block', rules: ['injection-input-block'] },
    { name: 'injection threshold is inclusive (0.8)', action: 'chat.input', findings: [f('injection', 0.8)], want: 'block' },
    { name: 'injection 0.79 on user input allows', action: 'chat.input', findings: [f('injection', 0.79)], want: 'allow' },
    { name: 'injection 0.6 in a tool result blocks', action: 'tool.result', provenance: 'tool:web/fetch', findings: [f('injection', 0.6)], want: 'block', rules: ['injection-untrusted-block'] },
    { name: 'injection 0.6 in retrieved content on chat.input blocks', action: 'chat.input', provenance: 'retrieved:kb', findings: [f('injection', 0.6)], want: 'block' },
    { name: 'injection in model output only alerts', action: 'chat.output', findings: [f('injection', 0.95)], want: 'allow', alerts: ['injection-output-alert'] },
    { name: 'jailbreak 0.8 on input blocks', action: 'chat.input', findings: [f('jailbreak', 0.8)], want: 'block', rules: ['jailbreak-input-block'] },
    { name: 'jailbreak 0.6 untrusted blocks', action: 'tool.result', provenance: 'tool:a/b', findings: [f('jailbreak', 0.6)], want: 'block' },
    { name: 'hidden text on input blocks', action: 'chat.input', findings: [f('hidden_text', 0.7)], want: 'block', rules: ['hidden-text-block'] },
    { name: 'hidden text on output alerts', action: 'chat.output', findings: [f('hidden_text', 0.9)], want: 'allow', alerts: ['hidden-text-output-alert'] },
    { name: 'secret with an entity is redacted', action: 'chat.output', findings: [f('secrets', 0.9, { entity: 'aws_key' })], want: 'redact', rules: ['secrets-redact'] },
    { name: 'secret without an entity blocks (cannot mask)', action: 'chat.output', findings: [f('secrets', 0.9)], want: 'block' },
    { name: 'secret on input is redacted too', action: 'chat.input', findings: [f('secrets', 0.5, { entity: 'token' })], want: 'redact' },
    { name: 'contact pii (email) on output only alerts', action: 'chat.output', findings: [f('pii', 0.7, { kind: 'email', entity: 'email' })], want: 'allow', alerts: ['pii-alert'] },
    { name: 'high-risk pii on output is redacted', action: 'chat.output', findings: [f('pii', 0.7, { kind: 'credit_card', entity: 'credit_card' })], want: 'redact', rules: ['pii-high-risk-redact'] },
    { name: 'high-risk pii in a tool result is redacted', action: 'tool.result', provenance: 'tool:crm/get', findings: [f('pii', 0.9, { kind: 'us_ssn', entity: 'us_ssn' })], want: 'redact' },
    { name: 'pii on input only alerts', action: 'chat.input', findings: [f('pii', 0.9, { kind: 'credit_card', entity: 'credit_card' })], want: 'allow', alerts: ['pii-alert'] },
    { name: 'injection score in tool-call arguments only alerts', action: 'tool.call', provenance: 'model', findings: [f('injection', 0.95)], want: 'allow', alerts: ['injection-toolargs-alert'] },
    { name: 'exfiltration link blocks', action: 'chat.output', findings: [f('exfiltration', 0.7)], want: 'block', rules: ['exfil-link-block'] },
    { name: 'prompt leak blocks', action: 'chat.output', findings: [f('prompt_leak', 0.75)], want: 'block', rules: ['prompt-leak-block'] },
    { name: 'block beats redact', action: 'chat.output', findings: [f('pii', 0.7, { entity: 'email' }), f('exfiltration', 0.9)], want: 'block' },
    { name: 'unknown detector is ignored', action: 'chat.input', findings: [f('toxicity', 1)], want: 'allow' },
  ];
  for (const c of table) {
    void it(c.name, () => {
      const out = evaluateGuard(c.findings, ev(c.action, c.provenance), DEFAULT_GUARD_RULES);
      assert.equal(out.decision, c.want);
      if (c.rules) assert.deepEqual(out.reasons.map((r) => r.id), c.rules);
      if (c.alerts) assert.deepEqual(out.alerts.map((r) => r.id), c.alerts);
    });
  }
});

void describe('custom guard rules', () => {
  const rules: GuardRule[] = [
    { id: 'hold-pii-tool-call', detector: 'pii', actions: ['tool.call'], threshold: 0.5, verdict: 'hold', message: 'personal data in a tool call' },
    { id: 'only-override', detector: 'injection', kinds: ['override'], threshold: 0.1, verdict: 'block' },
    { id: 'untrusted-any', detector: '*', provenance: 'untrusted', threshold: 0.99, verdict: 'block' },
  ];
  void it('actions filter and custom messages', () => {
    const out = evaluateGuard([f('pii', 0.6)], ev('tool.call'), rules);
    assert.equal(out.decision, 'hold');
    assert.equal(out.reasons[0]?.message, 'personal data in a tool call');
    assert.equal(evaluateGuard([f('pii', 0.6)], ev('chat.input'), rules).decision, 'allow');
  });
  void it('kinds filter', () => {
    assert.equal(evaluateGuard([f('injection', 0.2, { kind: 'override' })], ev('chat.input'), rules).decision, 'block');
    assert.equal(evaluateGuard([f('injection', 0.2, { kind: 'roleplay' })], ev('chat.input'), rules).decision, 'allow');
  });
  void it('provenance filter and wildcard detector', () => {
    assert.equal(evaluateGuard([f('anything', 1)], ev('tool.result', 'tool:s/t'), rules).decision, 'block');
    assert.equal(evaluateGuard([f('anything', 1)], ev('chat.input', 'user'), rules).decision, 'allow');
  });
  void it('a finding on a missing part matches nothing', () => {
    assert.equal(evaluateGuard([f('injection', 1, { part: 7, kind: 'override' })], ev('chat.input'), rules).decision, 'allow');
  });
  void it('strongest orders allow < redact < hold < block', () => {
    assert.equal(strongest('redact', 'hold'), 'hold');
    assert.equal(strongest('block', 'hold'), 'block');
    assert.equal(strongest('allow', 'redact'), 'redact');
  });
});

void describe('guard properties', () => {
  const detectors = ['hidden_text', 'injection', 'jailbreak', 'secrets', 'pii', 'exfiltration', 'prompt_leak', 'other'];
  const finding = fc.record({
    detector: fc.constantFrom(...detectors),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
    part: fc.integer({ min: 0, max: 1 }),
    entity: fc.option(fc.constantFrom('email', 'aws_key'), { nil: undefined }),
    start: fc.integer({ min: 0, max: 40 }),
  }).map(({ detector, score, part, entity, start }): Finding => ({ detector, kind: 'k', score, part, span: { start, end: start + 5 }, view: 'raw', evidence: 'e', ...(entity ? { entity } : {}) }));
  const action = fc.constantFrom<Action>('chat.input', 'chat.output', 'tool.call', 'tool.result');
  const provenance = fc.constantFrom<Provenance>('user', 'model', 'tool:s/t', 'retrieved:kb');

  void it('the outcome does not depend on the order of findings or rules', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), action, provenance, provenance, fc.integer(), (fs, a, p0, p1, seed) => {
        const event: Event = { ...ev(a), parts: [{ text: 'x'.repeat(50), provenance: p0 }, { text: 'y'.repeat(50), provenance: p1 }] };
        const perm = <T>(xs: readonly T[]): T[] => xs.map((x, i) => ({ x, k: ((i + 1) * 2654435761 + seed) >>> 0 })).sort((u, v) => u.k - v.k).map((u) => u.x);
        const x = evaluateGuard(fs, event, DEFAULT_GUARD_RULES);
        const y = evaluateGuard(perm(fs), event, perm(DEFAULT_GUARD_RULES));
        assert.equal(y.decision, x.decision);
        assert.deepEqual(y.reasons, x.reasons);
        assert.deepEqual(y.alerts, x.alerts);
        const key = (r: Finding): string => `${r.part}:${r.span.start}:${r.detector}:${r.score}:${r.entity ?? ''}`;
        assert.deepEqual(y.redact.map(key).sort(), x.redact.map(key).sort());
      }),
      { numRuns: 200 },
    );
  });

  void it('raising a score never weakens the decision', () => {
    const rank: Record<Decision, number> = { allow: 0, redact: 1, hold: 2, block: 3 };
    fc.assert(
      fc.property(fc.array(finding, { minLength: 1, maxLength: 6 }), action, fc.double({ min: 0, max: 1, noNaN: true }), (fs, a, bump) => {
        const event = ev(a);
        const fs0 = fs.map((x) => ({ ...x, part: 0 }));
        const before = evaluateGuard(fs0, event, DEFAULT_GUARD_RULES).decision;
        const after = evaluateGuard(fs0.map((x) => ({ ...x, score: Math.min(1, x.score + bump) })), event, DEFAULT_GUARD_RULES).decision;
        assert.ok(rank[after] >= rank[before], `${before} -> ${after}`);
      }),
      { numRuns: 200 },
    );
  });
});
