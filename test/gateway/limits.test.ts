// The gateway's bounds and plumbing, in-process through fastify `inject` (no sockets except the
// scripted upstream): body and JSON-depth limits (also after gzip), rate limits with Retry-After,
// max_tokens caps, upstream errors and timeouts, session header, audit wiring, health.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { AuditSink } from '../../src/engine/pipeline.js';
import type { Event, Verdict } from '../../src/engine/types.js';
import type { Gateway } from '../helpers/gateway.js';
import { startGateway } from '../helpers/gateway.js';
import { fakeAwsKey } from '../helpers/detectors.js';

const chat = (over: Record<string, unknown> = {}) => JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }], ...over });

async function withGateway(opts: Parameters<typeof startGateway>[0], fn: (gw: Gateway) => Promise<void>): Promise<void> {
  const gw = await startGateway({ listen: false, ...opts });
  try {
    await fn(gw);
  } finally {
    await gw.close();
  }
}

function post(gw: Gateway, url: string, payload: string | Buffer, headers: Record<string, string> = {}) {
  return gw.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.key}`, ...headers } });
}

void test('healthz needs no key; unknown routes are 404 with a pavise code', async () => {
  await withGateway({}, async (gw) => {
    const h = await gw.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(h.statusCode, 200);
    const nf = await gw.app.inject({ method: 'GET', url: '/nope' });
    assert.equal(nf.statusCode, 404);
    assert.equal(nf.json().error.code, 'pavise_not_found');
  });
});

void test('body limit (plain and gzip bomb), JSON depth and bad JSON are refused before the upstream', async () => {
  await withGateway({ yaml: 'server: { bodyLimit: 2000, maxJsonDepth: 8 }\n' }, async (gw) => {
    const big = await post(gw, '/v1/chat/completions', chat({ pad: 'x'.repeat(5000) }));
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().error.code, 'pavise_body_too_large');
    const bomb = gzipSync(Buffer.from(chat({ pad: 'x'.repeat(1_000_000) })));
    assert.ok(bomb.length < 2000);
    const b = await post(gw, '/v1/chat/completions', bomb, { 'content-encoding': 'gzip' });
    assert.equal(b.statusCode, 413);
    const ok = await post(gw, '/v1/chat/completions', gzipSync(Buffer.from(chat())), { 'content-encoding': 'gzip' });
    assert.equal(ok.statusCode, 200);
    const deep = await post(gw, '/v1/chat/completions', chat({ x: JSON.parse('['.repeat(20) + ']'.repeat(20)) as unknown }));
    assert.equal(deep.statusCode, 400);
    assert.equal(deep.json().error.code, 'pavise_json_too_deep');
    const anth = await post(gw, '/v1/messages', '['.repeat(50));
    assert.equal(anth.statusCode, 400);
    assert.deepEqual(Object.keys(anth.json()), ['type', 'error']);
    assert.equal(anth.json().error.code, 'pavise_json_too_deep');
    const bad = await post(gw, '/v1/chat/completions', '{"model":');
    assert.equal(bad.json().error.code, 'pavise_bad_request');
    const notJson = await post(gw, '/v1/chat/completions', 'hello', { 'content-type': 'text/plain' });
    assert.equal(notJson.statusCode, 415);
    assert.equal(gw.upstream.requests.length, 1, 'only the valid gzip request went upstream');
  });
});

void test('rate limit per key: 429 with Retry-After in the provider shape; other keys unaffected', async () => {
  await withGateway({ yaml: 'limits: { requestsPerMinute: 2 }\n' }, async (gw) => {
    assert.equal((await post(gw, '/v1/chat/completions', chat())).statusCode, 200);
    assert.equal((await post(gw, '/v1/chat/completions', chat())).statusCode, 200);
    const r = await post(gw, '/v1/messages', JSON.stringify({ model: 'c', max_tokens: 5, messages: [] }));
    assert.equal(r.statusCode, 429);
    assert.ok(Number(r.headers['retry-after']) >= 1);
    assert.equal(r.json().error.type, 'rate_limit_error');
    assert.equal(r.json().error.code, 'pavise_rate_limited');
    assert.equal(gw.upstream.requests.length, 2);
  });
});

void test('tokens per minute: usage reported by the upstream is charged', async () => {
  await withGateway({ yaml: 'limits: { tokensPerMinute: 20 }\n' }, async (gw) => {
    // The default scripted completion reports 15 tokens.
    assert.equal((await post(gw, '/v1/chat/completions', chat())).statusCode, 200);
    assert.equal((await post(gw, '/v1/chat/completions', chat())).statusCode, 200);
    const r = await post(gw, '/v1/chat/completions', chat());
    assert.equal(r.statusCode, 429);
  });
});

void test('max_tokens is capped (OpenAI and Anthropic)', async () => {
  await withGateway({ yaml: 'limits: { maxTokens: 100 }\n' }, async (gw) => {
    await post(gw, '/v1/chat/completions', chat({ max_tokens: 5000 }));
    await post(gw, '/v1/chat/completions', chat());
    await post(gw, '/v1/messages', JSON.stringify({ model: 'c', max_tokens: 4096, messages: [{ role: 'user', content: 'hi' }] }));
    const [a, b, c] = gw.upstream.requests.map((r) => r.body as Record<string, unknown>);
    assert.equal(a?.max_tokens, 100);
    assert.equal(b?.max_completion_tokens, 100);
    assert.equal(c?.max_tokens, 100);
  });
});

void test('upstream errors pass through in shape; unreachable is 502, a hang is 504', async () => {
  await withGateway({}, async (gw) => {
    gw.upstream.script = () => ({ status: 429, json: { error: { message: 'slow down', type: 'rate_limit_error', code: 'rate_limit_exceeded', param: null } } });
    const r = await post(gw, '/v1/chat/completions', chat());
    assert.equal(r.statusCode, 429);
    assert.equal(r.json().error.code, 'rate_limit_exceeded');
  });
  await withGateway({ yaml: 'server: { listen: "127.0.0.1:1" }\n' }, async (gw) => {
    gw.runtime.config.providers.openai = { ...gw.runtime.config.providers.openai, baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'k', timeoutMs: 2000 };
    const r = await post(gw, '/v1/chat/completions', chat());
    assert.equal(r.statusCode, 502);
    assert.equal(r.json().error.code, 'pavise_upstream_error');
    assert.ok(!r.body.includes('sk-upstream'));
  });
  await withGateway({}, async (gw) => {
    gw.runtime.config.providers.anthropic = { ...gw.runtime.config.providers.anthropic, baseUrl: gw.upstream.url, apiKey: 'k', timeoutMs: 200 };
    gw.upstream.script = () => ({ hang: true });
    const r = await post(gw, '/v1/messages', JSON.stringify({ model: 'c', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }));
    assert.equal(r.statusCode, 504);
    assert.equal(r.json().error.code, 'pavise_upstream_timeout');
  });
});

void test('models route to the provider that lists them; unknown provider type is 404', async () => {
  await withGateway({}, async (gw) => {
    gw.runtime.config.providers.second = { type: 'openai', baseUrl: `${gw.upstream.url}/second`, apiKey: 'k2', models: ['special-model'], timeoutMs: 5000 };
    await post(gw, '/v1/chat/completions', chat({ model: 'special-model' }));
    await post(gw, '/v1/chat/completions', chat({ model: 'other' }));
    assert.deepEqual(gw.upstream.requests.map((r) => r.path), ['/second/chat/completions', '/v1/chat/completions']);
    delete gw.runtime.config.providers.anthropic;
    const r = await post(gw, '/v1/messages', JSON.stringify({ model: 'c', max_tokens: 5, messages: [] }));
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().error.code, 'pavise_model_unknown');
  });
});

void test('every request is audited with principal, session and verdict; an audit failure refuses (503) before the upstream', async () => {
  const records: Array<{ event: Event; verdict: Verdict }> = [];
  const sink: AuditSink = {
    append: (event, verdict) => {
      records.push({ event, verdict });
      return Promise.resolve({ id: `a${records.length}`, seq: records.length });
    },
  };
  await withGateway({ overrides: { audit: sink } }, async (gw) => {
    await post(gw, '/v1/chat/completions', chat(), { 'x-pavise-session': 'sess-42' });
    assert.deepEqual(records.map((r) => r.event.action), ['chat.input', 'chat.output']);
    assert.ok(records.every((r) => r.event.session === `${r.event.principal.id} sess-42` && r.event.principal.name === 'admin' && r.event.surface === 'openai'));
    // The same session id presented with another key is another principal's session.
    const asGuest = await gw.app.inject({ method: 'POST', url: '/v1/chat/completions', payload: chat(), headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.guestKey}`, 'x-pavise-session': 'sess-42' } });
    assert.equal(asGuest.statusCode, 403, asGuest.body); // guests may not use models: still audited
    const guestEvent = records.at(-1)?.event;
    assert.equal(guestEvent?.principal.name, 'guest');
    assert.equal(guestEvent.session, `${guestEvent.principal.id} sess-42`);
    assert.notEqual(guestEvent.session, records[0]?.event.session);
    assert.equal(records[0]?.event.parts[0]?.provenance, 'user');
  });
  const failing: AuditSink = { append: () => Promise.reject(new Error('disk full')) };
  await withGateway({ overrides: { audit: failing } }, async (gw) => {
    const r = await post(gw, '/v1/chat/completions', chat());
    assert.equal(r.statusCode, 503);
    assert.equal(r.json().error.code, 'pavise_audit_unavailable');
    assert.equal(gw.upstream.requests.length, 0);
  });
});

void test('a redact verdict on input forwards the redacted text, never the secret', async () => {
  await withGateway({}, async (gw) => {
    const key = fakeAwsKey(11);
    await post(gw, '/v1/chat/completions', JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: [{ type: 'text', text: `my key is ${key}` }] }] }));
    const sent = JSON.stringify(gw.upstream.requests[0]?.body);
    assert.ok(!sent.includes(key), sent);
    assert.match(sent, /my key is \[REDACTED/);
  });
});

void test('non-streamed upstream call: a caller that goes away aborts it; the upstream answer is read with the byte cap', async () => {
  // A hand-made upstream that holds the request open and records when its side closes.
  const { createServer: createHttpServer } = await import('node:http');
  let upstreamClosed: (() => void) | undefined;
  const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
  const held = createHttpServer((req, res) => {
    req.resume();
    res.on('close', () => upstreamClosed?.());
  });
  await new Promise<void>((resolve) => held.listen(0, '127.0.0.1', resolve));
  const port = (held.address() as { port: number }).port;
  const gw = await startGateway({ listen: true });
  try {
    gw.runtime.config.providers.openai = { ...gw.runtime.config.providers.openai, baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: 'k', timeoutMs: 60_000 };
    const { Client } = await import('undici');
    const client = new Client(gw.url);
    const ac = new AbortController();
    const pending = client.request({ path: '/v1/chat/completions', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.key}` }, body: chat(), signal: ac.signal });
    setTimeout(() => ac.abort(), 300);
    await assert.rejects(pending);
    const t0 = performance.now();
    await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error('the upstream call was not aborted')), 10_000))]);
    assert.ok(performance.now() - t0 < 10_000);
    await client.close();
  } finally {
    held.closeAllConnections();
    await new Promise<void>((resolve) => held.close(() => resolve()));
    await gw.close();
  }
  // Byte cap on a non-streamed answer: past maxUpstreamBytes the call fails with a code.
  const big = await startGateway({ listen: false });
  try {
    big.upstream.script = () => ({ json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'y'.repeat(64 * 1024) }, finish_reason: 'stop' }] } });
    const { createServer: create } = await import('../../src/surfaces/http.js');
    const app = create(big.runtime, { maxUpstreamBytes: 16 * 1024 });
    const r = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: chat(), headers: { 'content-type': 'application/json', authorization: `Bearer ${big.key}` } });
    assert.equal(r.statusCode, 502);
    assert.equal(r.json().error.code, 'pavise_upstream_error');
    await app.close();
  } finally {
    await big.close();
  }
});
