// Fault injection through the running gateway: a detector that throws, returns garbage or runs
// over its budget; a policy that throws or hangs; an audit store that fails or hangs (on input and
// on output); upstreams that time out, reset mid-stream, send garbage SSE or oversized bodies.
// Each must be refused with its code (fail closed) — never passed through silently — and the
// content that could not be checked must never reach the client.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuditSink, Authorizer } from '../../src/engine/pipeline.js';
import type { Detector, Event } from '../../src/engine/types.js';
import { createServer } from '../../src/surfaces/http.js';
import type { Gateway } from '../helpers/gateway.js';
import { startGateway } from '../helpers/gateway.js';
import { openAiStream } from '../helpers/scripted-upstream.js';

function burnCpu(ms: number): void {
  const t0 = process.cpuUsage();
  for (;;) {
    const u = process.cpuUsage(t0);
    if ((u.user + u.system) / 1000 > ms) return;
  }
}

/** Throws on BOOM, returns a non-iterable on GARBAGE, spins past the 1 s test budget on SPIN. */
const faulty: Detector = {
  id: 'faulty',
  version: 'test',
  maxMatchLength: 8,
  views: ['raw'],
  detect(view) {
    if (view.text.includes('BOOM')) throw new Error('detector exploded sk-should-not-leak');
    if (view.text.includes('GARBAGE')) return null as unknown as [];
    if (view.text.includes('SPIN')) burnCpu(1100);
    return [];
  },
  examples: { positive: [], negative: [{ text: 'hello' }] },
};

async function withGateway(opts: Parameters<typeof startGateway>[0], fn: (gw: Gateway) => Promise<void>): Promise<void> {
  const gw = await startGateway({ listen: false, ...opts, overrides: { detectors: [faulty], ...(opts?.overrides ?? {}) } });
  try {
    await fn(gw);
  } finally {
    await gw.close();
  }
}

function chat(gw: Gateway, content: string, extra: Record<string, unknown> = {}) {
  return gw.app.inject({
    method: 'POST',
    url: '/v1/chat/completions',
    payload: { model: 'gpt-test', messages: [{ role: 'user', content }], ...extra },
    headers: { authorization: `Bearer ${gw.key}` },
  });
}

function codeOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

void test('detector throws / returns garbage / runs over budget on input: 503 with its code, nothing sent upstream', async () => {
  await withGateway({}, async (gw) => {
    for (const [text, code] of [
      ['BOOM', 'pavise_detector_failed'],
      ['GARBAGE', 'pavise_detector_failed'],
      ['SPIN', 'pavise_detector_timeout'],
    ] as const) {
      const r = await chat(gw, `hello ${text}`);
      assert.equal(r.statusCode, 503, text);
      assert.equal(codeOf(r.body), code, text);
      assert.ok(!r.body.includes('sk-should-not-leak'), 'the exception message is not echoed');
    }
    assert.equal(gw.upstream.requests.length, 0);
    assert.equal((await chat(gw, 'hello')).statusCode, 200, 'healthy afterwards');
  });
});

void test('detector fails on the OUTPUT: the unchecked text never reaches the client (plain and streaming)', async () => {
  await withGateway({}, async (gw) => {
    gw.upstream.script = (req) =>
      (req.body as { stream?: boolean }).stream
        ? { raw: openAiStream({ model: 'm', pieces: ['safe start ', 'then BO', 'OM secret-tail'] }) }
        : { json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'text BOOM secret-tail' }, finish_reason: 'stop' }] } };
    const plain = await chat(gw, 'hi');
    assert.equal(plain.statusCode, 503);
    assert.equal(codeOf(plain.body), 'pavise_detector_failed');
    assert.ok(!plain.body.includes('secret-tail'));
    const streamed = await chat(gw, 'hi', { stream: true });
    assert.ok(!streamed.body.includes('secret-tail'), streamed.body);
    assert.ok(!streamed.body.includes('BOOM'), streamed.body);
    assert.match(streamed.body, /pavise_detector_failed/);
    assert.ok(!streamed.body.includes('[DONE]'), 'a refused stream does not end as if complete');
  });
});

void test('policy throws: 503 pavise_policy_error; policy returns garbage or hangs: refused, never allowed', async () => {
  const throwing: Authorizer = { version: 'x', authorize: () => Promise.reject(new Error('cedar exploded')) };
  await withGateway({ overrides: { authorizer: throwing } }, async (gw) => {
    const r = await chat(gw, 'hi');
    assert.equal(r.statusCode, 503);
    assert.equal(codeOf(r.body), 'pavise_policy_error');
    assert.equal(gw.upstream.requests.length, 0);
  });
  const wrongShape: Authorizer = { version: 'x', authorize: () => ({ decision: 'maybe' }) as unknown as { decision: 'allow'; reasons: [] } };
  await withGateway({ overrides: { authorizer: wrongShape } }, async (gw) => {
    const r = await chat(gw, 'hi');
    // An unknown decision must not be read as allow: the request is refused, with a code.
    assert.ok(r.statusCode >= 400, `unknown policy decision was treated as allow (${r.statusCode})`);
    assert.match(codeOf(r.body) ?? '', /^pavise_/);
    assert.equal(gw.upstream.requests.length, 0);
  });
  // A policy that never settles is a policy error after the engine's 2 s deadline (regression:
  // the request used to hang forever, holding a concurrency slot).
  const hanging: Authorizer = { version: 'x', authorize: () => new Promise(() => undefined) };
  await withGateway({ overrides: { authorizer: hanging } }, async (gw) => {
    const t = performance.now();
    const r = await chat(gw, 'hi');
    assert.equal(r.statusCode, 503);
    assert.equal(codeOf(r.body), 'pavise_policy_error');
    assert.ok(performance.now() - t < 5000);
    assert.equal(gw.upstream.requests.length, 0);
  });
});

void test('audit store fails or hangs: refused 503 pavise_audit_unavailable on input and on output; nothing released', async () => {
  const hang: AuditSink = { append: () => new Promise(() => undefined) };
  await withGateway({ yaml: 'audit: { deadlineMs: 200 }\n', overrides: { audit: hang } }, async (gw) => {
    const t = performance.now();
    const r = await chat(gw, 'hi');
    assert.equal(r.statusCode, 503);
    assert.equal(codeOf(r.body), 'pavise_audit_unavailable');
    assert.ok(performance.now() - t < 3000);
    assert.equal(gw.upstream.requests.length, 0);
  });
  // Input recorded, output record fails: the upstream's answer must not be returned.
  const seen: Event[] = [];
  const failOnOutput: AuditSink = {
    append: (event) => {
      seen.push(event);
      return event.action === 'chat.output' ? Promise.reject(new Error('disk full')) : Promise.resolve({ id: 'a', seq: seen.length });
    },
  };
  await withGateway({ overrides: { audit: failOnOutput } }, async (gw) => {
    gw.upstream.script = (req) =>
      (req.body as { stream?: boolean }).stream
        ? { raw: openAiStream({ model: 'm', pieces: ['unrecorded-answer'] }) }
        : { json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'unrecorded-answer' }, finish_reason: 'stop' }] } };
    const plain = await chat(gw, 'hi');
    assert.equal(plain.statusCode, 503);
    assert.equal(codeOf(plain.body), 'pavise_audit_unavailable');
    assert.ok(!plain.body.includes('unrecorded-answer'));
    const streamed = await chat(gw, 'hi', { stream: true });
    assert.match(streamed.body, /pavise_audit_unavailable/);
    assert.ok(!streamed.body.includes('[DONE]'));
  });
});

void test('upstream faults: reset mid-stream, garbage SSE, garbage JSON, oversized body — each an error with a code', async () => {
  await withGateway({}, async (gw) => {
    // Reset mid-stream: the scripted upstream writes part of the stream, then the socket dies.
    gw.upstream.script = () => ({ raw: [...openAiStream({ model: 'm', pieces: ['partial'] }).slice(0, 2), 'data: {"choi'], delayMs: 5 });
    const cut = await chat(gw, 'hi', { stream: true });
    assert.ok(!cut.body.includes('[DONE]'));
    assert.match(cut.body, /pavise_upstream_error/);

    gw.upstream.script = () => ({ raw: ['data: {not json}\n\n', 'data: [DONE]\n\n'] });
    const garbage = await chat(gw, 'hi', { stream: true });
    assert.match(garbage.body, /pavise_upstream_error/);
    assert.ok(!garbage.body.includes('[DONE]'));

    gw.upstream.script = () => ({ raw: ['{"id": "half'], contentType: 'application/json' });
    const badJson = await chat(gw, 'hi');
    assert.equal(badJson.statusCode, 502);
    assert.equal(codeOf(badJson.body), 'pavise_upstream_error');

    const small = createServer(gw.runtime, { maxUpstreamBytes: 4096 });
    try {
      gw.upstream.script = () => ({ json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'y'.repeat(10_000) } }] } });
      const big = await small.inject({ method: 'POST', url: '/v1/chat/completions', payload: { model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }, headers: { authorization: `Bearer ${gw.key}` } });
      assert.equal(big.statusCode, 502);
      assert.equal(codeOf(big.body), 'pavise_upstream_error');
    } finally {
      await small.close();
    }
  });
});

void test('an upstream that never answers: 504 pavise_upstream_timeout within the configured time', async () => {
  await withGateway({}, async (gw) => {
    gw.runtime.config.providers.openai = { ...gw.runtime.config.providers.openai, baseUrl: `${gw.upstream.url}/v1`, apiKey: 'k', timeoutMs: 300 };
    gw.upstream.script = () => ({ hang: true });
    const t = performance.now();
    const r = await chat(gw, 'hi', { stream: true });
    assert.equal(r.statusCode, 504);
    assert.equal(codeOf(r.body), 'pavise_upstream_timeout');
    assert.ok(performance.now() - t < 3000);
  });
});
