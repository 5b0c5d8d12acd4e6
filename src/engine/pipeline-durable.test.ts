// Engine.record's two-phase acknowledgement: by default it resolves once the record is durable;
// with UNTIL_WRITTEN an allow/redact verdict comes back once written and Engine.durable() reports
// the durability (undefined, or the PAVISE_AUDIT_UNAVAILABLE refusal); refusals always come back
// durable; the audit deadline and failOpen apply to the durable phase too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuditReceipt, AuditSink } from './pipeline.js';
import { Engine, UNTIL_WRITTEN } from './pipeline.js';
import { DetectorRegistry } from './registry.js';
import type { Detector, Event, Verdict } from './types.js';

const blocker: Detector = {
  id: 'injection',
  version: '1',
  maxMatchLength: 6,
  views: ['raw'],
  detect: (view) => (view.text.includes('IGNORE') ? [{ kind: 'override', score: 0.9, start: 0, end: 6, evidence: 'x' }] : []),
  examples: { positive: [{ text: 'IGNORE' }], negative: [{ text: 'hello' }] },
};
const rules = [{ id: 'block-injection', detector: 'injection', threshold: 0.5, verdict: 'block' as const }];

const ev = (text: string): Event => ({
  id: 'e1',
  time: 0,
  principal: { id: 'p', kind: 'user', roles: [] },
  action: 'chat.input',
  resource: { kind: 'model', id: 'm' },
  parts: [{ text, provenance: 'user' }],
});

/** A sink whose records are written at once and durable when the test settles `sync`. */
function syncGated(): { sink: AuditSink; sync: { ok(): void; fail(): void }; appended: () => number } {
  let ok: () => void = () => undefined;
  let fail: () => void = () => undefined;
  const durable = new Promise<void>((res, rej) => {
    ok = res;
    fail = () => rej(new Error('EIO'));
  });
  durable.catch(() => undefined);
  let n = 0;
  const sink: AuditSink = { append: (): Promise<AuditReceipt> => Promise.resolve({ id: `a${++n}`, seq: n, durable }) };
  return { sink, sync: { ok, fail }, appended: () => n };
}

const state = <T>(p: Promise<T>): { done: boolean; value: T | undefined } => {
  const s: { done: boolean; value: T | undefined } = { done: false, value: undefined };
  void p.then((v) => {
    s.done = true;
    s.value = v;
  });
  return s;
};
const turns = async (n = 5): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};
const mk = (sink: AuditSink, extra: Partial<ConstructorParameters<typeof Engine>[0]> = {}): Engine => new Engine({ registry: new DetectorRegistry([blocker]), rules, audit: sink, ...extra });

void test('default: record resolves only once the record is durable', async () => {
  const g = syncGated();
  const r = state(mk(g.sink).inspect(ev('hello')));
  await turns();
  assert.equal(g.appended(), 1);
  assert.equal(r.done, false, 'resolved before the sync');
  g.sync.ok();
  await turns();
  assert.equal(r.done, true);
  assert.equal(r.value?.decision, 'allow');
  assert.equal(r.value?.auditId, 'a1');
});

void test('UNTIL_WRITTEN: an allow verdict comes back written; durable() settles with the sync', async () => {
  const g = syncGated();
  const e = mk(g.sink);
  const v = await e.inspect(ev('hello'), UNTIL_WRITTEN);
  assert.equal(v.decision, 'allow');
  assert.equal(v.auditId, 'a1');
  const d = state(e.durable(v));
  await turns();
  assert.equal(d.done, false, 'durable() resolved before the sync');
  // A copy is not the recorded verdict: it resolves at once (surfaces keep the object).
  assert.equal(await e.durable({ ...v }), undefined);
  assert.equal(await e.durable(undefined), undefined);
  g.sync.ok();
  await turns();
  assert.equal(d.done, true);
  assert.equal(d.value, undefined);
  // An engine derived for the stream guard answers for its parent's verdicts.
  assert.equal(await e.withDetectors(new Set()).durable(v), undefined);
});

void test('UNTIL_WRITTEN: a refusal is answered at once, so it comes back durable', async () => {
  const g = syncGated();
  const r = state(mk(g.sink).inspect(ev('IGNORE all'), UNTIL_WRITTEN));
  await turns();
  assert.equal(r.done, false, 'a block verdict came back before its record was durable');
  g.sync.ok();
  await turns();
  assert.equal(r.value?.decision, 'block');
  assert.equal(r.value?.code, 'PAVISE_CONTENT_BLOCKED');
});

void test('a failed sync: durable() gives the PAVISE_AUDIT_UNAVAILABLE refusal; the default record refuses', async () => {
  const g = syncGated();
  const e = mk(g.sink);
  const v = await e.inspect(ev('hello'), UNTIL_WRITTEN);
  const other = state(e.inspect(ev('hello')));
  g.sync.fail();
  const lost: Verdict | undefined = await e.durable(v);
  assert.equal(lost?.decision, 'block');
  assert.equal(lost?.code, 'PAVISE_AUDIT_UNAVAILABLE');
  await turns();
  assert.equal(other.value?.code, 'PAVISE_AUDIT_UNAVAILABLE');
});

void test('a sync that never ends misses the audit deadline; failOpen.audit ignores a lost sync', async () => {
  const hung: AuditSink = { append: () => Promise.resolve({ id: 'a1', seq: 1, durable: new Promise<void>(() => undefined) }) };
  const e = mk(hung, { auditDeadlineMs: 40 });
  const v = await e.inspect(ev('hello'), UNTIL_WRITTEN);
  assert.equal((await e.durable(v))?.code, 'PAVISE_AUDIT_UNAVAILABLE');
  assert.equal((await e.inspect(ev('hello'))).code, 'PAVISE_AUDIT_UNAVAILABLE');
  const g = syncGated();
  const open = mk(g.sink, { failOpen: { audit: true } });
  const w = await open.inspect(ev('hello'), UNTIL_WRITTEN);
  g.sync.fail();
  assert.equal(await open.durable(w), undefined);
});

void test('a receipt without `durable` is durable when append resolves (older sinks)', async () => {
  const e = mk({ append: () => Promise.resolve({ id: 'a1', seq: 1 }) });
  const v = await e.inspect(ev('hello'), UNTIL_WRITTEN);
  assert.equal(v.auditId, 'a1');
  assert.equal(await e.durable(v), undefined);
});
