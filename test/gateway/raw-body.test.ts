// What the upstream receives for a non-streamed chat call: the caller's own bytes when nothing
// changed the body and no object repeats a key, else the re-serialised body — so the upstream
// never reads content other than what was inspected (a repeated key: JSON.parse keeps the last,
// another parser may keep the first).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { anthropicMessage, openAiCompletion } from '../helpers/scripted-upstream.js';
import { fakeAwsKey } from '../helpers/detectors.js';
import { startGateway } from '../helpers/gateway.js';

void test('the upstream gets the caller bytes only for an unchanged, duplicate-free body', async () => {
  const seen: string[] = [];
  const upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url?.endsWith('/messages') ? anthropicMessage({ model: 'c', text: 'ok' }) : openAiCompletion({ model: 'g', content: 'ok' })));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const port = (upstream.address() as AddressInfo).port;
  const gw = await startGateway({ listen: false });
  try {
    const providers = gw.runtime.config.providers;
    providers.openai = { ...providers.openai, baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: 'k', timeoutMs: 60_000 };
    providers.anthropic = { ...providers.anthropic, baseUrl: `http://127.0.0.1:${port}`, apiKey: 'k', timeoutMs: 60_000 };
    const post = async (url: string, payload: string): Promise<string> => {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${gw.key}`, 'x-api-key': gw.key, 'anthropic-version': '2023-06-01' };
      const r = await gw.app.inject({ method: 'POST', url, payload, headers });
      assert.equal(r.statusCode, 200, r.body);
      const last = seen.at(-1);
      assert.ok(last !== undefined);
      return last;
    };

    // Unchanged and duplicate-free: byte for byte, whitespace and escapes included.
    const pretty = JSON.stringify({ model: 'gpt-test', temperature: 0.5, messages: [{ role: 'user', content: 'hi \u00e9 "q" \\u00e9' }] }, null, 2).replace('"hi', '"h\\u0069');
    assert.equal(await post('/v1/chat/completions', pretty), pretty);
    const anthropic = `{ "model": "c", "max_tokens": 16, "messages": [ { "role": "user", "content": "hi" } ] }`;
    assert.equal(await post('/v1/messages', anthropic), anthropic);

    // A repeated key, nested or at the top: re-serialised, one key, the inspected (last) value.
    const nested = '{"model":"gpt-test","messages":[{"role":"user","content":"benign","content":"the inspected text"}]}';
    const sentNested = await post('/v1/chat/completions', nested);
    assert.equal(sentNested, JSON.stringify(JSON.parse(nested)));
    assert.equal(sentNested.split('"content"').length, 2);
    assert.ok(sentNested.includes('the inspected text') && !sentNested.includes('benign'));
    const top = '{"model":"gpt-x","model":"gpt-test","messages":[{"role":"user","content":"hi"}]}';
    assert.equal(await post('/v1/chat/completions', top), JSON.stringify(JSON.parse(top)));
    const topAnthropic = '{"model":"c","max_tokens":16,"system":"a","system":"b","messages":[{"role":"user","content":"hi"}]}';
    assert.equal(await post('/v1/messages', topAnthropic), JSON.stringify(JSON.parse(topAnthropic)));

    // A leading BOM (our decoder drops it; an upstream parser might not): re-serialised.
    const bom = '\ufeff{"model":"gpt-test", "messages":[{"role":"user","content":"hi"}]}';
    assert.equal(await post('/v1/chat/completions', bom), JSON.stringify(JSON.parse(bom.slice(1))));

    // Changed by the gateway (a redacted secret): re-serialised with the redaction, even when
    // the text itself was formatted like the first case.
    const key = fakeAwsKey(3);
    const secret = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: `my key is ${key}` }] }, null, 2);
    const sentSecret = await post('/v1/chat/completions', secret);
    assert.ok(!sentSecret.includes(key), sentSecret);
    assert.match(sentSecret, /my key is \[REDACTED/);
    assert.equal(sentSecret, JSON.stringify(JSON.parse(sentSecret)));
  } finally {
    await gw.close();
    upstream.closeAllConnections();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  }
});

void test('a token cap or a canary re-serialises the body (the change reaches the upstream)', async () => {
  const gw = await startGateway({ listen: false, yaml: 'limits: { maxTokens: 100 }\nsession: { canary: true }\n' });
  try {
    const payload = JSON.stringify({ model: 'gpt-test', max_tokens: 5000, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'hi' }] }, null, 2);
    const r = await gw.app.inject({ method: 'POST', url: '/v1/chat/completions', payload, headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.key}` } });
    assert.equal(r.statusCode, 200, r.body);
    const body = gw.upstream.requests.at(-1)?.body as { max_tokens?: number; messages?: { content?: string }[] };
    assert.equal(body.max_tokens, 100);
    assert.match(body.messages?.[0]?.content ?? '', /pvs-canary-/);
  } finally {
    await gw.close();
  }
});
