import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authenticate, identityFor } from '../../src/identity/index.js';
import { registerAdminRoutes } from '../../src/surfaces/admin.js';
import { createServer } from '../../src/surfaces/http.js';
import { startGateway } from '../helpers/gateway.js';

test('admin API: authenticated, blocks and unblocks principals, exposes metrics and alerts', async () => {
  const gw = await startGateway({ listen: false });
  const app = createServer(gw.runtime, { plugins: [registerAdminRoutes] });
  await app.ready();
  try {
    const victimKey = identityFor(gw.runtime).keys.create({ name: 'victim', roles: ['admin'] }).key;
    const victim = await authenticate(gw.runtime, { headers: { authorization: `Bearer ${victimKey}` } });
    const chat = () =>
      app.inject({ method: 'POST', url: '/v1/chat/completions', headers: { authorization: `Bearer ${victimKey}`, 'content-type': 'application/json' }, payload: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello there' }] } });

    assert.equal((await app.inject({ method: 'GET', url: '/admin/alerts' })).statusCode, 401);
    const guest = await app.inject({ method: 'GET', url: '/admin/alerts', headers: { authorization: `Bearer ${gw.guestKey}` } });
    assert.equal(guest.statusCode, 403);
    assert.equal(guest.json().error.code, 'pavise_forbidden');

    assert.equal((await chat()).statusCode, 200);
    const blocked = await app.inject({ method: 'POST', url: `/admin/principals/${encodeURIComponent(victim.id)}/block`, headers: { authorization: `Bearer ${gw.key}`, 'content-type': 'application/json' }, payload: { seconds: 120, reason: 'test' } });
    assert.equal(blocked.statusCode, 200, blocked.body);
    const refused = await chat();
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'pavise_principal_blocked');
    const retry = Number(refused.headers['retry-after']);
    assert.ok(retry > 0 && retry <= 120, String(refused.headers['retry-after']));
    const list = await app.inject({ method: 'GET', url: '/admin/principals/blocked', headers: { authorization: `Bearer ${gw.key}` } });
    assert.deepEqual(list.json().blocked.map((b: { principal: string }) => b.principal), [victim.id]);
    const un = await app.inject({ method: 'POST', url: `/admin/principals/${encodeURIComponent(victim.id)}/unblock`, headers: { authorization: `Bearer ${gw.key}` } });
    assert.equal(un.json().unblocked, true);
    assert.equal((await chat()).statusCode, 200);

    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(metrics.statusCode, 200);
    assert.match(metrics.body, /pavise_decisions_total\{decision="allow",action="chat.input"/);
    assert.match(metrics.body, /pavise_decisions_total\{decision="block",action="chat.input"/);

    const missing = await app.inject({ method: 'POST', url: '/admin/approvals/nope/approve', headers: { authorization: `Bearer ${gw.key}` } });
    assert.equal(missing.statusCode, 404);
  } finally {
    await app.close();
    await gw.close();
  }
});
