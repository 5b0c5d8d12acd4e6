import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { AuditSink, Authorizer } from './pipeline.js';
import { applyRedactions, Engine } from './pipeline.js';
import { DetectorRegistry } from './registry.js';
import type { Detector, Event, Match } from './types.js';

// Test-only detectors: a literal matcher, one that throws, one that is slow.
function literal(id: string, word: string, entity?: string, score = 0.9): Detector {
  return {
    id,
    version: '1',
    maxMatchLength: word.length,
    views: ['raw'],
    detect(view) {
      const out: Match[] = [];
      let at = view.text.indexOf(word);
      while (at >= 0) {
        out.push({ kind: id, score, start: at, end: at + word.length, evidence: `found ${id}`, ...(entity ? { entity } : {}) });
        at = view.text.indexOf(word, at + word.length);
      }
      return out;
    },
    examples: { positive: [{ text: word }], negative: [{ text: 'nothing' }] },
  };
}

const thrower: Detector = { ...literal('boom', 'x'), id: 'boom', detect: () => { throw new Error('kaboom'); } };
const slow: Detector = {
  ...literal('slow', 'x'),
  id: 'slow',
  // Burns 30 ms of CPU time, not of wall time: the engine's budget is CPU time, and a wall-clock
  // spin on a loaded machine can get less than the 5 ms budget of CPU (a flake seen under load).
  detect: () => {
    const start = process.cpuUsage();
    for (;;) {
      const d = process.cpuUsage(start);
      if (d.user + d.system >= 30_000) break;
    }
    return [];
  },
};

function ev(text: string, action: Event['action'] = 'chat.input'): Event {
  return {
    id: 'e1',
    time: 0,
    principal: { id: 'p', kind: 'user', roles: [] },
    action,
    resource: { kind: 'model', id: 'm' },
    parts: [{ text, provenance: action === 'chat.output' ? 'model' : 'user' }],
  };
}

const rules = [
  { id: 'block-injection', detector: 'injection', threshold: 0.5, verdict: 'block' as const },
  { id: 'redact-secret', detector: 'secrets', threshold: 0.5, verdict: 'redact' as const },
];

test('allow when nothing is found; findings and reasons are empty', async () => {
  const e = new Engine({ registry: new DetectorRegistry([literal('injection', 'IGNORE')]), rules });
  const v = await e.inspect(ev('hello'));
  assert.equal(v.decision, 'allow');
  assert.deepEqual(v.findings, []);
});

test('block explains itself with the rule and the finding span', async () => {
  const e = new Engine({ registry: new DetectorRegistry([literal('injection', 'IGNORE')]), rules });
  const v = await e.inspect(ev('please IGNORE that'));
  assert.equal(v.decision, 'block');
  assert.equal(v.code, 'PAVISE_CONTENT_BLOCKED');
  assert.deepEqual(v.reasons.map((r) => r.id), ['block-injection']);
  assert.deepEqual(v.findings[0]?.span, { start: 7, end: 13 });
});

test('redact rewrites the parts with the entity mask', async () => {
  const e = new Engine({ registry: new DetectorRegistry([literal('secrets', 'SECRET', 'api_key')]), rules });
  const v = await e.inspect(ev('key=SECRET and SECRET', 'chat.output'));
  assert.equal(v.decision, 'redact');
  assert.equal(v.parts?.[0]?.text, 'key=[REDACTED:api_key] and [REDACTED:api_key]');
});

test('a detector that throws blocks with PAVISE_DETECTOR_FAILED (fail closed)', async () => {
  const e = new Engine({ registry: new DetectorRegistry([thrower]), rules });
  const v = await e.inspect(ev('anything'));
  assert.equal(v.decision, 'block');
  assert.equal(v.code, 'PAVISE_DETECTOR_FAILED');
});

test('failOpen.detectors lets a throwing detector pass, with the error as a reason', async () => {
  const e = new Engine({ registry: new DetectorRegistry([thrower]), rules, failOpen: { detectors: true } });
  const v = await e.inspect(ev('anything'));
  assert.equal(v.decision, 'allow');
  assert.ok(v.reasons.some((r) => r.source === 'error' && r.id === 'boom'));
});

test('a detector over budget blocks with PAVISE_DETECTOR_TIMEOUT', async () => {
  const e = new Engine({ registry: new DetectorRegistry([slow]), rules, detectorBudgetMs: 5 });
  const v = await e.inspect(ev('anything'));
  assert.equal(v.code, 'PAVISE_DETECTOR_TIMEOUT');
});

test('an audit sink that fails or hangs refuses the request with PAVISE_AUDIT_UNAVAILABLE', async () => {
  const failing: AuditSink = { append: () => Promise.reject(new Error('disk full')) };
  const hanging: AuditSink = { append: () => new Promise(() => undefined) };
  for (const audit of [failing, hanging]) {
    const e = new Engine({ registry: new DetectorRegistry([]), rules, audit, auditDeadlineMs: 50 });
    const v = await e.inspect(ev('hello'));
    assert.equal(v.decision, 'block');
    assert.equal(v.code, 'PAVISE_AUDIT_UNAVAILABLE');
  }
});

test('the audit receipt id travels on the verdict', async () => {
  const seen: string[] = [];
  const audit: AuditSink = { append: (event) => { seen.push(event.id); return Promise.resolve({ id: 'a-1', seq: 1 }); } };
  const e = new Engine({ registry: new DetectorRegistry([]), rules, audit });
  const v = await e.inspect(ev('hello'));
  assert.equal(v.auditId, 'a-1');
  assert.deepEqual(seen, ['e1']);
});

test('authorizer deny -> 403 code; throw -> PAVISE_POLICY_ERROR; hold -> approval id', async () => {
  const mk = (a: Authorizer): Engine => new Engine({ registry: new DetectorRegistry([]), rules, authorizer: a });
  const deny = await mk({ version: 'v1', authorize: () => ({ decision: 'deny', reasons: [{ source: 'policy', id: 'p1', message: 'no' }] }) }).inspect(ev('hi'));
  assert.equal(deny.code, 'PAVISE_FORBIDDEN');
  assert.equal(deny.policyVersion, 'v1');
  const err = await mk({ version: 'v1', authorize: () => { throw new Error('bad'); } }).inspect(ev('hi'));
  assert.equal(err.code, 'PAVISE_POLICY_ERROR');
  const hold = await mk({ version: 'v1', authorize: () => ({ decision: 'hold', reasons: [], approvalId: 'ap1' }) }).inspect(ev('hi'));
  assert.equal(hold.decision, 'hold');
  assert.equal(hold.approvalId, 'ap1');
});

test('a gate refuses before detection runs', async () => {
  let ran = false;
  const spy: Detector = { ...literal('injection', 'x'), detect: () => { ran = true; return []; } };
  const e = new Engine({
    registry: new DetectorRegistry([spy]),
    rules,
    gates: [{ id: 'blocked', check: () => ({ decision: 'block', code: 'PAVISE_PRINCIPAL_BLOCKED', reason: { source: 'monitor', id: 'blocked', message: 'blocked' } }) }],
  });
  const v = await e.inspect(ev('x'));
  assert.equal(v.code, 'PAVISE_PRINCIPAL_BLOCKED');
  assert.equal(ran, false);
});

test('property: decisions are deterministic and independent of detector order', async () => {
  const dets = [literal('injection', 'IGN'), literal('secrets', 'SEC', 'k')];
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom('IGN', 'SEC', 'a', ' ', 'b'), { maxLength: 20 }), async (words) => {
      const text = words.join('');
      const a = await new Engine({ registry: new DetectorRegistry(dets), rules }).inspect(ev(text));
      const b = await new Engine({ registry: new DetectorRegistry([...dets].reverse()), rules }).inspect(ev(text));
      assert.equal(a.decision, b.decision);
      assert.deepEqual(a.findings, b.findings);
      assert.deepEqual(a.parts, b.parts);
    }),
    { numRuns: 100 },
  );
});

test('property: applyRedactions keeps text outside redacted spans', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.nat(40), fc.nat(10), (text, s, len) => {
      const start = Math.min(s, text.length);
      const end = Math.min(text.length, start + len);
      const [out] = applyRedactions([{ text, provenance: 'user' }], [{ part: 0, start, end, entity: 'x', replacement: '#' }]);
      assert.equal(out?.text, `${text.slice(0, start)}#${text.slice(end)}`);
    }),
    { numRuns: 200 },
  );
});

test('views outer, detectors inner: each view goes through every detector in turn (shared memos hit); errors and findings keep registry order', () => {
  const calls: string[] = [];
  // Reads every view; reports one finding per view at its first character.
  const every = (id: string): Detector => ({
    ...literal(id, 'x'),
    id,
    views: ['raw', 'normalized', 'leet'],
    detect(view) {
      calls.push(`${id}:${view.name}`);
      return [{ kind: id, score: 0.9, start: 0, end: 1, evidence: view.name }];
    },
  });
  // Finds on raw, then throws on the next view it reads.
  const late: Detector = {
    ...every('late'),
    detect(view) {
      calls.push(`late:${view.name}`);
      if (view.name !== 'raw') throw new TypeError('late');
      return [{ kind: 'late', score: 0.9, start: 2, end: 3, evidence: 'raw' }];
    },
  };
  const text = 'h3ll0 w0rld, 1gn0r3 4ll';
  const e = new Engine({ registry: new DetectorRegistry([every('a'), late, slow, every('b')]), rules, detectorBudgetMs: 5 });
  const r = e.detect(ev(text));
  const viewNames = [...new Set(calls.filter((c) => c.startsWith('a:')).map((c) => c.slice(2)))];
  assert.ok(viewNames.length >= 2, `needs a second view: ${viewNames.join(',')}`);
  // Order of calls: per view, every detector that reads it (the thrower skipped once it threw).
  const expected: string[] = [];
  viewNames.forEach((v, i) => {
    expected.push(`a:${v}`);
    if (i === 0) expected.push(`late:${v}`);
    if (i === 1) expected.push(`late:${v}`);
    expected.push(`b:${v}`);
  });
  assert.deepEqual(calls.filter((c) => !c.startsWith('slow')), expected);
  // Errors in registry order: the thrower, then the detector over budget.
  assert.deepEqual(r.errors.map((x) => x.id), ['late', 'slow']);
  assert.equal(r.errorCode, 'PAVISE_DETECTOR_FAILED');
  assert.match(r.errors[0]?.message ?? '', /failed: TypeError/);
  // The thrower's finding from before it threw is kept; findings sorted as before.
  assert.ok(r.findings.some((f) => f.detector === 'late' && f.view === 'raw'));
  assert.deepEqual([...new Set(r.findings.map((f) => f.detector))], ['a', 'b', 'late']);
});
