// Authentication on the LLM routes, end to end through the onRequest hook: Pavise keys (checked
// synchronously), JWTs (verified asynchronously against a JWKS served on 127.0.0.1), and refusals
// in the route's provider shape — and a refused caller never reaches the upstream.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { startGateway } from '../helpers/gateway.js';

const chat = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] });
const message = JSON.stringify({ model: 'claude-test', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] });

void test('keys and JWTs are admitted, bad credentials get 401 in the provider shape, and only admitted calls go upstream', async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
  const jwks = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const port = (jwks.address() as AddressInfo).port;
  const gw = await startGateway({ listen: false, yaml: `identity:\n  jwt: { jwksUrl: "http://127.0.0.1:${port}/jwks", issuer: "https://idp.example", audience: pavise }\n` });
  try {
    const sign = (aud: string) =>
      new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer('https://idp.example').setAudience(aud).setSubject('alice').setExpirationTime('5m').sign(privateKey);
    const post = (url: string, payload: string, headers: Record<string, string>) => gw.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', ...headers } });

    const byKey = await post('/v1/chat/completions', chat, { authorization: `Bearer ${gw.key}` });
    assert.equal(byKey.statusCode, 200);
    const byJwt = await post('/v1/chat/completions', chat, { authorization: `Bearer ${await sign('pavise')}` });
    assert.equal(byJwt.statusCode, 200, byJwt.body);
    const anthropicKey = await post('/v1/messages', message, { 'x-api-key': gw.key, 'anthropic-version': '2023-06-01' });
    assert.equal(anthropicKey.statusCode, 200, anthropicKey.body);
    assert.equal(gw.upstream.requests.length, 3);

    // Refused: a JWT for another audience (async path), an unknown key, no credential, and
    // x-api-key on the OpenAI route (Bearer only there).
    const refusals = [
      await post('/v1/chat/completions', chat, { authorization: `Bearer ${await sign('other')}` }),
      await post('/v1/chat/completions', chat, { authorization: `Bearer pvs_${'A'.repeat(43)}` }),
      await post('/v1/chat/completions', chat, {}),
      await post('/v1/chat/completions', chat, { 'x-api-key': gw.key }),
    ];
    for (const r of refusals) {
      assert.equal(r.statusCode, 401);
      assert.equal(r.json().error.code, 'pavise_unauthenticated');
    }
    const anthropicBad = await post('/v1/messages', message, { 'x-api-key': `pvs_${'B'.repeat(43)}`, 'anthropic-version': '2023-06-01' });
    assert.equal(anthropicBad.statusCode, 401);
    assert.equal(anthropicBad.json().type, 'error');
    assert.equal(anthropicBad.json().error.code, 'pavise_unauthenticated');
    assert.equal(gw.upstream.requests.length, 3, 'no refused call reached the upstream');
  } finally {
    await gw.close();
    jwks.close();
  }
});

void test('the per-key rate limit refuses from the hook with 429 and Retry-After', async () => {
  const gw = await startGateway({ listen: false, yaml: 'limits: { requestsPerMinute: 2 }\n' });
  try {
    const post = () => gw.app.inject({ method: 'POST', url: '/v1/chat/completions', payload: chat, headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.key}` } });
    assert.equal((await post()).statusCode, 200);
    assert.equal((await post()).statusCode, 200);
    const limited = await post();
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().error.code, 'pavise_rate_limited');
    assert.ok(Number(limited.headers['retry-after']) >= 1);
    assert.equal(gw.upstream.requests.length, 2);
  } finally {
    await gw.close();
  }
});
