// Security of Pavise itself: key checks that never throw or leak length, credentials in every odd
// shape refused with a code, provider keys never accepted from callers, every route but /healthz
// authenticated, no secret in any log line, response or error, and logs that stay one JSON
// object per line whatever the caller sends (CR/LF/ESC neutralised).
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { KeyStore } from '../../src/identity/keys.js';
import { mcpPlugin } from '../../src/surfaces/mcp/index.js';
import { createServer } from '../../src/surfaces/http.js';
import { startGateway } from '../helpers/gateway.js';

void test('key verification: wrong length, garbage, huge or unicode input is simply refused (no throw, no length oracle)', () => {
  const ks = new KeyStore(':memory:');
  const { key } = ks.create({ name: 'k', roles: ['admin'] });
  assert.ok(ks.verify(key));
  const probes = ['', 'pvs_', key.slice(0, -1), `${key}x`, key.toUpperCase(), `${key.slice(0, -1)}é`, 'pvs_' + 'a'.repeat(1_000_000), '\u0000'.repeat(47), key.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))];
  for (const p of probes) assert.equal(ks.verify(p), undefined, JSON.stringify(p.slice(0, 20)));
  ks.close();
});

void test('odd credentials are 401 with a code; provider keys are never accepted from callers', async () => {
  const gw = await startGateway({ listen: false });
  try {
    const cases: Array<Record<string, string | string[]>> = [
      {},
      { authorization: 'Bearer' },
      { authorization: 'Bearer ' },
      { authorization: `Basic ${Buffer.from(`x:${gw.key}`).toString('base64')}` },
      { authorization: `Bearer ${'a'.repeat(9000)}` },
      { authorization: `Bearer ${gw.key} extra` },
      { authorization: 'Bearer sk-upstream-openai-secret' },
      { 'x-api-key': gw.key }, // x-api-key is the Anthropic route's header only
      { authorization: `Bearer ${gw.key.slice(0, -2)}` },
    ];
    for (const headers of cases) {
      const r = await gw.app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { model: 'gpt-test', messages: [] }, headers });
      assert.equal(r.statusCode, 401, JSON.stringify(headers).slice(0, 80));
      assert.equal(r.json<{ error: { code: string } }>().error.code, 'pavise_unauthenticated');
    }
    const ant = await gw.app.inject({ method: 'POST', url: '/v1/messages', payload: { model: 'c', max_tokens: 1, messages: [] }, headers: { 'x-api-key': 'sk-ant-upstream-secret' } });
    assert.equal(ant.statusCode, 401);
    assert.equal(gw.upstream.requests.length, 0);
  } finally {
    await gw.close();
  }
});

void test('every route except /healthz requires authentication (LLM and MCP surfaces)', async () => {
  const gw = await startGateway({ listen: false, yaml: 'mcp:\n  servers:\n    demo: { url: "http://127.0.0.1:9/mcp" }\n' });
  const app = createServer(gw.runtime, { plugins: [mcpPlugin()] });
  try {
    await app.ready();
    const routes = app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .map((l) => /([/][^ ]*) \(([A-Z, ]+)\)/.exec(l.replace(/^[\s│├└─]+/, '')))
      .filter((m): m is RegExpExecArray => m !== null)
      .flatMap((m) => (m[2] ?? '').split(', ').map((method) => ({ url: (m[1] ?? '').replace(/:[a-z]+/gi, 'demo'), method })))
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
    assert.ok(routes.length >= 4, JSON.stringify(routes));
    for (const { url, method } of routes) {
      const r = await app.inject({ method: method as 'GET', url, ...(method === 'POST' ? { payload: { jsonrpc: '2.0', id: 1, method: 'ping' } } : {}) });
      if (url === '/healthz') assert.equal(r.statusCode, 200);
      else assert.equal(r.statusCode, 401, `${method} ${url} answered ${r.statusCode} without credentials`);
    }
  } finally {
    await app.close();
    await gw.close();
  }
});

void test('no secret in logs, responses or errors; every log line is one JSON object without raw control characters', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(...chunk.toString('utf8').split('\n').filter((l) => l.length > 0));
      cb();
    },
  });
  const gw = await startGateway({ listen: false });
  const app = createServer(gw.runtime, { logger: { level: 'trace', stream: sink } });
  const bodies: string[] = [];
  try {
    const send = async (url: string, payload: unknown, headers: Record<string, string>) => {
      const r = await app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers });
      bodies.push(r.body, JSON.stringify(r.headers));
      return r;
    };
    const auth = { authorization: `Bearer ${gw.key}` };
    const hostile = 'evil\r\n{"level":60,"msg":"forged"}\u001b[31mRED\u001b]0;title\u0007\u2028';
    await send('/v1/chat/completions', { model: hostile, messages: [{ role: 'user', content: hostile }] }, auth);
    await send(`/v1/%0d%0a${encodeURIComponent(hostile)}`, {}, auth);
    await send('/v1/chat/completions', { model: 'gpt-test', messages: [] }, { authorization: 'Bearer pvs_wrong-but-secret-looking-value' });
    // An upstream that echoes the provider key back in its error body.
    gw.upstream.script = () => ({ status: 401, json: { error: { message: 'Incorrect API key provided: sk-upstream-openai-secret', type: 'invalid_request_error', code: 'invalid_api_key' } } });
    const echoed = await send('/v1/chat/completions', { model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }, auth);
    assert.ok(echoed.statusCode >= 400);
    // Unreachable upstream and timeout paths log warnings.
    gw.runtime.config.providers.openai = { ...gw.runtime.config.providers.openai, baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'sk-upstream-openai-secret', timeoutMs: 500 };
    await send('/v1/chat/completions', { model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }, auth);
  } finally {
    await app.close();
    await gw.close();
  }
  assert.ok(lines.length > 0, 'the logger captured lines');
  const everything = [...lines, ...bodies].join('\n');
  for (const secret of ['sk-upstream-openai-secret', 'sk-ant-upstream-secret', gw.key, 'pvs_wrong-but-secret-looking-value']) {
    assert.ok(!everything.includes(secret), `${secret.slice(0, 8)}… leaked`);
  }
  for (const l of lines) {
    assert.doesNotThrow(() => JSON.parse(l), `not one JSON object: ${l.slice(0, 120)}`);
    assert.ok(!/[\u0000-\u001f\u007f\u2028]/.test(l), `raw control character in a log line: ${JSON.stringify(l.slice(0, 120))}`);
    assert.ok(!l.includes('"msg":"forged"'), 'a forged log record was injected');
  }
});
