import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { PaviseError } from '../../engine/errors.js';
import { cappedFetch, requestFetch } from './upstream.js';

const body = (n: number): string => 'x'.repeat(n);
const fake =
  (text: string, headers: Record<string, string>) =>
  (): Promise<Response> =>
    Promise.resolve(new Response(text, { status: 200, headers }));

void test('a JSON answer with a declared length within the cap is passed through untouched', async () => {
  const res = new Response('{"a":1}', { headers: { 'content-type': 'application/json', 'content-length': '7' } });
  const out = await cappedFetch(100, () => Promise.resolve(res))('http://x', {});
  assert.equal(out, res);
  assert.deepEqual(await out.json(), { a: 1 });
});

void test('a declared length over the cap, a compressed body and a missing length are counted on the wire', async () => {
  const cases: Array<Record<string, string>> = [
    { 'content-type': 'application/json', 'content-length': '500' },
    // Compressed: the declared length says nothing about the decoded size.
    { 'content-type': 'application/json', 'content-length': '5', 'content-encoding': 'gzip' },
    { 'content-type': 'application/json' },
  ];
  for (const headers of cases) {
    const out = await cappedFetch(100, fake(body(500), headers))('http://x', {});
    await assert.rejects(out.text(), /exceeds 100 bytes/, JSON.stringify(headers));
  }
  const ok = await cappedFetch(100, fake(body(50), { 'content-type': 'application/json', 'content-encoding': 'gzip' }))('http://x', {});
  assert.equal((await ok.text()).length, 50);
});

void test('an SSE stream is bounded per event, not per stream', async () => {
  const events = Array.from({ length: 20 }, () => `data: ${body(40)}\n\n`).join('');
  const out = await cappedFetch(100, fake(events, { 'content-type': 'text/event-stream', 'content-length': String(events.length) }))('http://x', {});
  assert.equal((await out.text()).length, events.length);
});

// requestFetch against a real local HTTP server (127.0.0.1, bounded).
async function withServer(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void, fn: (url: string) => Promise<void>): Promise<void> {
  const srv = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  try {
    await fn(`http://127.0.0.1:${(srv.address() as AddressInfo).port}/mcp`);
  } finally {
    srv.closeAllConnections();
    await new Promise<void>((r) => srv.close(() => r()));
  }
}

void test('requestFetch sends method, headers and a string body, and answers a bounded JSON body with its headers', async () => {
  await withServer(
    (req, body, res) => {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 'S1', 'x-echo': `${req.method ?? ''} ${String(req.headers['x-k'] ?? '')}` }).end(body);
    },
    async (url) => {
      const res = await requestFetch(1000)(url, { method: 'post', headers: new Headers({ 'x-k': 'v', 'content-type': 'application/json' }), body: '{"jsonrpc":"2.0","id":1}' });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('mcp-session-id'), 'S1');
      assert.equal(res.headers.get('x-echo'), 'POST v');
      assert.deepEqual(res.headers.getSetCookie(), ['a=1', 'b=2']);
      assert.deepEqual(await res.json(), { jsonrpc: '2.0', id: 1 });
    },
  );
});

void test('requestFetch refuses a JSON body over the cap, declared or chunked, with PAVISE_UPSTREAM_ERROR', async () => {
  await withServer(
    (req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url?.endsWith('declared') === true) res.end('x'.repeat(5000));
      else {
        // Chunked: no declared length, counted while read.
        for (let i = 0; i < 50; i++) res.write('x'.repeat(100));
        res.end();
      }
    },
    async (url) => {
      for (const path of ['declared', 'chunked']) {
        await assert.rejects(requestFetch(1000)(`${url}/${path}`, { method: 'POST', body: '{}' }), (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_UPSTREAM_ERROR' && /exceeds 1000 bytes/.test(e.message), path);
      }
      // Within the cap, chunked: read whole.
      assert.equal((await (await requestFetch(10_000)(`${url}/chunked`, { method: 'POST', body: '{}' })).text()).length, 5000);
    },
  );
});

void test('requestFetch streams an SSE answer (events arrive before the stream ends) and answers a 202 with an empty body', async () => {
  let finish: (() => void) | undefined;
  await withServer(
    (req, _body, res) => {
      if (req.method === 'DELETE') {
        res.writeHead(202).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: message\ndata: 1\n\n');
      finish = () => res.end('event: message\ndata: 2\n\n');
    },
    async (url) => {
      const accepted = await requestFetch(1000)(url, { method: 'DELETE' });
      assert.equal(accepted.status, 202);
      assert.equal(await accepted.text(), '');
      const res = await requestFetch(1000)(url, { method: 'POST', body: '{}' });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const first = await reader.read();
      assert.equal(new TextDecoder().decode(first.value), 'event: message\ndata: 1\n\n');
      finish?.();
      let rest = '';
      for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
      assert.equal(rest, 'event: message\ndata: 2\n\n');
    },
  );
});

void test('requestFetch hands non-string bodies to the fallback and honours an abort signal', async () => {
  let fellBack = false;
  const fb = (): Promise<Response> => {
    fellBack = true;
    return Promise.resolve(new Response('ok'));
  };
  assert.equal(await (await requestFetch(1000, fb)('http://127.0.0.1:1/', { method: 'POST', body: new Uint8Array([1]) })).text(), 'ok');
  assert.ok(fellBack);
  await withServer(
    () => undefined, // never answers
    async (url) => {
      await assert.rejects(requestFetch(1000)(url, { method: 'POST', body: '{}', signal: AbortSignal.timeout(100) }));
    },
  );
});
