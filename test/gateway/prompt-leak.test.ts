// End-to-end: system-prompt leak protection (config `session.canary`, `session.leakMinWords`) with
// the official `openai` and `@anthropic-ai/sdk` clients against the scripted upstream. Proves the
// upstream receives the canary in the system prompt, an answer that echoes it is refused (plain:
// 400 pavise_output_blocked; streamed: the provider's error event, with no character of the canary
// delivered), an answer that repeats 20 words of the system prompt is refused even without
// canaries, a normal answer passes, and each refusal is an audit record with reason `prompt-leak`.
import Anthropic from '@anthropic-ai/sdk';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import type { Gateway } from '../helpers/gateway.js';
import { startGateway } from '../helpers/gateway.js';
import type { RecordedRequest } from '../helpers/scripted-upstream.js';
import { anthropicMessage, anthropicStream, openAiCompletion, openAiStream } from '../helpers/scripted-upstream.js';

const SYSTEM =
  'You are the travel desk assistant of Northwind Traders. Book flights only in economy class, never above the per diem, and escalate every request for first class to the finance team for review before answering.';
const TWENTY_WORDS = SYSTEM.split(' ').slice(5, 25).join(' ');
const FILLER = 'Here is some ordinary travel advice about packing light and arriving early. '.repeat(8);

let gw: Gateway; // canaries on
let plainGw: Gateway; // defaults: no canary, overlap check on
let client: OpenAI;
let anthropic: Anthropic;

before(async () => {
  gw = await startGateway({ yaml: 'session: { canary: true }\n' });
  plainGw = await startGateway();
  client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: gw.key, maxRetries: 0 });
  anthropic = new Anthropic({ baseURL: gw.url, apiKey: gw.key, maxRetries: 0 });
});
after(async () => {
  await gw.close();
  await plainGw.close();
});

function canaryIn(req: RecordedRequest): string {
  const m = /pvs-canary-[A-Za-z0-9_-]+/.exec(JSON.stringify(req.body));
  assert.ok(m, 'the upstream request carries a canary');
  return m[0];
}

/** Split text into small pieces so the gateway sees many chunks. */
function pieces(text: string, size = 5): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function leakRecords(g: Gateway): Promise<Array<{ code?: string; reasons: Array<{ id: string }> }>> {
  const audit = g.runtime.audit;
  assert.ok(audit);
  const rows = await audit.store.tail(50);
  return rows
    .map((r) => JSON.parse(r.body) as { verdict?: { code?: string; reasons: Array<{ id: string }> } })
    .flatMap((b) => (b.verdict && b.verdict.reasons.some((x) => x.id === 'prompt-leak') ? [b.verdict] : []));
}

const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
  { role: 'system', content: SYSTEM },
  { role: 'user', content: 'Can I fly first class?' },
];

void test('the upstream sees a fresh canary in the system prompt; a normal answer passes unchanged', async () => {
  gw.upstream.script = () => ({ json: openAiCompletion({ model: 'gpt-test', content: 'Economy only, sorry.' }) });
  const n = gw.upstream.requests.length;
  const res = await client.chat.completions.create({ model: 'gpt-test', messages });
  assert.equal(res.choices[0]?.message.content, 'Economy only, sorry.');
  await client.chat.completions.create({ model: 'gpt-test', messages });
  const [r1, r2] = [gw.upstream.requests[n], gw.upstream.requests[n + 1]];
  assert.ok(r1 && r2);
  const sys = (r1.body as { messages: Array<{ role: string; content: string }> }).messages[0];
  assert.equal(sys?.role, 'system');
  assert.ok(sys.content.startsWith(SYSTEM));
  assert.ok(sys.content.includes(canaryIn(r1)));
  assert.notEqual(canaryIn(r1), canaryIn(r2), 'one canary per request');
  // Streamed normal answer passes too.
  gw.upstream.script = () => ({ raw: openAiStream({ model: 'gpt-test', pieces: pieces(FILLER) }) });
  let text = '';
  for await (const c of await client.chat.completions.create({ model: 'gpt-test', messages, stream: true })) text += c.choices[0]?.delta.content ?? '';
  assert.equal(text, FILLER);
});

void test('an answer echoing the canary is refused (plain), with an audit record', async () => {
  gw.upstream.script = (req) => ({ json: openAiCompletion({ model: 'gpt-test', content: `My hidden marker is ${canaryIn(req)}.` }) });
  const before = (await leakRecords(gw)).length;
  await assert.rejects(client.chat.completions.create({ model: 'gpt-test', messages }), (e: unknown) => {
    assert.ok(e instanceof OpenAI.APIError);
    assert.equal(e.status, 400);
    assert.equal(e.code, 'pavise_output_blocked');
    assert.match(e.message, /system prompt/);
    return true;
  });
  const recs = await leakRecords(gw);
  assert.equal(recs.length, before + 1);
  assert.equal(recs.at(-1)?.code, 'PAVISE_OUTPUT_BLOCKED');
});

void test('a streamed answer echoing the canary ends with an error event; no character of the canary arrives', async () => {
  let canary = '';
  gw.upstream.script = (req) => {
    canary = canaryIn(req);
    return { raw: openAiStream({ model: 'gpt-test', pieces: pieces(`${FILLER}The marker: ${canary} and more text after it.`, 3) }) };
  };
  const before = (await leakRecords(gw)).length;
  let text = '';
  await assert.rejects(
    (async () => {
      for await (const c of await client.chat.completions.create({ model: 'gpt-test', messages, stream: true })) text += c.choices[0]?.delta.content ?? '';
    })(),
    (e: unknown) => {
      assert.ok(e instanceof OpenAI.APIError);
      assert.match(e.message, /system prompt/);
      return true;
    },
  );
  assert.ok(text.length > 0, 'text before the canary streamed');
  assert.ok(FILLER.startsWith(text) || text.startsWith(FILLER), 'only text before the canary was delivered');
  assert.ok(!text.includes('pvs-'), `delivered ${JSON.stringify(text.slice(-40))}`);
  assert.equal((await leakRecords(gw)).length, before + 1);
});

void test('Anthropic: canary in `system`; an echo is refused plain and streamed', async () => {
  gw.upstream.script = (req) => ({ json: anthropicMessage({ model: 'claude-test', text: `ok ${canaryIn(req)}` }) });
  const n = gw.upstream.requests.length;
  await assert.rejects(anthropic.messages.create({ model: 'claude-test', max_tokens: 100, system: SYSTEM, messages: [{ role: 'user', content: 'hi' }] }), (e: unknown) => {
    assert.ok(e instanceof Anthropic.APIError);
    assert.equal(e.status, 400);
    return true;
  });
  const sent = gw.upstream.requests[n]?.body as { system: string };
  assert.ok(sent.system.startsWith(SYSTEM) && sent.system.includes('pvs-canary-'));
  gw.upstream.script = (req) => ({ raw: anthropicStream({ model: 'claude-test', pieces: pieces(`${FILLER}${canaryIn(req)}`, 4) }) });
  let text = '';
  await assert.rejects(
    (async () => {
      const s = anthropic.messages.stream({ model: 'claude-test', max_tokens: 100, system: SYSTEM, messages: [{ role: 'user', content: 'hi' }] });
      s.on('text', (t) => {
        text += t;
      });
      await s.finalMessage();
    })(),
  );
  assert.ok(!text.includes('pvs-'));
});

void test('without canaries: an answer repeating 20 words of the system prompt is refused (plain and streamed)', async () => {
  const c = new OpenAI({ baseURL: `${plainGw.url}/v1`, apiKey: plainGw.key, maxRetries: 0 });
  const n = plainGw.upstream.requests.length;
  plainGw.upstream.script = () => ({ json: openAiCompletion({ model: 'gpt-test', content: `Sure, my instructions: ${TWENTY_WORDS}.` }) });
  await assert.rejects(c.chat.completions.create({ model: 'gpt-test', messages }), (e: unknown) => e instanceof OpenAI.APIError && e.status === 400 && e.code === 'pavise_output_blocked');
  assert.ok(!JSON.stringify(plainGw.upstream.requests[n]?.body).includes('pvs-canary-'), 'no canary when not configured');
  plainGw.upstream.script = () => ({ raw: openAiStream({ model: 'gpt-test', pieces: pieces(`${FILLER}Sure, my instructions: ${TWENTY_WORDS}. Anything else?`) }) });
  let text = '';
  await assert.rejects(
    (async () => {
      for await (const ch of await c.chat.completions.create({ model: 'gpt-test', messages, stream: true })) text += ch.choices[0]?.delta.content ?? '';
    })(),
    (e: unknown) => e instanceof OpenAI.APIError,
  );
  assert.ok(!text.includes(TWENTY_WORDS));
  assert.ok((await leakRecords(plainGw)).length >= 2);
  // A short quote (fewer than 12 consecutive words) is fine.
  plainGw.upstream.script = () => ({ json: openAiCompletion({ model: 'gpt-test', content: 'I book flights only in economy class, sorry.' }) });
  const ok = await c.chat.completions.create({ model: 'gpt-test', messages });
  assert.equal(ok.choices[0]?.message.content, 'I book flights only in economy class, sorry.');
});
