// The metric names are a contract: docs/monitoring.md's table and METRIC_NAMES list the same
// series, and a fresh registry exposes each of them (with the documented type).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { Histogram, Registry } from 'prom-client';
import { FastHistogram, Metrics, METRIC_NAMES } from './metrics.js';

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

void test('FastHistogram exports what a prom-client Histogram fed the same observations exports (text and JSON)', async () => {
  const buckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
  const value = fc.oneof(fc.constantFrom(...buckets, 0, -1, 1e9, 0.0004999), fc.double({ min: -10, max: 10, noNaN: true }));
  const labels = fc.constantFrom<Record<string, string>>({ action: 'chat.input' }, { action: 'chat.output' }, { action: 'tool.call' }, {});
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(labels, value), { maxLength: 60 }), async (obs) => {
      const ref = new Registry();
      const fast = new Registry();
      const config = { name: 'pavise_test_seconds', help: 'Test histogram', labelNames: ['action'] as const, buckets };
      const h = new Histogram({ ...config, registers: [ref] });
      const f = new FastHistogram({ ...config, registers: [fast] });
      for (const [l, v] of obs) {
        h.observe(l, v);
        f.observe(l, v);
      }
      assert.equal(await fast.metrics(), await ref.metrics());
      assert.deepEqual(await fast.getMetricsAsJSON(), await ref.getMetricsAsJSON());
      ref.resetMetrics();
      fast.resetMetrics();
      assert.equal(await fast.metrics(), await ref.metrics());
    }),
    { numRuns: 100 },
  );
  const f = new FastHistogram({ name: 'pavise_test2_seconds', help: 'h', labelNames: ['route'] as const, buckets, registers: [new Registry()] });
  assert.throws(() => f.observe({ route: '/x' }, Number.NaN), TypeError);
  assert.throws(() => f.observe({ other: 'x' } as unknown as { route: string }, 1), /not included in initial labelset/);
});
