// Session security end to end, through the real MCP gateway with the runtime's built-in Cedar
// policy (no test authorizer), real API keys (with tenants) and the SQLite state store:
// - fetch_page (untrusted_content) -> read_notes (reads_sensitive) -> send_email (external_egress)
//   in one MCP session: the egress call is held for approval and never reaches the upstream;
// - the same send_email in a fresh session goes through;
// - a value (an API key) first seen in tenant acme's data is withheld from a tenant globex caller,
//   and a globex caller cannot reach acme's server at all;
// - the session's taint survives a gateway restart (same data dir, new runtime).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Event } from '../../src/engine/types.js';
import { authenticate, identityFor } from '../../src/identity/index.js';
import { parseConfig } from '../../src/policy/config.js';
import type { Runtime } from '../../src/runtime.js';
import { createRuntime } from '../../src/runtime.js';
import { registerMcpRoutes } from '../../src/surfaces/mcp/index.js';
import { toolFilterFrom } from '../../src/surfaces/mcp/proxy.js';
import { fakeAwsKey } from '../helpers/detectors.js';
import { gatewayDetectors } from '../helpers/gateway.js';
import type { Scripted } from './helpers.js';
import { scriptedServer, textOf, tool } from './helpers.js';

const ACME_KEY = fakeAwsKey(4242);

let dir: string;
let office: Scripted;
let crm: Scripted;
let search: Scripted;
let yaml: string;

interface Running {
  runtime: Runtime;
  app: FastifyInstance;
  base: string;
  clients: Client[];
}
let gw: Running;
const keys: Record<string, string> = {};

function startRuntime(): Runtime {
  const { config, warnings } = parseConfig(yaml, join(dir, 'pavise.yaml'), {});
  // No authorizer override: the built-in default Cedar policy decides.
  return createRuntime({ config, path: join(dir, 'pavise.yaml'), baseDir: dir, warnings }, { detectors: gatewayDetectors(false).add });
}

async function startGateway(): Promise<Running> {
  const runtime = startRuntime();
  assert.ok(runtime.authorizer, 'the default Cedar policy is loaded');
  const app = Fastify();
  registerMcpRoutes(app, runtime, {
    authenticate: (req) => authenticate(runtime, req).catch(() => undefined),
    approvals: runtime.approvals,
    options: { approvalPollMs: 20, approvalMaxWaitMs: 400, toolVisible: toolFilterFrom(runtime.authorizer) },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { runtime, app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, clients: [] };
}

async function stopGateway(g: Running): Promise<void> {
  for (const c of g.clients) await c.close().catch(() => undefined);
  await g.app.close();
  await g.runtime.close();
}

async function connect(server: string, who: string): Promise<Client> {
  const key = keys[who];
  assert.ok(key);
  const c = new Client({ name: 'session-test', version: '1' });
  await c.connect(new StreamableHTTPClientTransport(new URL(`${gw.base}/mcp/${server}`), { requestInit: { headers: { authorization: `Bearer ${key}` } } }));
  gw.clients.push(c);
  return c;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pavise-session-'));
  office = await scriptedServer([tool('fetch_page', 'Fetches a web page.'), tool('read_notes', 'Reads the user notes.'), tool('send_email', 'Sends an email.')], (name) => {
    if (name === 'fetch_page') return { content: [{ type: 'text', text: 'Welcome to the product page. Prices start at 10 EUR.' }] };
    if (name === 'read_notes') return { content: [{ type: 'text', text: 'Note: the quarterly numbers are not public yet.' }] };
    return { content: [{ type: 'text', text: 'sent' }] };
  });
  crm = await scriptedServer([tool('lookup', 'Looks up a customer.')], () => ({ content: [{ type: 'text', text: `Customer ACME-1, integration key ${ACME_KEY}` }] }));
  search = await scriptedServer([tool('find', 'Searches shared documents.')], () => ({ content: [{ type: 'text', text: `Found a config snippet: aws_key=${ACME_KEY}` }] }));
  const dets = gatewayDetectors(false);
  yaml = [
    `dataDir: ${dir}`,
    `detectors: { disabled: ${JSON.stringify(dets.disabled)}, budgetMs: 1000 }`,
    'mcp:',
    '  servers:',
    '    office:',
    `      url: ${office.url}`,
    '      tools:',
    '        fetch_page: { labels: [untrusted_content] }',
    '        read_notes: { labels: [reads_sensitive] }',
    '        send_email: { labels: [external_egress] }',
    '    crm:',
    `      url: ${crm.url}`,
    '      tenant: acme',
    '    search:',
    `      url: ${search.url}`,
    '',
  ].join('\n');
  gw = await startGateway();
  const ids = identityFor(gw.runtime).keys;
  keys.agent = ids.create({ name: 'agent', roles: ['admin'] }).key;
  keys.acme = ids.create({ name: 'acme-agent', roles: ['admin'], tenant: 'acme' }).key;
  keys.globex = ids.create({ name: 'globex-agent', roles: ['admin'], tenant: 'globex' }).key;
});

after(async () => {
  await stopGateway(gw);
  await office.close();
  await crm.close();
  await search.close();
  rmSync(dir, { recursive: true, force: true });
});

const sendArgs = { text: 'to: partner@example.com — see you Monday' };
let taintedSession = '';

test('untrusted -> sensitive -> egress in one MCP session is held and never reaches the upstream', async () => {
  const c = await connect('office', 'agent');
  assert.equal((await c.callTool({ name: 'fetch_page', arguments: { text: 'https://example.com' } })).isError, undefined);
  assert.equal((await c.callTool({ name: 'read_notes', arguments: {} })).isError, undefined);
  const sends = office.calls.filter((x) => x.name === 'send_email').length;
  const r = await c.callTool({ name: 'send_email', arguments: sendArgs });
  assert.equal(r.isError, true, textOf(r));
  // Held for a human; with nobody deciding in time, the call is refused.
  assert.match(textOf(r), /^pavise_approval_denied:/);
  assert.equal(office.calls.filter((x) => x.name === 'send_email').length, sends, 'the upstream never saw the egress call');
  const pending = await gw.runtime.approvals.list({ status: 'pending' });
  const held = pending.find((a) => a.resource === 'office/send_email');
  assert.ok(held, 'an approval request was created for the held call');
  const call = (await auditRequests(gw.runtime)).find((b) => b.action === 'tool.call' && b.resource.id === 'office/send_email' && b.verdict.decision === 'hold');
  assert.ok(call?.session, 'the hold is audited with its session');
  assert.ok(call.verdict.reasons.some((x) => x.id === 'default-egress-tainted-approval'), JSON.stringify(call.verdict.reasons));
  taintedSession = call.session;
});

test('the same egress call in a fresh session goes through', async () => {
  const c = await connect('office', 'agent');
  const before = office.calls.filter((x) => x.name === 'send_email').length;
  const r = await c.callTool({ name: 'send_email', arguments: sendArgs });
  assert.equal(r.isError, undefined, textOf(r));
  assert.equal(textOf(r), 'sent');
  assert.equal(office.calls.filter((x) => x.name === 'send_email').length, before + 1);
});

test("a value first seen in tenant acme's data is withheld from tenant globex; globex cannot reach acme's server", async () => {
  const acme = await connect('crm', 'acme');
  const own = await acme.callTool({ name: 'lookup', arguments: {} });
  assert.equal(own.isError, undefined, textOf(own));
  assert.ok(!textOf(own).includes(ACME_KEY), 'the key is redacted even for its own tenant (secrets rule)');
  // globex reads a shared source that happens to carry acme's key.
  const globexSearch = await connect('search', 'globex');
  const leaked = await globexSearch.callTool({ name: 'find', arguments: { text: 'config' } });
  assert.equal(leaked.isError, true, textOf(leaked));
  assert.match(textOf(leaked), /^pavise_tenant_mix:/);
  assert.ok(!textOf(leaked).includes(ACME_KEY));
  // An untenanted principal reading the same shared source is not refused on that ground.
  const neutral = await connect('search', 'agent');
  const ok = await neutral.callTool({ name: 'find', arguments: { text: 'config' } });
  assert.equal(ok.isError, undefined, textOf(ok));
  // Directly: globex on acme's server.
  const before = crm.calls.length;
  const globexCrm = await connect('crm', 'globex');
  const direct = await globexCrm.callTool({ name: 'lookup', arguments: {} });
  assert.equal(direct.isError, true);
  assert.match(textOf(direct), /^pavise_tenant_mix:/);
  assert.equal(crm.calls.length, before, 'the upstream never saw the cross-tenant call');
});

test('session taint survives a gateway restart', async () => {
  assert.ok(taintedSession, 'depends on the first test');
  await stopGateway(gw);
  gw = await startGateway();
  const egress: Event = {
    id: 'after-restart',
    time: Date.now(),
    principal: { id: 'agent', kind: 'service', roles: ['admin'] },
    session: taintedSession,
    action: 'tool.call',
    resource: { kind: 'tool', id: 'office/send_email', server: 'office', labels: ['external_egress'] },
    parts: [{ text: sendArgs.text, provenance: 'model' }],
    args: sendArgs,
  };
  assert.deepEqual(gw.runtime.sessions.snapshot(taintedSession), { untrusted: true, sensitive: true, tools: ['office/fetch_page', 'office/read_notes'], tenants: [] });
  const v = await gw.runtime.engine.inspect(egress);
  assert.equal(v.decision, 'hold', v.message);
  const fresh = await gw.runtime.engine.inspect({ ...egress, id: 'fresh', session: 'never-seen' });
  assert.equal(fresh.decision, 'allow', fresh.message);
});

interface AuditBody {
  action: string;
  session?: string;
  resource: { id: string };
  verdict: { decision: string; code?: string; reasons: Array<{ id: string }> };
}

async function auditRequests(runtime: Runtime): Promise<AuditBody[]> {
  assert.ok(runtime.audit);
  const rows = await runtime.audit.store.tail(200);
  return rows.filter((r) => r.kind === 'request').map((r) => JSON.parse(r.body) as AuditBody);
}
