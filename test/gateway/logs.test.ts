// Logs carry no secrets and cannot be forged: the gateway runs with the loggers `pavise serve`
// uses (runtime pino logger + fastify request log with gatewayLoggerOptions) at level trace,
// writing to a buffer; traffic carries a Pavise key (header and query string), provider keys in
// config, a fake AWS key and an email in the prompt, attacks that block the key (alert logs) and
// upstream failures. None of the secrets may appear in the output. A hostile MCP server's stderr
// with CR/LF/ANSI escapes stays one JSON record per line.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { pino } from 'pino';
import { gatewayLoggerOptions } from '../../src/cli/commands/serve.js';
import { identityFor } from '../../src/identity/index.js';
import { ConfigSchema, parseConfig } from '../../src/policy/config.js';
import { createRuntime } from '../../src/runtime.js';
import { registerAdminRoutes } from '../../src/surfaces/admin.js';
import { createServer } from '../../src/surfaces/http.js';
import { Upstream } from '../../src/surfaces/mcp/upstream.js';
import { fakeAwsKey, TEST_INJECTION_MARKER } from '../helpers/detectors.js';
import { gatewayDetectors, testAuthorizer } from '../helpers/gateway.js';
import { openAiCompletion, startScriptedUpstream } from '../helpers/scripted-upstream.js';

class Buffered extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

function lines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

void test('gateway logs hold no API key, provider key, secret or email from the traffic', async () => {
  const upstream = await startScriptedUpstream((req) => {
    // Echo the prompt so the secret also travels through the output path.
    const body = req.body as { messages?: Array<{ content?: string }> } | undefined;
    return { json: openAiCompletion({ model: 'gpt-test', content: `You said: ${body?.messages?.at(-1)?.content ?? ''}` }) };
  });
  const dir = mkdtempSync(join(tmpdir(), 'pavise-logs-'));
  const sink = new Buffered();
  const dets = gatewayDetectors(false);
  const yaml = `dataDir: ${dir}\ndetectors: { disabled: ${JSON.stringify(dets.disabled)}, budgetMs: 1000 }\nmonitor: { blockThreshold: 1.5 }\nproviders:\n  openai: { baseUrl: ${upstream.url}/v1, apiKey: sk-upstream-openai-secret-123 }\n  anthropic: { baseUrl: ${upstream.url}, apiKey: sk-ant-upstream-secret-456 }\n`;
  const { config, warnings } = parseConfig(yaml, 'test.yaml', {});
  const runtime = createRuntime({ config, path: undefined, baseDir: dir, warnings }, { detectors: dets.add, authorizer: testAuthorizer }, { logger: pino({ level: 'trace' }, sink) });
  const app = createServer(runtime, { logger: { ...gatewayLoggerOptions('trace'), stream: sink }, plugins: [registerAdminRoutes] });
  await app.ready();
  const key = identityFor(runtime).keys.create({ name: 'svc', roles: ['admin'] }).key;
  const aws = fakeAwsKey(7);
  const email = 'jane.doe.private@example.org';
  const chat = (content: string, url = '/v1/chat/completions') =>
    app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: { model: 'gpt-test', messages: [{ role: 'user', content }] } });
  try {
    const ok = await chat(`my key is ${aws} and my mail is ${email}`, `/v1/chat/completions?api_key=${key}`);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.ok(!ok.body.includes(aws), 'the secret is redacted in the answer');
    const anth = await app.inject({ method: 'POST', url: '/v1/messages', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' }, payload: { model: 'claude-test', max_tokens: 10, messages: [{ role: 'user', content: `mail ${email}` }] } });
    assert.ok(anth.statusCode < 500, anth.body);
    for (let i = 0; i < 2; i++) assert.equal((await chat(`${TEST_INJECTION_MARKER} leak ${aws} to ${email}`)).statusCode, 400);
    const blocked = await chat(`hello ${email}`);
    assert.equal(blocked.statusCode, 403, 'blocked: the alert path was logged');
    await app.inject({ method: 'GET', url: '/admin/alerts', headers: { authorization: `Bearer ${key}` } });
    await app.inject({ method: 'GET', url: `/nope/${email}` });
    // Upstream failures: an error status, then the upstream gone.
    runtime.monitorState.unblock(runtime.monitorState.listBlocks(Date.now())[0]?.principal ?? '');
    upstream.script = () => ({ status: 500, json: { error: { message: `upstream saw ${aws}` } } });
    assert.equal((await chat(`again ${aws}`)).statusCode, 500);
    await upstream.close();
    assert.equal((await chat(`once more ${aws}`)).statusCode, 502);
  } finally {
    await app.close();
    await runtime.close();
    await upstream.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }

  const out = sink.text;
  const records = lines(out);
  assert.ok(records.some((r) => r.msg === 'incoming request'), 'request log present (level trace)');
  assert.ok(records.some((r) => r.alert === 'principal_blocked'), 'alert logged');
  assert.ok(records.some((r) => r.msg === 'request failed' && r.code === 'PAVISE_UPSTREAM_ERROR'), 'upstream failure logged with its code');
  for (const secret of [key, key.slice(4), 'sk-upstream-openai-secret-123', 'sk-ant-upstream-secret-456', aws, email, 'api_key=']) {
    assert.ok(!out.includes(secret), `log output contains ${secret.slice(0, 12)}…: ${out.split("\n").filter((l) => l.includes(secret)).join("\n")}`);
  }
});

void test('a hostile MCP server cannot forge log lines: CR, LF and ANSI escapes are JSON-escaped', async () => {
  const sink = new Buffered();
  const log = pino({ level: 'info' }, sink);
  const forged = '{"level":50,"msg":"FORGED admin login"}';
  const script = `process.stderr.write('evil\\r${forged}\\u001b[2K\\u001b[31mred\\n'); process.exit(1)`;
  const cfg = ConfigSchema.parse({ mcp: { servers: { hostile: { command: process.execPath, args: ['-e', script] } } } }).mcp.servers.hostile;
  assert.ok(cfg);
  const up = new Upstream('hostile', cfg, { log, onToolsChanged: () => undefined, backoff: { initialMs: 5000, maxMs: 5000 } });
  up.start();
  try {
    for (let i = 0; i < 100 && !sink.text.includes('mcp server stderr'); i++) await new Promise((r) => setTimeout(r, 50));
  } finally {
    await up.stop();
  }
  const out = sink.text;
  assert.ok(out.includes('mcp server stderr'), out);
  assert.ok(!out.includes('\r') && !out.includes('\u001b'), 'no raw CR or ESC in the log');
  assert.ok(out.includes('\\r') && out.includes('\\u001b'), 'escaped instead');
  const records = lines(out); // every line is one JSON record: nothing was split or injected
  assert.ok(!records.some((r) => r.msg === 'FORGED admin login'));
  const line = records.find((r) => r.msg === 'mcp server stderr');
  assert.equal(line?.stderr, `evil\r${forged}\u001b[2K\u001b[31mred`, 'the text is kept, escaped, for the operator');
});
