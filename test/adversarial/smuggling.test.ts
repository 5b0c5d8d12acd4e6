// Malformed and smuggling requests over raw sockets (only a socket can send them): CL+TE,
// duplicate Content-Length, bad chunk sizes, obs-fold, request-line garbage, oversized headers,
// and hop-by-hop headers in both directions. Each hostile request must get a 4xx with a
// `pavise_…` code, the connection must close, nothing may reach the upstream, no second
// ("smuggled") request may be answered, and the gateway must keep serving afterwards.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Gateway } from '../helpers/gateway.js';
import { startGateway } from '../helpers/gateway.js';
import { lastJsonBody, rawRequest } from './raw.js';

let gw: Gateway;
let port: number;
const body = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] });

before(async () => {
  gw = await startGateway({ yaml: 'server: { maxHeaderBytes: 8192 }\n' });
  port = Number(new URL(gw.url).port);
});
after(async () => {
  await gw.close();
});

const head = (): string => `Host: 127.0.0.1\r\nAuthorization: Bearer ${gw.key}\r\nContent-Type: application/json\r\n`;
const smuggled = 'GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

function codeOf(text: string): string | undefined {
  const j = lastJsonBody(text) as { error?: { code?: unknown } } | undefined;
  return typeof j?.error?.code === 'string' ? j.error.code : undefined;
}

const hostile: Record<string, () => string> = {
  'Content-Length and Transfer-Encoding together (CL.TE)': () =>
    `POST /v1/chat/completions HTTP/1.1\r\n${head()}Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${smuggled}`,
  'Transfer-Encoding then Content-Length (TE.CL)': () =>
    `POST /v1/chat/completions HTTP/1.1\r\n${head()}Transfer-Encoding: chunked\r\nContent-Length: 60\r\n\r\n0\r\n\r\n${smuggled}`,
  'duplicate Content-Length with different values': () =>
    `POST /v1/chat/completions HTTP/1.1\r\n${head()}Content-Length: ${body.length}\r\nContent-Length: 2\r\n\r\n${body}`,
  'Content-Length list': () => `POST /v1/chat/completions HTTP/1.1\r\n${head()}Content-Length: 2, 2\r\n\r\n{}`,
  'negative Content-Length': () => `POST /v1/chat/completions HTTP/1.1\r\n${head()}Content-Length: -1\r\n\r\n{}`,
  'non-hex chunk size': () => `POST /v1/chat/completions HTTP/1.1\r\n${head()}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
  'overflowing chunk size': () => `POST /v1/chat/completions HTTP/1.1\r\n${head()}Transfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n{}\r\n0\r\n\r\n`,
  'chunk data longer than its size': () => `POST /v1/chat/completions HTTP/1.1\r\n${head()}Transfer-Encoding: chunked\r\n\r\n2\r\n{}xx\r\n0\r\n\r\n`,
  'obfuscated Transfer-Encoding': () => `POST /v1/chat/completions HTTP/1.1\r\n${head()}Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n`,
  'space before the header colon': () => `POST /v1/chat/completions HTTP/1.1\r\n${head()}Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n`,
  'obs-fold (folded header line)': () => `POST /v1/chat/completions HTTP/1.1\r\n${head()}X-Folded: a\r\n b\r\nContent-Length: 2\r\n\r\n{}`,
  'request-line garbage': () => 'GARBAGE\x01\x02 / HTTP/9.9\r\n\r\n',
  'NUL in the request target': () => 'GET /heal\x00thz HTTP/1.1\r\nHost: x\r\n\r\n',
  'unknown HTTP version': () => 'GET /healthz HTTP/3.7\r\nHost: x\r\n\r\n',
  'control character in a header value': () => `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Evil: a\x01b\r\n\r\n`,
  'header name with a space': () => `GET /healthz HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n`,
  'bare CR line ending': () => `GET /healthz HTTP/1.1\rHost: x\r\r`,
};

for (const [name, make] of Object.entries(hostile)) {
  void test(`refused with a code and closed: ${name}`, async () => {
    const before = gw.upstream.requests.length;
    const r = await rawRequest(port, [make()], { timeoutMs: 3000 });
    assert.ok(r.closedByServer, `connection left open: ${JSON.stringify(r.text.slice(0, 200))}`);
    assert.equal(r.statuses.length, 1, `exactly one response (no smuggled request answered): ${JSON.stringify(r.text.slice(0, 300))}`);
    const status = r.statuses[0] ?? 0;
    assert.ok(status >= 400 && status < 500, `status ${status}`);
    assert.match(codeOf(r.text) ?? '', /^pavise_/, r.text.slice(0, 300));
    assert.equal(gw.upstream.requests.length, before, 'nothing reached the upstream');
  });
}

void test('oversized headers: 431 pavise_headers_too_large', async () => {
  const r = await rawRequest(port, [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
  assert.deepEqual(r.statuses, [431]);
  assert.equal(codeOf(r.text), 'pavise_headers_too_large');
  const many = Array.from({ length: 2000 }, (_, i) => `X-H${i}: v\r\n`).join('');
  const r2 = await rawRequest(port, [`GET /healthz HTTP/1.1\r\nHost: x\r\n${many}\r\n`]);
  assert.deepEqual(r2.statuses, [431]);
});

void test('a pipelined second request after a complete one is a separate, authenticated request', async () => {
  // The only legitimate way to send two requests on one connection; the second lacks a key and
  // must be refused on its own merits (401), not ride on the first one's authentication.
  const first = `POST /v1/chat/completions HTTP/1.1\r\n${head()}Content-Length: ${body.length}\r\n\r\n${body}`;
  const second = 'GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n';
  const r = await rawRequest(port, [first + second]);
  assert.deepEqual(r.statuses, [200, 401]);
  assert.equal(codeOf(r.text), 'pavise_unauthenticated');
});

void test('hop-by-hop and caller headers are not forwarded to the upstream', async () => {
  gw.upstream.requests.length = 0;
  const req =
    `POST /v1/chat/completions HTTP/1.1\r\n${head()}Content-Length: ${body.length}\r\n` +
    'Connection: close, X-Drop-Me\r\nX-Drop-Me: secret-hop\r\nKeep-Alive: timeout=999\r\nTE: trailers\r\nTrailer: X-T\r\n' +
    'Upgrade: websocket\r\nProxy-Authorization: Basic cHJveHk6cGFzcw==\r\nProxy-Connection: keep-alive\r\nX-Forwarded-For: 169.254.169.254\r\n' +
    `Cookie: session=abc\r\n\r\n${body}`;
  const r = await rawRequest(port, [req]);
  assert.deepEqual(r.statuses, [200]);
  const sent = gw.upstream.requests[0]?.headers;
  assert.ok(sent, 'the request reached the upstream');
  for (const h of ['x-drop-me', 'keep-alive', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-connection', 'x-forwarded-for', 'cookie', 'transfer-encoding']) {
    assert.equal(sent[h], undefined, `${h} was forwarded`);
  }
  assert.notEqual(sent.connection, 'close, X-Drop-Me');
  assert.equal(sent.authorization, 'Bearer sk-upstream-openai-secret', 'the caller key is replaced by the provider key');
});

void test('hop-by-hop headers from the upstream response are not passed to the client', async () => {
  const original = gw.upstream.script;
  gw.upstream.script = () => ({
    json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }] },
    headers: { connection: 'x-up-hop', 'x-up-hop': 'leak', 'keep-alive': 'timeout=999', 'proxy-authenticate': 'Basic', upgrade: 'h2c', 'set-cookie': 'up=1', 'x-upstream-secret': 'sk-upstream-openai-secret' },
  });
  try {
    const r = await rawRequest(port, [`POST /v1/chat/completions HTTP/1.1\r\n${head()}Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`]);
    assert.deepEqual(r.statuses, [200]);
    const headers = r.text.slice(0, r.text.indexOf('\r\n\r\n')).toLowerCase();
    for (const h of ['x-up-hop', 'proxy-authenticate', 'upgrade:', 'set-cookie', 'x-upstream-secret', 'timeout=999']) assert.ok(!headers.includes(h), `${h} reached the client:\n${headers}`);
    assert.ok(!r.text.includes('sk-upstream-openai-secret'));
  } finally {
    gw.upstream.script = original;
  }
});

void test('after every hostile request the gateway still serves normal traffic', async () => {
  const r = await rawRequest(port, [`POST /v1/chat/completions HTTP/1.1\r\n${head()}Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`]);
  assert.deepEqual(r.statuses, [200]);
});
