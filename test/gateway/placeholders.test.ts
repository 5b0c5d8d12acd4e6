// End-to-end: reversible pseudonymization (redaction mode `placeholder`) with the official
// `openai` and `@anthropic-ai/sdk` clients. The caller's secret is replaced by a placeholder before
// the upstream sees it and restored in the model's answer (plain, streamed with the placeholder
// split across chunks, and in tool-call arguments) for the same session only; a secret the model
// emits that the caller never sent is masked, not restored.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { fakeAwsKey } from '../helpers/detectors.js';
import type { Gateway } from '../helpers/gateway.js';
import { startGateway } from '../helpers/gateway.js';
import type { RecordedRequest } from '../helpers/scripted-upstream.js';
import { anthropicMessage, openAiCompletion, openAiStream } from '../helpers/scripted-upstream.js';

let gw: Gateway;
const mine = fakeAwsKey(101);
const foreign = fakeAwsKey(202);

before(async () => {
  gw = await startGateway({ yaml: 'redaction: { entities: { aws_access_key: placeholder } }\n' });
});
after(async () => {
  await gw.close();
});

const client = (session: string): OpenAI => new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: gw.key, maxRetries: 0, defaultHeaders: { 'x-pavise-session': session } });

/** The placeholder the upstream received in the last user message. */
function placeholderIn(req: RecordedRequest): string {
  const ph = /<AWS_ACCESS_KEY_\d+>/.exec(JSON.stringify(req.body))?.[0];
  assert.ok(ph, `the upstream saw a placeholder: ${JSON.stringify(req.body)}`);
  assert.ok(!JSON.stringify(req.body).includes(mine), 'the upstream never sees the secret');
  return ph;
}

void test('plain answer: the caller gets its own value back; a value it never sent is masked', async () => {
  gw.upstream.script = (req) => ({ json: openAiCompletion({ model: 'gpt-test', content: `Stored ${placeholderIn(req)}. Also found ${foreign}.` }) });
  const res = await client('conv-1').chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: `please store ${mine}` }] });
  assert.equal(res.choices[0]?.message.content, `Stored ${mine}. Also found [REDACTED:aws_access_key].`);
});

void test('streamed answer: a placeholder split across chunks is restored', async () => {
  gw.upstream.script = (req) => {
    const ph = placeholderIn(req);
    return { raw: openAiStream({ model: 'gpt-test', pieces: ['Your key ', ph.slice(0, 7), ph.slice(7), ' is safe.'] }) };
  };
  let text = '';
  const stream = await client('conv-2').chat.completions.create({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: `key: ${mine}` }] });
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
  assert.equal(text, `Your key ${mine} is safe.`);
});

void test('another session (or another key with the same session id) gets no restore', async () => {
  await client('conv-3').chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: `remember ${mine}` }] }).catch(() => undefined);
  gw.upstream.script = () => ({ json: openAiCompletion({ model: 'gpt-test', content: 'It was <AWS_ACCESS_KEY_1>.' }) });
  const other = await client('conv-4').chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'what was my key?' }] });
  assert.equal(other.choices[0]?.message.content, 'It was <AWS_ACCESS_KEY_1>.');
  const same = await client('conv-3').chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'what was my key?' }] });
  assert.equal(same.choices[0]?.message.content, `It was ${mine}.`);
});

void test('tool-call arguments are restored (as JSON) before they are authorized and returned', async () => {
  gw.upstream.script = (req) => ({
    json: openAiCompletion({ model: 'gpt-test', content: null, toolCalls: [{ id: 'call_1', name: 'save_key', argPieces: [JSON.stringify({ key: placeholderIn(req), note: 'x' })] }] }),
  });
  const res = await client('conv-5').chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: `save ${mine}` }], tools: [{ type: 'function', function: { name: 'save_key', parameters: { type: 'object' } } }] });
  const args = res.choices[0]?.message.tool_calls?.[0];
  assert.ok(args && args.type === 'function');
  assert.deepEqual(JSON.parse(args.function.arguments), { key: mine, note: 'x' });
});

void test('Anthropic messages: the same restore on /v1/messages', async () => {
  gw.upstream.script = (req) => ({ json: anthropicMessage({ model: 'claude-test', text: `Noted ${placeholderIn(req)}.` }) });
  const anthropic = new Anthropic({ baseURL: gw.url, apiKey: gw.key, maxRetries: 0, defaultHeaders: { 'x-pavise-session': 'conv-6' } });
  const msg = await anthropic.messages.create({ model: 'claude-test', max_tokens: 50, messages: [{ role: 'user', content: `note ${mine}` }] });
  const block = msg.content[0];
  assert.ok(block && block.type === 'text');
  assert.equal(block.text, `Noted ${mine}.`);
});
