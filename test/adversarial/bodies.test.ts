// Hostile request bodies, in-process through fastify `inject` (the parser path is the same as on a
// socket): invalid UTF-8, deep JSON (plain and compressed — refused by the linear depth scan
// before JSON.parse or any recursive code), decompression bombs in every supported encoding,
// corrupt and unknown encodings, wrong content types, prototype-poisoning keys, wrong JSON types,
// and a fast-check property that random bodies never produce a 500 or a code-less refusal.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Gateway } from '../helpers/gateway.js';
import { startGateway } from '../helpers/gateway.js';

let gw: Gateway;
before(async () => {
  gw = await startGateway({ listen: false, yaml: 'server: { bodyLimit: 65536, maxJsonDepth: 32 }\n' });
});
after(async () => {
  await gw.close();
});

const chat = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] });

function post(url: string, payload: string | Buffer, headers: Record<string, string> = {}) {
  return gw.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.key}`, ...headers } });
}

function code(res: { json(): unknown }): string | undefined {
  const j = res.json() as { error?: { code?: unknown } };
  return typeof j.error?.code === 'string' ? j.error.code : undefined;
}

void test('invalid UTF-8 is refused (400), never silently replaced with U+FFFD', async () => {
  const bad = Buffer.concat([Buffer.from('{"model":"gpt-test","messages":[{"role":"user","content":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}]}')]);
  for (const url of ['/v1/chat/completions', '/v1/messages']) {
    const before = gw.upstream.requests.length;
    const r = await post(url, bad);
    assert.equal(r.statusCode, 400, url);
    assert.equal(code(r), 'pavise_bad_request');
    assert.equal(gw.upstream.requests.length, before);
  }
  // Overlong encoding of '/', and a UTF-16 surrogate encoded in UTF-8 (CESU) are invalid too.
  for (const bytes of [[0xc0, 0xaf], [0xed, 0xa0, 0x80]]) {
    const r = await post('/v1/chat/completions', Buffer.concat([Buffer.from('{"model":"m","messages":[],"x":"'), Buffer.from(bytes), Buffer.from('"}')]));
    assert.equal(r.statusCode, 400);
  }
});

void test('deep JSON is refused before parsing, fast, in every shape and after decompression', async () => {
  for (const payload of ['['.repeat(200_000 / 4), '{"a":'.repeat(10_000), `{"model":"m","messages":[${'['.repeat(40)}]}`]) {
    const t = performance.now();
    const r = await post('/v1/chat/completions', payload.slice(0, 60_000));
    assert.equal(r.statusCode, 400);
    assert.equal(code(r), 'pavise_json_too_deep');
    assert.ok(performance.now() - t < 1000);
  }
  // Brackets inside strings do not count; escaped quotes do not end the string.
  const ok = await post('/v1/chat/completions', JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: `"\\${'['.repeat(500)}` }] }));
  assert.equal(ok.statusCode, 200);
  const zipped = await post('/v1/chat/completions', gzipSync('['.repeat(60_000)), { 'content-encoding': 'gzip' });
  assert.equal(code(zipped), 'pavise_json_too_deep');
});

void test('decompression bombs (gzip, deflate, br) stop at the body limit: 413', async () => {
  const huge = Buffer.from(JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'a'.repeat(20_000_000) }] }));
  const bombs: Array<[string, Buffer]> = [
    ['gzip', gzipSync(huge)],
    ['deflate', deflateSync(huge)],
    ['br', brotliCompressSync(huge)],
    ['x-gzip', gzipSync(huge)],
  ];
  for (const [enc, bomb] of bombs) {
    assert.ok(bomb.length < 65_536, `${enc} bomb is small on the wire (${bomb.length})`);
    const heap = process.memoryUsage().heapUsed;
    const r = await post('/v1/chat/completions', bomb, { 'content-encoding': enc });
    assert.equal(r.statusCode, 413, enc);
    assert.equal(code(r), 'pavise_body_too_large');
    assert.ok(process.memoryUsage().heapUsed - heap < 64 * 1024 * 1024, 'the bomb was not inflated in memory');
  }
});

void test('corrupt or unknown content-encoding: 400 / 415 with a code', async () => {
  const corrupt = await post('/v1/chat/completions', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef]), { 'content-encoding': 'gzip' });
  assert.equal(corrupt.statusCode, 400);
  assert.equal(code(corrupt), 'pavise_bad_request');
  const truncated = await post('/v1/chat/completions', gzipSync(chat).subarray(0, 20), { 'content-encoding': 'gzip' });
  assert.equal(truncated.statusCode, 400);
  for (const enc of ['compress', 'zstd', 'gzip, gzip', 'identity;q=1']) {
    const r = await post('/v1/chat/completions', chat, { 'content-encoding': enc });
    assert.equal(r.statusCode, 415, enc);
    assert.equal(code(r), 'pavise_unsupported_media_type');
  }
});

void test('wrong content types are 415 with a code; no content type is refused too', async () => {
  for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/jsonx']) {
    const r = await post('/v1/chat/completions', chat, { 'content-type': ct });
    assert.equal(r.statusCode, 415, ct);
    assert.equal(code(r), 'pavise_unsupported_media_type');
  }
  const none = await gw.app.inject({ method: 'POST', url: '/v1/chat/completions', payload: chat, headers: { authorization: `Bearer ${gw.key}` } });
  assert.ok(none.statusCode >= 400 && none.statusCode < 500, String(none.statusCode));
  assert.match(code(none) ?? '', /^pavise_/);
});

void test('prototype-poisoning keys do not pollute Object.prototype', async () => {
  const payload = '{"model":"gpt-test","messages":[{"role":"user","content":"hi","__proto__":{"polluted":1}}],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}';
  const r = await post('/v1/chat/completions', payload);
  assert.ok(r.statusCode < 500);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
});

void test('wrong JSON types are 400 with a code, never 500', async () => {
  const bodies = ['[]', '"x"', 'null', '1', 'true', '{}', '{"model":1,"messages":[]}', '{"model":"m","messages":"x"}', '{"model":"","messages":[]}', `{"model":"${'m'.repeat(300)}","messages":[]}`];
  for (const url of ['/v1/chat/completions', '/v1/messages']) {
    for (const b of bodies) {
      const r = await post(url, b);
      assert.equal(r.statusCode, 400, `${url} ${b.slice(0, 40)} -> ${r.statusCode} ${r.body.slice(0, 200)}`);
      assert.match(code(r) ?? '', /^pavise_/);
    }
  }
});

// Shapes that reach deeper into the surfaces than random JSON would.
const anyJson = fc.jsonValue({ maxDepth: 4 });
const message = fc.oneof(
  anyJson,
  fc.record({ role: fc.oneof(fc.constantFrom('user', 'system', 'assistant', 'tool', 'developer', 'function', '__proto__'), anyJson), content: fc.oneof(fc.string(), fc.array(fc.oneof(anyJson, fc.record({ type: fc.constantFrom('text', 'image_url', 'tool_result'), text: anyJson })), { maxLength: 3 }), anyJson) }, { requiredKeys: [] }),
);
const chatBody = fc.record(
  { model: fc.oneof(fc.constant('gpt-test'), anyJson), messages: fc.oneof(fc.array(message, { maxLength: 4 }), anyJson), stream: fc.oneof(fc.boolean(), anyJson), max_tokens: anyJson, system: anyJson, tools: anyJson },
  { requiredKeys: [] },
);

void test('property: random bodies never crash a route (no 500, every refusal has a pavise code)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('/v1/chat/completions', '/v1/messages'), fc.oneof(chatBody.map((b) => JSON.stringify(b)), fc.string({ maxLength: 200 })), async (url, payload) => {
      const r = await post(url, payload);
      assert.ok(r.statusCode < 500, `${url} ${payload.slice(0, 200)} -> ${r.statusCode} ${r.body.slice(0, 200)}`);
      if (r.statusCode >= 400) assert.match(code(r) ?? '', /^pavise_/, r.body.slice(0, 200));
    }),
    { numRuns: 150, interruptAfterTimeLimit: 3000 },
  );
});
