// OpenTelemetry traces through the gateway: one `pavise.decision` span per decision with the
// documented attributes (ids only, no content), one span per HTTP request named by route pattern;
// no tracer at all unless configured; a configured OTLP endpoint receives the spans on close.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { identityFor } from '../../src/identity/index.js';
import { parseConfig } from '../../src/policy/config.js';
import type { Runtime } from '../../src/runtime.js';
import { createRuntime } from '../../src/runtime.js';
import { createServer } from '../../src/surfaces/http.js';
import { fakeAwsKey, TEST_INJECTION_MARKER } from '../helpers/detectors.js';
import { gatewayDetectors, testAuthorizer } from '../helpers/gateway.js';
import { startScriptedUpstream } from '../helpers/scripted-upstream.js';

async function withGateway(extraYaml: string, spanExporter: SpanExporter | undefined, fn: (rt: Runtime, chat: (content: string) => Promise<number>) => Promise<void>): Promise<void> {
  const upstream = await startScriptedUpstream();
  const dir = mkdtempSync(join(tmpdir(), 'pavise-trace-'));
  const dets = gatewayDetectors(false);
  const yaml = `dataDir: ${dir}\ndetectors: { disabled: ${JSON.stringify(dets.disabled)}, budgetMs: 1000 }\nproviders:\n  openai: { baseUrl: ${upstream.url}/v1, apiKey: sk-upstream-secret }\n${extraYaml}`;
  const { config, warnings } = parseConfig(yaml, 'test.yaml', {});
  const runtime = createRuntime({ config, path: undefined, baseDir: dir, warnings }, { detectors: dets.add, authorizer: testAuthorizer }, spanExporter ? { spanExporter } : {});
  const app = createServer(runtime);
  await app.ready();
  const key = identityFor(runtime).keys.create({ name: 'svc', roles: ['admin'] }).key;
  const chat = async (content: string): Promise<number> =>
    (await app.inject({ method: 'POST', url: '/v1/chat/completions', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: { model: 'gpt-test', messages: [{ role: 'user', content }] } })).statusCode;
  try {
    await fn(runtime, chat);
  } finally {
    await app.close();
    await runtime.close();
    await upstream.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void test('a span per decision with decision attributes, a span per request by route; no content in spans', async () => {
  const exporter = new InMemorySpanExporter();
  const aws = fakeAwsKey(3);
  let spans: ReturnType<InMemorySpanExporter['getFinishedSpans']> = [];
  await withGateway('', exporter, async (runtime, chat) => {
    assert.ok(runtime.tracing);
    assert.equal(await chat(`hello, my key is ${aws}`), 200);
    assert.equal(await chat(`${TEST_INJECTION_MARKER} do evil`), 400);
    // Read before close: shutting the provider down resets the in-memory exporter.
    spans = exporter.getFinishedSpans();
  });
  const decisions = spans.filter((s) => s.name === 'pavise.decision');
  const blocked = decisions.find((s) => s.attributes['pavise.decision'] === 'block');
  assert.ok(blocked, spans.map((s) => s.name).join(','));
  assert.equal(blocked.attributes['pavise.action'], 'chat.input');
  assert.equal(blocked.attributes['pavise.code'], 'pavise_content_blocked');
  assert.deepEqual(blocked.attributes['pavise.detectors'], ['injection']);
  assert.equal(blocked.attributes['pavise.surface'], 'openai');
  assert.match(String(blocked.attributes['pavise.principal']), /^key:/);
  assert.equal(typeof blocked.attributes['pavise.policy_version'], 'string');
  const redacted = decisions.find((s) => s.attributes['pavise.decision'] === 'redact' || (s.attributes['pavise.detectors'] as string[] | undefined)?.includes('secrets'));
  assert.ok(redacted, 'the secret finding shows as a detector id');
  assert.ok(decisions.some((s) => s.attributes['pavise.action'] === 'chat.output'), 'output decisions traced too');
  const http = spans.filter((s) => s.name === 'HTTP POST /v1/chat/completions');
  assert.equal(http.length, 2);
  assert.deepEqual(http.map((s) => s.attributes['http.response.status_code']).sort(), [200, 400]);
  assert.equal(http[0]?.attributes['http.route'], '/v1/chat/completions');
  assert.equal(spans[0]?.resource.attributes['service.name'], 'pavise');
  const all = JSON.stringify(spans.map((s) => s.attributes));
  assert.ok(!all.includes(aws) && !all.includes(TEST_INJECTION_MARKER) && !all.includes('sk-upstream-secret'), 'spans hold ids, not content');
});

void test('no tracer unless configured; a configured OTLP endpoint receives the spans', async () => {
  await withGateway('', undefined, (runtime) => {
    assert.equal(runtime.tracing, undefined);
    return Promise.resolve();
  });
  const received: Array<{ path: string; type: string; bytes: number }> = [];
  const collector = createHttpServer((req, res) => {
    let bytes = 0;
    req.on('data', (c: Buffer) => (bytes += c.length));
    req.on('end', () => {
      received.push({ path: req.url ?? '', type: String(req.headers['content-type']), bytes });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
  try {
    const port = (collector.address() as AddressInfo).port;
    await withGateway(`telemetry: { otlpEndpoint: "http://127.0.0.1:${port}/v1/traces", serviceName: pavise-test }\n`, undefined, async (runtime, chat) => {
      assert.ok(runtime.tracing);
      assert.equal(await chat('hello'), 200);
    });
    // runtime.close() shut the provider down, which flushed the batch.
    assert.ok(received.some((r) => r.path === '/v1/traces' && r.bytes > 0), JSON.stringify(received));
  } finally {
    collector.closeAllConnections();
    await new Promise((r) => collector.close(r));
  }
  assert.throws(() => parseConfig('telemetry: { otlpEndpoint: not-a-url }\n', 't.yaml', {}), /otlpEndpoint/);
});
