import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Authorizer } from '../engine/pipeline.js';
import { Engine } from '../engine/pipeline.js';
import { DetectorRegistry } from '../engine/registry.js';
import type { Detector, Event, Match } from '../engine/types.js';
import { Sessions } from './state.js';

// Test-only detectors: a fake "secret" literal and a fake injection literal.
function literal(id: string, re: RegExp, entity?: string): Detector {
  return {
    id,
    version: 't',
    maxMatchLength: 40,
    views: ['raw'],
    detect(view): Match[] {
      const out: Match[] = [];
      for (const m of view.text.matchAll(new RegExp(re.source, 'g'))) {
        out.push({ kind: id, score: 0.9, start: m.index, end: m.index + m[0].length, evidence: id, ...(entity ? { entity } : {}) });
      }
      return out;
    },
    examples: { positive: [], negative: [] },
  };
}
const secret = literal('secrets', /SECRET-[0-9]{4}/, 'api_key');
const inj = literal('injection', /IGNORE ALL/);

// The default policy's egress rule, as a test authorizer: hold external_egress once tainted.
const taintPolicy: Authorizer = {
  version: 'test',
  authorize({ event, context }) {
    const s = context.session as { untrusted: boolean; sensitive: boolean };
    if ((event.resource.labels ?? []).includes('external_egress') && s.untrusted && s.sensitive) {
      return { decision: 'hold', reasons: [{ source: 'policy', id: 'egress-after-taint', message: 'egress held: session is tainted' }] };
    }
    return { decision: 'allow', reasons: [] };
  },
};

function engine(sessions: Sessions): Engine {
  return new Engine({
    registry: new DetectorRegistry([secret, inj]),
    rules: [
      { id: 'inj', detector: 'injection', threshold: 0.95, verdict: 'block' },
      { id: 'sec', detector: 'secrets', threshold: 0.5, verdict: 'alert' },
    ],
    authorizer: taintPolicy,
    gates: [sessions],
    findingChecks: [sessions],
    contextProviders: [sessions],
    observers: [sessions],
  });
}

const agent = (tenant?: string) => ({ id: `agent:${tenant ?? 'x'}`, kind: 'agent' as const, roles: ['admin'], ...(tenant ? { tenant } : {}) });

function result(session: string, tool: string, labels: string[], text: string, tenant?: string, principalTenant?: string): Event {
  return {
    id: 'r', time: 0, session, principal: agent(principalTenant), action: 'tool.result',
    resource: { kind: 'tool', id: `s/${tool}`, server: 's', labels, ...(tenant ? { tenant } : {}) },
    parts: [{ text, provenance: `tool:s/${tool}` }],
  };
}
function call(session: string, tool: string, labels: string[], args: string): Event {
  return {
    id: 'c', time: 0, session, principal: agent(), action: 'tool.call',
    resource: { kind: 'tool', id: `s/${tool}`, server: 's', labels },
    parts: [{ text: args, provenance: 'model' }], args: { body: args },
  };
}

test('untrusted -> sensitive -> egress in one session is held; the same egress in a clean session goes through', async () => {
  const sessions = new Sessions(Buffer.alloc(32, 1));
  const e = engine(sessions);
  assert.equal((await e.inspect(result('s1', 'fetch_page', ['untrusted_content'], 'a web page'))).decision, 'allow');
  assert.equal((await e.inspect(result('s1', 'read_notes', ['reads_sensitive'], 'my notes'))).decision, 'allow');
  assert.deepEqual(sessions.snapshot('s1'), { untrusted: true, sensitive: true, tools: [], tenants: [] });
  const egress = await e.inspect(call('s1', 'send_email', ['external_egress'], 'to: x@example.com'));
  assert.equal(egress.decision, 'hold');
  const clean = await e.inspect(call('s2', 'send_email', ['external_egress'], 'to: x@example.com'));
  assert.equal(clean.decision, 'allow');
});

test('an egress call carrying a value the session read is refused, whatever the taint', async () => {
  const sessions = new Sessions(Buffer.alloc(32, 2));
  const e = engine(sessions);
  await e.inspect(result('s3', 'read_config', [], 'key = SECRET-1234'));
  const v = await e.inspect(call('s3', 'post', ['external_egress'], 'payload SECRET-1234 encoded'));
  assert.equal(v.code, 'PAVISE_SESSION_TAINTED');
  // A different value is not refused on that ground.
  const ok = await e.inspect(call('s3', 'post', ['external_egress'], 'payload SECRET-9999'));
  assert.equal(ok.decision, 'allow');
});

test('a session may not mix tenants; a principal may not read another tenant', async () => {
  const sessions = new Sessions(Buffer.alloc(32, 3));
  const e = engine(sessions);
  assert.equal((await e.inspect(result('t1', 'crm', [], 'acme data', 'acme'))).decision, 'allow');
  assert.equal((await e.inspect(result('t1', 'crm', [], 'globex data', 'globex'))).code, 'PAVISE_TENANT_MIX');
  assert.equal((await e.inspect(result('t2', 'crm', [], 'acme data', 'acme', 'globex'))).code, 'PAVISE_TENANT_MIX');
});

test("an output to tenant B carrying a value first seen in tenant A's traffic is blocked", async () => {
  const sessions = new Sessions(Buffer.alloc(32, 4));
  const e = engine(sessions);
  await e.inspect(result('a1', 'crm', [], 'customer token SECRET-4242', 'acme', 'acme'));
  const out: Event = {
    id: 'o', time: 0, session: 'b1', principal: { id: 'user:b', kind: 'user', roles: [], tenant: 'globex' },
    action: 'chat.output', resource: { kind: 'model', id: 'm' }, parts: [{ text: 'here: SECRET-4242', provenance: 'model' }],
  };
  assert.equal((await e.inspect(out)).code, 'PAVISE_TENANT_MIX');
  const own = { ...out, principal: { ...out.principal, tenant: 'acme' } };
  assert.equal((await e.inspect(own)).decision, 'allow');
});
