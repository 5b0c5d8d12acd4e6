// The metric names are a contract: docs/monitoring.md's table and METRIC_NAMES list the same
// series, and a fresh registry exposes each of them (with the documented type).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Metrics, METRIC_NAMES } from './metrics.js';

const DOC = new URL('../../docs/monitoring.md', import.meta.url);

function documented(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readFileSync(DOC, 'utf8').matchAll(/^\| `(pavise_[a-z_]+)` \| (counter|gauge|histogram) \|/gm)) {
    if (m[1] && m[2]) out.set(m[1], m[2]);
  }
  return out;
}

void test('docs/monitoring.md lists exactly METRIC_NAMES, with the registered types', async () => {
  const docs = documented();
  assert.deepEqual([...docs.keys()].sort(), [...METRIC_NAMES].sort());
  const text = await new Metrics({}, { defaultMetrics: false }).text();
  for (const [name, type] of docs) assert.match(text, new RegExp(`^# TYPE ${name} ${type}$`, 'm'), name);
});

void test('decision and HTTP counts kept between reads add up exactly, across reads and label sets', async () => {
  const m = new Metrics({}, { defaultMetrics: false });
  const ev = (action: 'chat.input' | 'chat.output', surface?: 'openai') => ({ id: 'e', time: 0, principal: { id: 'p', kind: 'user' as const, roles: [] }, action, resource: { kind: 'model' as const, id: 'm' }, parts: [], ...(surface ? { surface } : {}) });
  const verdict = (decision: 'allow' | 'block') => ({ decision, message: '', reasons: [], findings: [], redactions: [], policyVersion: 'v', obligations: [] });
  for (let i = 0; i < 3; i++) m.observe(ev('chat.input', 'openai'), verdict('allow'));
  m.observe(ev('chat.output'), verdict('block'));
  m.httpRequest('/v1/chat/completions', 200, 0.002);
  m.httpRequest('/v1/chat/completions', 200, 0.004);
  m.httpRequest('unmatched', 404, 0.001);
  let text = await m.text();
  assert.match(text, /^pavise_decisions_total\{decision="allow",action="chat.input",surface="openai"\} 3$/m);
  assert.match(text, /^pavise_decisions_total\{decision="block",action="chat.output",surface="sdk"\} 1$/m);
  assert.match(text, /^pavise_http_requests_total\{route="\/v1\/chat\/completions",status="200"\} 2$/m);
  assert.match(text, /^pavise_http_requests_total\{route="unmatched",status="404"\} 1$/m);
  assert.match(text, /^pavise_http_request_duration_seconds_count\{route="\/v1\/chat\/completions"\} 2$/m);
  // A second read adds what came since, once (nothing counted twice, nothing lost).
  m.observe(ev('chat.input', 'openai'), verdict('allow'));
  m.httpRequests.inc({ route: 'unmatched', status: '404' });
  m.httpRequest('unmatched', 404, 0.001);
  text = await m.text();
  assert.match(text, /^pavise_decisions_total\{decision="allow",action="chat.input",surface="openai"\} 4$/m);
  assert.match(text, /^pavise_http_requests_total\{route="unmatched",status="404"\} 3$/m);
  text = await m.text();
  assert.match(text, /^pavise_decisions_total\{decision="allow",action="chat.input",surface="openai"\} 4$/m);
  // JSON reads flush too.
  m.observe(ev('chat.input', 'openai'), verdict('allow'));
  const json = await m.registry.getMetricsAsJSON();
  const decisions = json.find((x) => x.name === 'pavise_decisions_total');
  assert.equal(decisions?.values.find((v) => v.labels.decision === 'allow')?.value, 5);
});
