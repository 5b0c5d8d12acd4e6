// SSRF guard: configured upstream URLs pointing at link-local / metadata addresses are refused at
// config load (naming the file, line and key) unless explicitly allowed; loopback stays allowed;
// and a redirect from an upstream is never followed (the caller gets a 502 with a code, and the
// redirect target is never contacted).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { PaviseError } from '../../src/engine/errors.js';
import { parseConfig } from '../../src/policy/config.js';
import { startGateway } from '../helpers/gateway.js';

function refused(yaml: string): string {
  try {
    parseConfig(yaml, 'pavise.yaml', {});
  } catch (err) {
    assert.ok(err instanceof PaviseError);
    assert.equal(err.code, 'PAVISE_CONFIG_INVALID');
    return err.message;
  }
  assert.fail(`accepted:\n${yaml}`);
}

void test('metadata and link-local upstream URLs are refused at config load, with file, line and key', () => {
  const m = refused('providers:\n  openai:\n    baseUrl: http://169.254.169.254/latest\n');
  assert.match(m, /pavise\.yaml:3: providers\.openai\.baseUrl: refused upstream URL/);
  assert.match(refused('mcp:\n  servers:\n    x: { url: "http://[fe80::1]:9000/mcp" }\n'), /mcp\.servers\.x\.url/);
  assert.match(refused('mcp:\n  servers:\n    x: { url: "http://metadata.google.internal/mcp" }\n'), /metadata host/);
  assert.match(refused('providers:\n  openai: { baseUrl: "http://2852039166/v1" }\n'), /169\.254\.169\.254/);
  assert.match(refused('providers:\n  openai: { baseUrl: "http://[::ffff:169.254.169.254]/v1" }\n'), /embedded in IPv6/);
  assert.match(refused('identity:\n  jwt: { jwksUrl: "http://169.254.169.254/jwks", issuer: i, audience: a }\n'), /identity\.jwt\.jwksUrl/);
  assert.match(refused('monitor:\n  webhooks: [{ url: "file:///etc/passwd", secret: "0123456789abcdef0123" }]\n'), /monitor\.webhooks\[0\]\.url.*scheme/);
  // ${ENV} expansion happens before the check, so an environment variable cannot smuggle one in.
  assert.throws(() => parseConfig('providers:\n  openai: { baseUrl: "${BASE}" }\n', 'p.yaml', { BASE: 'http://169.254.169.254/' }), PaviseError);
});

void test('loopback and private upstreams are allowed; an explicit allow lifts the rule', () => {
  const { config } = parseConfig(
    'providers:\n  openai: { baseUrl: "http://127.0.0.1:8080/v1" }\n  local: { type: openai, baseUrl: "http://10.1.2.3/v1" }\nmcp:\n  servers:\n    m: { url: "http://localhost:9000/mcp" }\n',
    'p.yaml',
    {},
  );
  assert.equal(config.providers.openai?.baseUrl, 'http://127.0.0.1:8080/v1');
  const allowed = parseConfig('server: { allowUpstreamHosts: ["169.254.169.254"] }\nproviders:\n  openai: { baseUrl: "http://169.254.169.254/v1" }\n', 'p.yaml', {});
  assert.equal(allowed.config.providers.openai?.baseUrl, 'http://169.254.169.254/v1');
});

void test('a redirect from the upstream is not followed: 502 with a code, the target is never contacted', async () => {
  let targetHits = 0;
  const target = createServer((_req, res) => {
    targetHits++;
    res.end('{"id":"x","choices":[{"message":{"content":"from the redirect target"}}]}');
  });
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  const targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/v1/chat/completions`;
  const gw = await startGateway({ listen: false });
  try {
    for (const status of [301, 302, 307, 308]) {
      gw.upstream.script = () => ({ status, json: {}, headers: { location: targetUrl } });
      const r = await gw.app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: { model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] },
        headers: { authorization: `Bearer ${gw.key}` },
      });
      assert.ok(r.statusCode >= 500, `${status} -> ${r.statusCode}`);
      assert.equal(r.json<{ error: { code: string } }>().error.code, 'pavise_upstream_error');
      assert.ok(!r.body.includes('redirect target'));
    }
    assert.equal(targetHits, 0);
  } finally {
    await gw.close();
    target.closeAllConnections();
    await new Promise<void>((r) => target.close(() => r()));
  }
});
