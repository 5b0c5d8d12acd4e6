// coalescedWrites (index.ts): a POST answer's headers are held until its first bytes (bounded
// by HEADER_HOLD_MS), and the bytes arrive whole and in order.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { coalescedWrites } from './index.js';

async function serve(handler: (res: ServerResponse) => void, fn: (port: number) => Promise<void>): Promise<void> {
  const srv = createServer((_req, res) => handler(res));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  try {
    await fn((srv.address() as AddressInfo).port);
  } finally {
    srv.closeAllConnections();
    await new Promise<void>((r) => srv.close(() => r()));
  }
}

/** Resolves with the time the headers arrived and the whole body. */
function get(port: number): Promise<{ headersMs: number; body: string; status: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST' }, (res) => {
      const headersMs = performance.now() - t0;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ headersMs, body, status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

void test('an SSE answer written as flush, event, end arrives whole and in order', async () => {
  await serve(
    (res) => {
      coalescedWrites(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      setTimeout(() => {
        res.write('event: message\ndata: 1\n\n');
        res.write('event: message\ndata: 2\n\n');
        void Promise.resolve().then(() => res.end());
      }, 20);
    },
    async (port) => {
      const r = await get(port);
      assert.equal(r.status, 200);
      assert.equal(r.body, 'event: message\ndata: 1\n\nevent: message\ndata: 2\n\n');
    },
  );
});

void test('held headers still go out after the hold bound when no bytes come (a call waiting for a human)', async () => {
  let end: (() => void) | undefined;
  await serve(
    (res) => {
      coalescedWrites(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      end = () => res.end('event: message\ndata: late\n\n');
    },
    async (port) => {
      const pending = get(port);
      // The answer is not written before the headers arrive: they come from the hold timer.
      const headersBy = await Promise.race([pending.then(() => 'body first'), new Promise<string>((r) => setTimeout(() => r('timeout'), 4000))]);
      assert.equal(headersBy, 'timeout', 'nothing ended the answer yet');
      end?.();
      const r = await pending;
      assert.ok(r.headersMs >= 900 && r.headersMs < 4000, `headers after ${r.headersMs.toFixed(0)} ms`);
      assert.equal(r.body, 'event: message\ndata: late\n\n');
    },
  );
});

void test('a progress event written alone is not held past its event-loop turn', async () => {
  let end: (() => void) | undefined;
  let firstSeen = 0;
  await serve(
    (res) => {
      coalescedWrites(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      res.write('event: message\ndata: progress\n\n');
      end = () => res.end();
    },
    async (port) => {
      const t0 = performance.now();
      await new Promise<void>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method: 'POST' }, (res) => {
          res.once('data', () => {
            firstSeen = performance.now() - t0;
            end?.();
          });
          res.on('end', () => resolve());
          res.resume();
        });
        req.on('error', reject);
        req.end('{}');
      });
      assert.ok(firstSeen < 800, `first event after ${firstSeen.toFixed(0)} ms`);
    },
  );
});
