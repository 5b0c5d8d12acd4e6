// Two-phase audit acknowledgement on the LLM routes (docs/audit.md "Durability"): the request goes
// upstream only once its input record is WRITTEN, and no byte of the answer (plain, streamed, or
// an error) leaves before every record of the request so far is DURABLE; a failed sync refuses
// the answer with PAVISE_AUDIT_UNAVAILABLE. An instrumented sink holds each phase.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { test } from 'node:test';
import type { Gateway } from '../helpers/gateway.js';
import { startGateway } from '../helpers/gateway.js';
import { GatedAudit, pause, until } from '../helpers/gated-audit.js';

type Style = 'openai' | 'anthropic';

const PATHS: Record<Style, string> = { openai: '/v1/chat/completions', anthropic: '/v1/messages' };

function body(style: Style, stream: boolean): string {
  const messages = [{ role: 'user', content: 'Say hello' }];
  return JSON.stringify(style === 'openai' ? { model: 'gpt-test', messages, stream } : { model: 'claude-test', max_tokens: 16, messages, stream });
}

/** A raw HTTP call that notes (in the sink's timeline) when the first byte of the answer arrived. */
function call(gw: Gateway, sink: GatedAudit, style: Style, stream: boolean): { answered: () => boolean; done: Promise<{ status: number; text: string }> } {
  let answered = false;
  const payload = body(style, stream);
  const done = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(
      `${gw.url}${PATHS[style]}`,
      { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.key}`, 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        answered = true;
        sink.timeline.push('answer');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
  return { answered: () => answered, done };
}

async function withSink(fn: (gw: Gateway, sink: GatedAudit) => Promise<void>): Promise<void> {
  const sink = new GatedAudit();
  const gw = await startGateway({ overrides: { audit: sink } });
  try {
    await fn(gw, sink);
  } finally {
    await gw.close();
  }
}

for (const style of ['openai', 'anthropic'] as const) {
  for (const stream of [false, true]) {
    const kind = stream ? 'stream' : 'plain';
    void test(`${style} ${kind}: forwarded only once the input record is written; no answer byte before it is durable`, async () => {
      await withSink(async (gw, sink) => {
        sink.held.add('chat.input');
        const c = call(gw, sink, style, stream);
        const input = await sink.appended('chat.input');
        await pause(150);
        // (a) appended but not written: nothing went upstream.
        assert.equal(gw.upstream.requests.length, 0, 'the upstream saw a request whose record was not written');
        input.written.open();
        await until(() => gw.upstream.requests.length === 1);
        // Written, not durable: the upstream call ran (the sync overlaps it) ...
        if (!stream) await until(() => sink.timeline.includes('durable:chat.output'));
        await pause(150);
        // (b) ... but no byte of the answer (not even a stream's headers) left.
        assert.equal(c.answered(), false, 'the client got an answer before the input record was durable');
        input.durable.open();
        const r = await c.done;
        assert.equal(r.status, 200, r.text);
        assert.match(r.text, /Hello/);
        const t = sink.timeline;
        assert.ok(t.indexOf('durable:chat.input') < t.indexOf('answer'), t.join(' '));
        if (stream) {
          // The output record of a stream is written at its end, durable before the last event.
          await until(() => t.includes('durable:chat.output'));
        }
      });
    });

    void test(`${style} ${kind}: a failed sync of the input record refuses the answer with PAVISE_AUDIT_UNAVAILABLE`, async () => {
      await withSink(async (gw, sink) => {
        sink.held.add('chat.input');
        const c = call(gw, sink, style, stream);
        const input = await sink.appended('chat.input');
        input.written.open();
        await until(() => gw.upstream.requests.length === 1);
        input.durable.fail(new Error('EIO: fdatasync failed'));
        const r = await c.done;
        // (c) fail closed, with the stable code, never the upstream's answer.
        assert.equal(r.status, 503, r.text);
        assert.match(r.text, /pavise_audit_unavailable/);
        assert.doesNotMatch(r.text, /Hello/);
      });
    });
  }
}

void test('a failed commit of the input record forwards nothing (503)', async () => {
  await withSink(async (gw, sink) => {
    sink.held.add('chat.input');
    const c = call(gw, sink, 'openai', false);
    const input = await sink.appended('chat.input');
    input.written.fail(new Error('SQLITE_FULL'));
    const r = await c.done;
    assert.equal(r.status, 503, r.text);
    assert.match(r.text, /pavise_audit_unavailable/);
    assert.equal(gw.upstream.requests.length, 0);
  });
});

void test('an upstream error answer also waits for the input record to be durable', async () => {
  await withSink(async (gw, sink) => {
    gw.upstream.script = () => ({ status: 500, json: { error: { message: 'boom' } } });
    sink.held.add('chat.input');
    const c = call(gw, sink, 'openai', false);
    const input = await sink.appended('chat.input');
    input.written.open();
    await until(() => gw.upstream.requests.length === 1);
    await pause(150);
    assert.equal(c.answered(), false);
    input.durable.open();
    const r = await c.done;
    assert.ok(r.status >= 500, r.text);
  });
});
