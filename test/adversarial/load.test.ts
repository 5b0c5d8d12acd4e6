// Overload and slow clients on a listening gateway (127.0.0.1, bounded counts and times):
// - excess concurrent load is shed at once with 503 pavise_overloaded + Retry-After, admitted
//   requests finish in bounded time, and the gateway recovers when the load drops;
// - slowloris headers and slow bodies are cut with 408 pavise_request_timeout close to the
//   configured bounds, and release their concurrency slot;
// - normal traffic is served during a slow-client flood and after it, with bounded memory.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Agent, request } from 'undici';
import type { Gateway } from '../helpers/gateway.js';
import { startGateway } from '../helpers/gateway.js';
import { lastJsonBody, rawRequest } from './raw.js';

let gw: Gateway;
let port: number;
const agent = new Agent({ connections: 128, pipelining: 0 });
const body = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] });

before(async () => {
  gw = await startGateway({ yaml: 'server: { maxConcurrency: 6, headersTimeoutMs: 1000, requestTimeoutMs: 2000 }\nlimits: { requestsPerMinute: 100000 }\n' });
  port = Number(new URL(gw.url).port);
});
after(async () => {
  await agent.close();
  await gw.close();
});

async function call(): Promise<{ status: number; ms: number; code: string | undefined; retryAfter: string | undefined }> {
  const t = performance.now();
  const r = await request(`${gw.url}/v1/chat/completions`, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.key}` }, dispatcher: agent });
  const text = await r.body.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  const ra = r.headers['retry-after'];
  return { status: r.statusCode, ms: performance.now() - t, code, retryAfter: typeof ra === 'string' ? ra : undefined };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const codeOf = (text: string) => (lastJsonBody(text) as { error?: { code?: string } } | undefined)?.error?.code;

void test('overload: excess concurrent requests are shed fast with 503 + Retry-After; admitted ones finish; recovery', async () => {
  gw.upstream.script = async () => {
    await sleep(400);
    return { json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], usage: { total_tokens: 1 } } };
  };
  try {
    const results = await Promise.all(Array.from({ length: 48 }, () => call()));
    const ok = results.filter((r) => r.status === 200);
    const shed = results.filter((r) => r.status === 503);
    assert.equal(ok.length + shed.length, results.length, `unexpected statuses ${results.map((r) => r.status).join(',')}`);
    assert.ok(ok.length >= 6, `admitted ${ok.length}`);
    assert.ok(shed.length >= 24, `shed ${shed.length}`);
    for (const s of shed) {
      assert.equal(s.code, 'pavise_overloaded');
      assert.ok(Number(s.retryAfter) >= 1);
    }
    // Bounds are loose (2 shared cores in CI); the relation is the point: a shed request does
    // not wait for a slot, so it answers before the admitted ones (each ≥ 400 ms upstream).
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const maxShed = Math.max(...shed.map((s) => s.ms));
    const maxOk = Math.max(...ok.map((s) => s.ms));
    assert.ok(median(shed.map((s) => s.ms)) < median(ok.map((s) => s.ms)), `shed median ${median(shed.map((s) => s.ms)).toFixed(0)} ms vs admitted ${median(ok.map((s) => s.ms)).toFixed(0)} ms`);
    assert.ok(maxShed < 3000, `shedding took ${maxShed.toFixed(0)} ms`);
    assert.ok(maxOk < 8000, `admitted request took ${maxOk.toFixed(0)} ms`);
    // Load gone: every request is admitted again.
    for (let i = 0; i < 6; i++) assert.equal((await call()).status, 200);
  } finally {
    gw.upstream.script = () => ({ json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], usage: { total_tokens: 1 } } });
  }
});

void test('slowloris: headers trickled forever are cut with 408 pavise_request_timeout near headersTimeout', async () => {
  const lines = ['POST /v1/chat/completions HTTP/1.1\r\n', 'Host: 127.0.0.1\r\n', ...Array.from({ length: 40 }, (_, i) => `X-Slow-${i}: ${i}\r\n`)];
  const r = await rawRequest(port, lines, { gapMs: 150, timeoutMs: 5000 });
  assert.ok(r.closedByServer, 'the server closed the connection');
  assert.deepEqual(r.statuses, [408]);
  assert.equal(codeOf(r.text), 'pavise_request_timeout');
  assert.ok(r.ms < 3500, `cut after ${r.ms} ms`);
});

void test('slow body: an authenticated request whose body trickles is cut near requestTimeout and frees its slot', async () => {
  const head = `POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${gw.key}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
  const slow = Array.from({ length: 6 }, () => rawRequest(port, [head, ...Array.from({ length: 60 }, () => ' ')], { gapMs: 100, timeoutMs: 6000 }));
  await sleep(300);
  const rs = await Promise.all(slow);
  for (const r of rs) {
    assert.ok(r.closedByServer);
    assert.deepEqual(r.statuses, [408]);
    assert.equal(codeOf(r.text), 'pavise_request_timeout');
    assert.ok(r.ms < 4500, `cut after ${r.ms} ms`);
  }
  // All six slots (maxConcurrency 6) are free again.
  const after = await Promise.all(Array.from({ length: 6 }, () => call()));
  assert.deepEqual(after.map((a) => a.status), [200, 200, 200, 200, 200, 200]);
});

void test('slow-client flood: normal traffic is served during and after it; memory stays bounded; all flood sockets are closed', async () => {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const floodHead = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n';
  const flood = Array.from({ length: 200 }, (_, i) => rawRequest(port, [floodHead, ...Array.from({ length: 30 }, (_x, j) => `X-F${i}-${j}: v\r\n`)], { gapMs: 100, timeoutMs: 6000 }));
  const normal: Array<{ status: number; ms: number }> = [];
  const until = performance.now() + 2500;
  while (performance.now() < until) {
    normal.push(await call());
    await sleep(40);
  }
  const floodResults = await Promise.all(flood);
  for (let i = 0; i < 5; i++) normal.push(await call());
  assert.ok(normal.length >= 10, `only ${normal.length} normal requests ran`);
  assert.ok(normal.every((n) => n.status === 200), normal.map((n) => n.status).join(','));
  const sorted = normal.map((n) => n.ms).sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  assert.ok(p95 < 2000, `normal p95 ${p95.toFixed(0)} ms during the flood`);
  assert.ok(floodResults.every((f) => f.closedByServer), 'every slow socket was closed by the server');
  assert.ok(floodResults.every((f) => f.statuses.length === 1 && f.statuses[0] === 408));
  const grown = process.memoryUsage().heapUsed - heapBefore;
  assert.ok(grown < 64 * 1024 * 1024, `heap grew ${(grown / 1048576).toFixed(1)} MiB`);
});
