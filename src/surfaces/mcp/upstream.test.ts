import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { randomUUID } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, CallToolResultSchema, JSONRPCMessageSchema, LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { PaviseError } from '../../engine/errors.js';
import { cappedFetch, DirectHttpClientTransport, parseMessage, requestFetch } from './upstream.js';

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

// DirectHttpClientTransport: an SDK Client over it against an SDK server answering JSON (the
// direct path) or SSE (handed to the SDK's own send), and against bad answers.
async function withSdkServer(json: boolean, fn: (url: string) => Promise<void>): Promise<void> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  await withServer(
    (req, text, res) => {
      void (async () => {
        const body: unknown = text ? JSON.parse(text) : undefined;
        const sid = req.headers['mcp-session-id'];
        const existing = typeof sid === 'string' ? sessions.get(sid) : undefined;
        if (existing) return existing.handleRequest(req, res, body);
        const server = new Server({ name: 'echo', version: '1' }, { capabilities: { tools: {} } });
        server.setRequestHandler(CallToolRequestSchema, async (r, extra) => {
          const token = r.params._meta?.progressToken;
          if (token !== undefined) await extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress: 1 } });
          const text = r.params.arguments?.text;
          return { content: [{ type: 'text', text: typeof text === 'string' ? text : '' }] };
        });
        const t: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), enableJsonResponse: json, onsessioninitialized: (id) => void sessions.set(id, t) });
        await server.connect(t);
        await t.handleRequest(req, res, body);
      })().catch(() => res.destroy());
    },
    async (url) => {
      try {
        await fn(url);
      } finally {
        for (const t of sessions.values()) await t.close();
      }
    },
  );
}

void test('DirectHttpClientTransport: JSON answers take the direct path, SSE answers the SDK path, concurrent calls keep their answers', async () => {
  for (const json of [true, false]) {
    await withSdkServer(json, async (url) => {
      const t = new DirectHttpClientTransport(new URL(url), { 'X-Extra': 'v' }, 100_000);
      const c = new Client({ name: 'c', version: '1' });
      await c.connect(t);
      const texts = Array.from({ length: 12 }, (_, i) => `call-${i}`);
      const answers = await Promise.all(texts.map((text) => c.callTool({ name: 'echo', arguments: { text } }, CallToolResultSchema)));
      assert.deepEqual(
        answers.map((a) => a.content),
        texts.map((text) => [{ type: 'text', text }]),
      );
      const seen: number[] = [];
      await c.callTool({ name: 'echo', arguments: { text: 'p' } }, CallToolResultSchema, { onprogress: (p) => seen.push(p.progress) });
      // JSON mode drops progress (the server answers once); the SSE stream carries it.
      assert.deepEqual(seen, json ? [] : [1]);
      assert.equal(t.directSends, json ? 13 : 0, json ? 'every call direct' : 'no call direct');
      await c.close();
    });
  }
});

void test('DirectHttpClientTransport sends what the SDK sends and fails as it does on bad answers', async () => {
  const seen: Array<Record<string, string | string[] | undefined>> = [];
  let mode = 'ok';
  await withServer(
    (req, text, res) => {
      const msg = JSON.parse(text || '{}') as { id?: number; method?: string };
      if (req.method !== 'POST') return void res.writeHead(405).end();
      if (msg.method === 'initialize') {
        res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 'S1' });
        return void res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: { tools: {} }, serverInfo: { name: 's', version: '1' } } }));
      }
      if (msg.id === undefined) return void res.writeHead(202).end();
      seen.push(req.headers);
      if (mode === 'html') return void res.writeHead(500, { 'content-type': 'text/html' }).end('<html>oops</html>');
      if (mode === 'garbage') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"not json-rpc": true}');
      if (mode === 'big') return void res.writeHead(200, { 'content-type': 'application/json' }).end(`{"x":"${'y'.repeat(5000)}"}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result: { content: [] } }));
    },
    async (url) => {
      const t = new DirectHttpClientTransport(new URL(url), { 'X-Extra': 'v' }, 1000);
      const c = new Client({ name: 'c', version: '1' });
      await c.connect(t);
      await c.callTool({ name: 'x', arguments: {} }, CallToolResultSchema);
      assert.equal(t.directSends, 1);
      const h = seen[0] ?? {};
      assert.equal(h['mcp-session-id'], 'S1');
      assert.equal(h['mcp-protocol-version'], LATEST_PROTOCOL_VERSION);
      assert.equal(h['x-extra'], 'v');
      assert.equal(h['content-type'], 'application/json');
      assert.equal(h.accept, 'application/json, text/event-stream');
      mode = 'html';
      await assert.rejects(c.callTool({ name: 'x', arguments: {} }, CallToolResultSchema, { timeout: 2000 }), /Error POSTing to endpoint/);
      mode = 'garbage';
      // Refused at once (schema-checked like the SDK's send), not left to the request timeout.
      const t0 = performance.now();
      await assert.rejects(c.callTool({ name: 'x', arguments: {} }, CallToolResultSchema, { timeout: 5000 }));
      assert.ok(performance.now() - t0 < 2500, 'a malformed answer fails the call at once');
      mode = 'big';
      await assert.rejects(c.callTool({ name: 'x', arguments: {} }, CallToolResultSchema, { timeout: 2000 }), /exceeds 1000 bytes/);
      assert.equal(t.directSends, 1);
      await c.close();
    },
  );
});

void test('parseMessage gives what JSONRPCMessageSchema.parse gives, or throws when it throws (property)', () => {
  const outcome = (f: () => unknown): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: f() };
    } catch {
      return { ok: false };
    }
  };
  // Valid members of each kind, the same with one key of another member added or one taken away
  // (the overlaps where union order could matter), and loose JSON-RPC-shaped values.
  const id = fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null), fc.double());
  const members = fc.oneof(
    fc.record({ jsonrpc: fc.constant('2.0'), id, result: fc.oneof(fc.object({ maxDepth: 2 }), fc.record({ content: fc.array(fc.record({ type: fc.constant('text'), text: fc.string() })) })) }),
    fc.record({ jsonrpc: fc.constant('2.0'), id, method: fc.constantFrom('tools/call', 'ping'), params: fc.object({ maxDepth: 2 }) }, { requiredKeys: ['jsonrpc', 'id', 'method'] }),
    fc.record({ jsonrpc: fc.constant('2.0'), method: fc.constantFrom('notifications/progress', 'x'), params: fc.object({ maxDepth: 2 }) }, { requiredKeys: ['jsonrpc', 'method'] }),
    fc.record({ jsonrpc: fc.constant('2.0'), id, error: fc.record({ code: fc.integer(), message: fc.string() }) }, { requiredKeys: ['jsonrpc', 'error'] }),
  );
  const extraKey = fc.constantFrom('method', 'id', 'result', 'error', 'params', 'jsonrpc', 'other');
  const varied = fc.tuple(members, fc.constantFrom('as is', 'add', 'drop'), extraKey, fc.jsonValue({ maxDepth: 1 })).map(([m, how, k, v]) => {
    const out: Record<string, unknown> = { ...m };
    if (how === 'add') out[k] = v;
    if (how === 'drop') delete out[k];
    return out;
  });
  const message = fc.oneof(varied, fc.jsonValue({ maxDepth: 2 }));
  fc.assert(
    fc.property(message, (m) => {
      assert.deepEqual(outcome(() => parseMessage(m)), outcome(() => JSONRPCMessageSchema.parse(m)));
    }),
    { numRuns: 200 },
  );
  // The hot case itself.
  const answer = { jsonrpc: '2.0', id: 3, result: { content: [{ type: 'text', text: 'x' }] } };
  assert.deepEqual(parseMessage(answer), JSONRPCMessageSchema.parse(answer));
});
