// Two-phase audit acknowledgement on MCP tools/call (docs/audit.md "Durability"): the call goes to
// the upstream server only once its record is WRITTEN, the result is returned only once that
// record is DURABLE, and a failed sync turns the result into pavise_audit_unavailable.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { GatedAudit, pause, until } from '../helpers/gated-audit.js';
import type { Harness, Scripted } from './helpers.js';
import { harness, scriptedServer, textOf, tool } from './helpers.js';

let h: Harness;
let s: Scripted;
let sink: GatedAudit;

before(async () => {
  s = await scriptedServer([tool('echo', 'Echoes back the input string.')]);
  h = await harness(`    office:\n      url: ${s.url}\n`);
  sink = new GatedAudit();
  // The engine holds this MemoryAudit: route its appends through the gated sink.
  h.audit.append = (event, verdict) => sink.append(event, verdict);
});

after(async () => {
  await h.close();
  await s.close();
});

void test('tools/call: upstream only after the record is written; the result only after it is durable', async () => {
  const c = await h.connect('office');
  sink.held = new Set(['tool.call']);
  let settled = false;
  const r = c.callTool({ name: 'echo', arguments: { text: 'hello' } }).finally(() => (settled = true));
  const rec = await sink.appended('tool.call');
  await pause(150);
  assert.equal(s.calls.length, 0, 'the upstream server was called before the record was written');
  rec.written.open();
  await until(() => s.calls.length === 1);
  await until(() => sink.timeline.includes('durable:tool.result'));
  await pause(150);
  assert.equal(settled, false, 'the result was returned before the call record was durable');
  rec.durable.open();
  assert.equal(textOf(await r), 'echo:{"text":"hello"}');
});

void test('tools/call: a failed sync of the call record withholds the result (pavise_audit_unavailable)', async () => {
  const c = await h.connect('office');
  sink.records.length = 0;
  sink.held = new Set(['tool.call']);
  const r = c.callTool({ name: 'echo', arguments: { text: 'again' } });
  const rec = await sink.appended('tool.call');
  rec.written.open();
  await until(() => s.calls.length === 2);
  rec.durable.fail(new Error('EIO: fdatasync failed'));
  const out = await r;
  assert.equal(out.isError, true);
  assert.match(textOf(out), /^pavise_audit_unavailable/);
  assert.doesNotMatch(textOf(out), /again/);
});
