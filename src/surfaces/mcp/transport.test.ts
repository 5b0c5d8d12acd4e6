// McpSessionTransport (transport.ts): the direct path answers a single JSON-RPC request exactly as
// the SDK's StreamableHTTPServerTransport would (same status, headers and message: as its JSON
// response mode when the response is all there is, as its SSE mode when progress comes first), carries
// progress notifications of a pending call, keeps its headers and keep-alives, and leaves every
// request the SDK would refuse, every notification, batch and initialize to the SDK.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, CallToolResultSchema, JSONRPCRequestSchema, LATEST_PROTOCOL_VERSION, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { asJsonRpcRequest, McpSessionTransport } from './transport.js';

interface Harness {
  readonly url: string;
  readonly port: number;
  /** Requests the direct path took / the SDK path took (initialize excluded from neither). */
  readonly taken: { direct: number; sdk: number };
  readonly transports: McpSessionTransport[];
  readonly errors: Error[];
  /** Resolves a pending `wait` tool call. */
  release(): void;
}

async function withServer(
  opts: { direct: boolean; sdkJson?: boolean; bind?: boolean; timing?: { headerHoldMs?: number; keepAliveMs?: number } },
  fn: (h: Harness) => Promise<void>,
): Promise<void> {
  const sessions = new Map<string, McpSessionTransport>();
  const transports: McpSessionTransport[] = [];
  const errors: Error[] = [];
  const taken = { direct: 0, sdk: 0 };
  let release: () => void = () => {};
  const handle = async (req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> => {
    const sid = req.headers['mcp-session-id'];
    const existing = typeof sid === 'string' ? sessions.get(sid) : undefined;
    if (existing) {
      if (opts.direct && req.method === 'POST' && existing.handlePost(req, res, body)) {
        taken.direct++;
        return;
      }
      taken.sdk++;
      return existing.sdk.handleRequest(req, res, body);
    }
    const t: McpSessionTransport = new McpSessionTransport(
      { sessionIdGenerator: () => randomUUID(), onsessioninitialized: (id) => void sessions.set(id, t), ...(opts.sdkJson === true ? { enableJsonResponse: true } : {}) },
      opts.timing ?? {},
    );
    transports.push(t);
    const server = new Server({ name: 't', version: '1' }, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [{ name: 'echo', inputSchema: { type: 'object' } }] }));
    server.setRequestHandler(CallToolRequestSchema, async (r, extra) => {
      const text = typeof r.params.arguments?.text === 'string' ? r.params.arguments.text : '';
      if (r.params.name === 'progress') {
        const token = r.params._meta?.progressToken;
        if (token !== undefined) {
          for (let i = 1; i <= 3; i++) await extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress: i, total: 3 } });
        }
      }
      if (r.params.name === 'wait') await new Promise<void>((resolve) => (release = resolve));
      if (r.params.name === 'info') {
        const accept = extra.requestInfo?.headers.accept;
        return { content: [{ type: 'text', text: `${extra.requestInfo?.url?.pathname ?? 'no url'} ${typeof accept === 'string' ? accept : 'no accept'}` }] };
      }
      return { content: [{ type: 'text', text: `echo: ${text}` }] };
    });
    server.onerror = (e) => errors.push(e);
    await server.connect(t);
    // As index.ts does (the installed SDK must have the entry point it binds to).
    if (opts.bind !== false) assert.equal(t.bindDispatch(server), true);
    taken.sdk++;
    await t.sdk.handleRequest(req, res, body);
  };
  const srv = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      } catch {
        body = undefined;
      }
      handle(req, res, body).catch(() => res.destroy());
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  try {
    await fn({ url: `http://127.0.0.1:${port}/mcp`, port, taken, transports, errors, release: () => release() });
  } finally {
    for (const t of transports) await t.close();
    srv.closeAllConnections();
    await new Promise<void>((r) => srv.close(() => r()));
  }
}

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  readonly headersMs: number;
}

function post(port: number, headers: Record<string, string>, body: string): Promise<Raw> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', headers }, (res) => {
      const headersMs = performance.now() - t0;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, headersMs }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const STD = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** A raw session: initialize + initialized, returns the headers every later request needs. */
async function rawSession(port: number): Promise<Record<string, string>> {
  const init = await post(port, STD, JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }));
  assert.equal(init.status, 200);
  const sid = init.headers['mcp-session-id'];
  assert.equal(typeof sid, 'string');
  const h = { ...STD, 'mcp-session-id': String(sid), 'mcp-protocol-version': LATEST_PROTOCOL_VERSION };
  const ack = await post(port, h, JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
  assert.equal(ack.status, 202);
  return h;
}

/** The JSON-RPC messages of an SSE body. */
function events(body: string): unknown[] {
  return body
    .split('\n\n')
    .filter((e) => e.includes('data: '))
    .map((e) => JSON.parse(e.slice(e.indexOf('data: ') + 6)) as unknown);
}

const CALL = JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'echo', arguments: { text: 'hi' } } });

void test('an SDK client works through the direct path; initialize and notifications stay on the SDK path', async () => {
  await withServer({ direct: true }, async (h) => {
    const c = new Client({ name: 'c', version: '1' });
    await c.connect(new StreamableHTTPClientTransport(new URL(h.url)));
    const sdkAfterConnect = h.taken.sdk;
    assert.ok(sdkAfterConnect >= 2, 'initialize and notifications/initialized went to the SDK');
    const tools = await c.listTools();
    assert.deepEqual(
      tools.tools.map((t) => t.name),
      ['echo'],
    );
    for (let i = 0; i < 5; i++) {
      const r = await c.callTool({ name: 'echo', arguments: { text: `n${i}` } }, CallToolResultSchema);
      assert.deepEqual(r.content, [{ type: 'text', text: `echo: n${i}` }]);
    }
    assert.equal(h.taken.direct, 6, 'tools/list and five tools/call took the direct path');
    await c.close();
    assert.deepEqual(h.errors, []);
  });
});

void test('a prompt direct answer is the SDK JSON-mode answer: status, headers and message', async () => {
  const answers: Raw[] = [];
  for (const direct of [true, false]) {
    // The SDK side answers in its JSON response mode, which the direct path's prompt answers match.
    await withServer({ direct, sdkJson: !direct }, async (h) => {
      const hdr = await rawSession(h.port);
      const before = h.taken.direct;
      answers.push(await post(h.port, hdr, CALL));
      answers.push(await post(h.port, hdr, JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'tools/call', params: { name: 'info', arguments: {} } })));
      assert.equal(h.taken.direct - before, direct ? 2 : 0);
    });
  }
  const [mine, info, sdk, sdkInfo] = answers;
  assert.ok(mine && sdk && info && sdkInfo);
  // The handler sees the same request info (URL, headers) on both paths.
  assert.deepEqual(JSON.parse(info.body), JSON.parse(sdkInfo.body));
  assert.deepEqual(JSON.parse(info.body), { result: { content: [{ type: 'text', text: '/mcp application/json, text/event-stream' }] }, jsonrpc: '2.0', id: 8 });
  assert.equal(mine.status, sdk.status);
  assert.equal(mine.headers['content-type'], 'application/json');
  assert.equal(mine.headers['content-type'], sdk.headers['content-type']);
  assert.equal(typeof mine.headers['mcp-session-id'], 'string');
  assert.equal(mine.headers['content-length'], String(Buffer.byteLength(mine.body)));
  assert.equal(mine.body, sdk.body);
  assert.deepEqual(JSON.parse(mine.body), { result: { content: [{ type: 'text', text: 'echo: hi' }] }, jsonrpc: '2.0', id: 7 });
});

void test('requests the Server refuses answer the same on the direct path, bound or not, as on the SDK path', async () => {
  const bodies = [
    JSON.stringify({ jsonrpc: '2.0', id: 21, method: 'tools/call', params: { arguments: { text: 'no name' } } }),
    JSON.stringify({ jsonrpc: '2.0', id: 22, method: 'no/such/method', params: {} }),
    JSON.stringify({ jsonrpc: '2.0', id: 23, method: 'tools/call', params: { name: 'echo', arguments: 'not an object' } }),
  ];
  const runs: Array<Array<{ status: number; body: unknown }>> = [];
  for (const mode of [{ direct: true }, { direct: true, bind: false }, { direct: false, sdkJson: true }]) {
    await withServer(mode, async (h) => {
      const hdr = await rawSession(h.port);
      const out: Array<{ status: number; body: unknown }> = [];
      for (const b of bodies) {
        const r = await post(h.port, hdr, b);
        out.push({ status: r.status, body: JSON.parse(r.body) as unknown });
      }
      assert.equal(h.taken.direct, mode.direct ? bodies.length : 0);
      runs.push(out);
    });
  }
  const [bound, unbound, sdk] = runs;
  assert.deepEqual(bound, sdk);
  assert.deepEqual(unbound, sdk);
  assert.deepEqual(
    sdk?.map((r) => (r.body as { error?: { code?: number } }).error?.code),
    // A params schema failure surfaces as the ZodError the Protocol throws (internal error).
    [-32603, -32601, -32603],
  );
});

void test('an answer with progress is the SDK SSE-mode answer: status, headers and messages', async () => {
  const answers: Raw[] = [];
  const body = JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: 'progress', arguments: { text: 'p' }, _meta: { progressToken: 'tok' } } });
  for (const direct of [true, false]) {
    await withServer({ direct }, async (h) => {
      const hdr = await rawSession(h.port);
      answers.push(await post(h.port, hdr, body));
      assert.equal(h.taken.direct, direct ? 1 : 0);
    });
  }
  const [mine, sdk] = answers;
  assert.ok(mine && sdk);
  assert.equal(mine.status, sdk.status);
  for (const k of ['content-type', 'cache-control', 'x-accel-buffering']) assert.equal(mine.headers[k], sdk.headers[k], k);
  assert.equal(mine.headers['content-type'], 'text/event-stream');
  assert.equal(typeof mine.headers['mcp-session-id'], 'string');
  assert.deepEqual(events(mine.body), events(sdk.body));
  assert.deepEqual(
    events(mine.body),
    [
      ...[1, 2, 3].map((progress) => ({ method: 'notifications/progress', params: { progressToken: 'tok', progress, total: 3 }, jsonrpc: '2.0' })),
      { result: { content: [{ type: 'text', text: 'echo: p' }] }, jsonrpc: '2.0', id: 9 },
    ],
  );
  assert.match(mine.body, /^event: message\ndata: /);
});

void test('requests the SDK refuses, batches and notifications are left to the SDK, with its answers', async () => {
  const cases: Array<{ name: string; headers: (h: Record<string, string>) => Record<string, string>; body: string }> = [
    { name: 'accept without SSE', headers: (h) => ({ ...h, accept: 'application/json' }), body: CALL },
    { name: 'text/plain body', headers: (h) => ({ ...h, 'content-type': 'text/plain' }), body: CALL },
    { name: 'unsupported protocol version', headers: (h) => ({ ...h, 'mcp-protocol-version': '1999-01-01' }), body: CALL },
    { name: 'not JSON-RPC', headers: (h) => h, body: JSON.stringify({ id: 1, method: 'tools/call' }) },
    { name: 'a batch', headers: (h) => h, body: `[${CALL}]` },
    { name: 'a notification', headers: (h) => h, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 99 } }) },
    { name: 'a second initialize', headers: (h) => h, body: JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'initialize', params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'x', version: '1' } } }) },
  ];
  const results = new Map<string, Array<{ status: number; messages: string }>>();
  for (const direct of [true, false]) {
    await withServer({ direct }, async (h) => {
      const hdr = await rawSession(h.port);
      for (const c of cases) {
        const r = await post(h.port, c.headers(hdr), c.body);
        const list = results.get(c.name) ?? [];
        list.push({ status: r.status, messages: r.headers['content-type'] === 'text/event-stream' ? JSON.stringify(events(r.body)) : r.body });
        results.set(c.name, list);
      }
      assert.equal(h.taken.direct, 0, 'none of them took the direct path');
    });
  }
  for (const [name, [mine, sdk]] of results) assert.deepEqual(mine, sdk, name);
  assert.equal(results.get('accept without SSE')?.[0]?.status, 406);
  assert.equal(results.get('text/plain body')?.[0]?.status, 415);
  assert.equal(results.get('a notification')?.[0]?.status, 202);
});

void test('progress notifications of a pending call reach the client on the same stream', async () => {
  await withServer({ direct: true }, async (h) => {
    const c = new Client({ name: 'c', version: '1' });
    await c.connect(new StreamableHTTPClientTransport(new URL(h.url)));
    const seen: number[] = [];
    const r = await c.callTool({ name: 'progress', arguments: { text: 'p' } }, CallToolResultSchema, { onprogress: (p) => seen.push(p.progress) });
    assert.deepEqual(seen, [1, 2, 3]);
    assert.deepEqual(r.content, [{ type: 'text', text: 'echo: p' }]);
    assert.equal(h.taken.direct, 1);
    await c.close();
  });
});

void test('a waiting call gets its headers after the hold, then keep-alive comments, then the answer', async () => {
  await withServer({ direct: true, timing: { headerHoldMs: 100, keepAliveMs: 150 } }, async (h) => {
    const hdr = await rawSession(h.port);
    const t0 = performance.now();
    let headersAt = 0;
    const done = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: h.port, path: '/mcp', method: 'POST', headers: hdr }, (res) => {
        headersAt = performance.now() - t0;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'wait', arguments: { text: 'w' } } }));
    });
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(headersAt > 0 && headersAt < 450, `headers after ${headersAt.toFixed(0)} ms`);
    h.release();
    const body = await done;
    assert.match(body, /^: keepalive\n\n/);
    assert.deepEqual(events(body), [{ result: { content: [{ type: 'text', text: 'echo: w' }] }, jsonrpc: '2.0', id: 3 }]);
    assert.equal(h.taken.direct, 1);
  });
});

void test('a client that leaves before the answer: the answer is dropped quietly and the session goes on', async () => {
  await withServer({ direct: true }, async (h) => {
    const hdr = await rawSession(h.port);
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: h.port, path: '/mcp', method: 'POST', headers: hdr });
      req.on('error', () => resolve());
      req.end(JSON.stringify({ jsonrpc: '2.0', id: 11, method: 'tools/call', params: { name: 'wait', arguments: {} } }));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    await new Promise((r) => setTimeout(r, 50));
    h.release();
    await new Promise((r) => setTimeout(r, 50));
    const again = await post(h.port, hdr, CALL);
    assert.deepEqual(JSON.parse(again.body), { result: { content: [{ type: 'text', text: 'echo: hi' }] }, jsonrpc: '2.0', id: 7 });
    assert.deepEqual(h.errors, []);
  });
});

void test('closing the session ends a pending direct answer', async () => {
  await withServer({ direct: true }, async (h) => {
    const hdr = await rawSession(h.port);
    const pending = post(h.port, hdr, JSON.stringify({ jsonrpc: '2.0', id: 12, method: 'tools/call', params: { name: 'wait', arguments: {} } }));
    await new Promise((r) => setTimeout(r, 100));
    for (const t of h.transports) await t.close();
    const r = await pending;
    assert.equal(r.status, 200);
    assert.equal(r.body, '');
  });
});

void test('asJsonRpcRequest accepts exactly what JSONRPCRequestSchema accepts (property)', () => {
  // Values at every place the schema constrains, edge numbers included.
  const anyValue = fc.oneof(
    fc.constantFrom<unknown>('2.0', '1.0', '', 0, -0, 1, 1.5, -7, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true, [], {}, ['x']),
    fc.string({ maxLength: 5 }),
    fc.integer(),
    fc.double(),
  );
  const related = fc.oneof(anyValue, fc.record({ taskId: anyValue, extra: anyValue }, { requiredKeys: [] }));
  const meta = fc.oneof(anyValue, fc.record({ progressToken: anyValue, 'io.modelcontextprotocol/related-task': related, other: anyValue }, { requiredKeys: [] }));
  const params = fc.oneof(anyValue, fc.record({ _meta: meta, name: anyValue, arguments: anyValue }, { requiredKeys: [] }));
  const valid = fc.record({ jsonrpc: fc.constant('2.0'), id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), method: fc.string({ maxLength: 6 }) });
  const message = fc.oneof(
    // Valid cores with each optional or stray part varied.
    fc.tuple(valid, params, fc.constantFrom('params', 'none', 'stray', 'result')).map(([v, p, how]) =>
      how === 'params' ? { ...v, params: p } : how === 'stray' ? { ...v, params: p, stray: 1 } : how === 'result' ? { ...v, result: {} } : v,
    ),
    fc.record({ jsonrpc: anyValue, id: anyValue, method: anyValue, params }, { requiredKeys: [] }),
    anyValue,
    fc.jsonValue({ maxDepth: 3 }),
  );
  fc.assert(
    fc.property(message, (m) => {
      assert.equal(asJsonRpcRequest(m) !== undefined, JSONRPCRequestSchema.safeParse(m).success, JSON.stringify(m));
    }),
    { numRuns: 200 },
  );
  const call = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'echo', _meta: { progressToken: 't' } } };
  assert.equal(asJsonRpcRequest(call), call);
});
