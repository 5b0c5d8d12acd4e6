import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cappedFetch } from './upstream.js';

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
