import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../engine/pipeline.js';
import { DetectorRegistry } from '../engine/registry.js';
import type { Detector, Event, Match } from '../engine/types.js';
import { ConfigSchema } from '../policy/config.js';
import { openDatabase } from '../store/sqlite.js';
import { Alerts, signWebhook } from './alerts.js';
import { Metrics, METRIC_NAMES } from './metrics.js';
import { Monitor } from './risk.js';
import { MonitorState } from './state.js';

// A test-only injection detector: fires on the literal ATTACK.
const attack: Detector = {
  id: 'injection',
  version: 't',
  maxMatchLength: 6,
  views: ['raw'],
  detect(view): Match[] {
    const i = view.text.indexOf('ATTACK');
    return i < 0 ? [] : [{ kind: 'override', score: 0.95, start: i, end: i + 6, evidence: 'test attack' }];
  },
  examples: { positive: [{ text: 'ATTACK' }], negative: [{ text: 'hello' }] },
};

function setup(overrides: Record<string, unknown> = {}) {
  let clock = 1_000_000;
  const cfg = ConfigSchema.parse({ monitor: { blockThreshold: 3, blockSeconds: 60, quarantineThreshold: 2, ...overrides } }).monitor;
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'pavise-mon-')), 'state.db'));
  const state = new MonitorState(db);
  const alerts = new Alerts();
  const actions: string[] = [];
  const monitor = new Monitor(cfg, state, alerts, { now: () => clock, onAction: (a) => void actions.push(`${a.kind}:${a.target}`) });
  const engine = new Engine({
    registry: new DetectorRegistry([attack]),
    rules: [
      { id: 'inj-in', detector: 'injection', threshold: 0.8, verdict: 'block', directions: ['input'] },
      { id: 'inj-tool', detector: 'injection', threshold: 0.5, verdict: 'block', directions: ['tool_result'] },
    ],
    gates: [monitor],
    observers: [monitor],
  });
  return { engine, monitor, state, alerts, actions, advance: (ms: number) => { clock += ms; } };
}

function prompt(key: string, text: string): Event {
  return { id: 'e', time: 0, principal: { id: key, kind: 'user', roles: [] }, action: 'chat.input', resource: { kind: 'model', id: 'm' }, parts: [{ text, provenance: 'user' }] };
}

function toolResult(server: string, text: string): Event {
  return { id: 'e', time: 0, principal: { id: 'agent', kind: 'agent', roles: [] }, action: 'tool.result', resource: { kind: 'tool', id: `${server}/t`, server }, parts: [{ text, provenance: `tool:${server}/t` }] };
}

test('a key that sends repeated attacks is blocked, also for benign requests, until expiry; another key is unaffected', async () => {
  const { engine, advance, actions } = setup();
  for (let i = 0; i < 4; i++) assert.equal((await engine.inspect(prompt('key:a', 'ATTACK now'))).code, 'PAVISE_CONTENT_BLOCKED');
  const benign = await engine.inspect(prompt('key:a', 'what is the weather?'));
  assert.equal(benign.decision, 'block');
  assert.equal(benign.code, 'PAVISE_PRINCIPAL_BLOCKED');
  assert.ok((benign.retryAfterSeconds ?? 0) > 0 && (benign.retryAfterSeconds ?? 0) <= 60);
  assert.equal((await engine.inspect(prompt('key:b', 'what is the weather?'))).decision, 'allow');
  assert.deepEqual(actions, ['principal_blocked:key:a']);
  advance(61_000);
  assert.equal((await engine.inspect(prompt('key:a', 'what is the weather?'))).decision, 'allow');
});

test('risk decays: attacks spread far apart do not block', async () => {
  const { engine, advance } = setup({ halfLifeSeconds: 10 });
  for (let i = 0; i < 5; i++) {
    await engine.inspect(prompt('key:slow', 'ATTACK'));
    advance(60_000);
  }
  assert.equal((await engine.inspect(prompt('key:slow', 'hello'))).decision, 'allow');
});

test('a server whose results repeatedly carry injections is quarantined until released', async () => {
  const { engine, state, alerts } = setup();
  await engine.inspect(toolResult('evil', 'ATTACK in a document'));
  await engine.inspect(toolResult('evil', 'more ATTACK'));
  await engine.inspect(toolResult('evil', 'ATTACK again'));
  const v = await engine.inspect(toolResult('evil', 'clean text'));
  assert.equal(v.code, 'PAVISE_SERVER_QUARANTINED');
  assert.equal((await engine.inspect(toolResult('good', 'clean text'))).decision, 'allow');
  assert.ok(alerts.list().some((a) => a.kind === 'server_quarantined' && a.server === 'evil'));
  assert.ok(state.release('evil'));
  assert.equal((await engine.inspect(toolResult('evil', 'clean text'))).decision, 'allow');
});

test('manual block from another connection (the CLI) takes effect on the next request', async () => {
  const { engine, state } = setup();
  state.block('key:c', 30, 'manual', 'admin', 1_000_000);
  assert.equal((await engine.inspect(prompt('key:c', 'hi'))).code, 'PAVISE_PRINCIPAL_BLOCKED');
  assert.ok(state.unblock('key:c'));
  assert.equal((await engine.inspect(prompt('key:c', 'hi'))).decision, 'allow');
});

test('quarantine and release from another connection (the CLI) apply to the next MCP event; the lookup is cached meanwhile', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'pavise-mon-')), 'state.db');
  const gateway = new MonitorState(openDatabase(file));
  const cli = new MonitorState(openDatabase(file));
  assert.equal(gateway.quarantined('s1'), undefined);
  cli.quarantine('s1', 'manual', 'admin', 1);
  assert.equal(gateway.quarantined('s1')?.reason, 'manual');
  assert.ok(cli.release('s1'));
  assert.equal(gateway.quarantined('s1'), undefined);
  // The same process: its own write applies at once (its own writes leave data_version alone).
  assert.equal(gateway.quarantined('s2'), undefined);
  gateway.quarantine('s2', 'own', 'monitor', 2);
  assert.equal(gateway.quarantined('s2')?.by, 'monitor');
  // Cached: a lookup with no write in between does not read the table again.
  const stale = gateway.quarantined('s2');
  assert.equal(gateway.quarantined('s2'), stale);
});

test('baselines: first use of a tool after warm-up and bursts raise alerts with evidence', async () => {
  const { monitor, alerts } = setup({ baseline: { warmupCalls: 3, burstPerMinute: 5 } });
  const call = (tool: string): Event => ({ id: 'c', time: 0, principal: { id: 'agent:x', kind: 'agent', roles: [] }, action: 'tool.call', resource: { kind: 'tool', id: tool, server: 's' }, parts: [] });
  const allow = { decision: 'allow' as const, message: '', reasons: [], findings: [], redactions: [], policyVersion: 'v', obligations: [] };
  for (let i = 0; i < 5; i++) await monitor.observe(call('s/read'), allow);
  assert.equal(alerts.list().filter((a) => a.kind === 'tool_first_use').length, 0);
  await monitor.observe(call('s/delete_all'), allow);
  const first = alerts.list().find((a) => a.kind === 'tool_first_use');
  assert.equal(first?.evidence.tool, 's/delete_all');
  assert.ok(alerts.list().some((a) => a.kind === 'burst'));
});

test('webhooks are signed with HMAC-SHA256 over timestamp and body', async () => {
  const got: Array<{ sig: string; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => { got.push({ sig: String(req.headers['x-pavise-signature']), body }); res.end('ok'); });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  try {
    const secret = 'a-webhook-secret-of-length';
    const alerts = new Alerts({ webhooks: [{ url: `http://127.0.0.1:${port}/hook`, secret, minSeverity: 'warning' }] });
    alerts.raise({ severity: 'info', kind: 'noise', message: 'not sent', evidence: {} });
    alerts.raise({ severity: 'critical', kind: 'principal_blocked', message: 'sent', evidence: { risk: 3 } });
    await alerts.flush();
    assert.equal(got.length, 1);
    const [{ sig, body } = { sig: '', body: '' }] = got;
    const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(sig);
    assert.ok(m, sig);
    const expected = createHmac('sha256', secret).update(`${m[1]}.${body}`).digest('hex');
    assert.equal(m[2], expected);
    assert.equal(signWebhook(secret, Number(m[1]), body), sig);
    assert.equal(JSON.parse(body).kind, 'principal_blocked');
  } finally {
    server.close();
  }
});

test('/metrics exposes the documented series', async () => {
  const metrics = new Metrics({ auditLagSeconds: () => 0.5 }, { defaultMetrics: false });
  metrics.observe(prompt('k', 'x'), { decision: 'block', message: '', reasons: [], findings: [{ detector: 'injection', kind: 'override', score: 1, part: 0, span: { start: 0, end: 1 }, view: 'raw', evidence: '' }], redactions: [], policyVersion: 'v', obligations: [] });
  metrics.httpRequests.inc({ route: '/v1/chat/completions', status: '200' });
  metrics.httpDuration.observe({ route: '/v1/chat/completions' }, 0.01);
  metrics.upstreamErrors.inc({ upstream: 'openai', kind: 'timeout' });
  metrics.alerts.inc({ kind: 'burst', severity: 'warning' });
  const text = await metrics.text();
  for (const name of METRIC_NAMES) assert.match(text, new RegExp(`^# TYPE ${name} `, 'm'), name);
  assert.match(text, /pavise_decisions_total\{decision="block",action="chat.input",surface="sdk"\} 1/);
  assert.match(text, /pavise_audit_lag_seconds 0.5/);
});
