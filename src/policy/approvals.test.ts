import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Event } from '../engine/types.js';
import { hashArgs, MAX_ARGS_PREVIEW, previewArgs, SqliteApprovalStore } from './approvals.js';
import { loadAuthorizer } from './cedar.js';

const dirs: string[] = [];
function store(now?: () => number): SqliteApprovalStore {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-approvals-'));
  dirs.push(dir);
  return SqliteApprovalStore.open(dir, now ? { now } : {});
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const call = (args: unknown): Event => ({
  id: 'e',
  time: 1,
  principal: { id: 'key:admin', kind: 'service', roles: ['admin'] },
  action: 'tool.call',
  resource: { kind: 'tool', id: 'files/rm', server: 'files', labels: ['destructive'] },
  parts: [],
  args,
});

void describe('hashArgs', () => {
  void it('is RFC 8785 canonical: key order does not matter, values do', () => {
    assert.equal(hashArgs({ a: 1, b: [1, 2] }), hashArgs({ b: [1, 2], a: 1 }));
    assert.notEqual(hashArgs({ a: 1 }), hashArgs({ a: 2 }));
    assert.equal(hashArgs(undefined), hashArgs(null));
    assert.match(hashArgs({}), /^[0-9a-f]{64}$/);
  });
});

void describe('previewArgs', () => {
  // A realistic-shape fake GitHub token (not a documented example value).
  const token = 'ghp_' + 'Zq7Lm2Xw9Rt4Vb8Nc1Kd6Hj3Pf5Sg0Ay2Ue7';
  void it('masks credentials in the reviewer preview, keeps the rest readable', () => {
    const json = JSON.stringify({ repo: 'acme/web', token, to: 'ana@example.org' });
    const p = previewArgs(json);
    assert.ok(!p.includes(token), p);
    assert.match(p, /\[REDACTED:[a-z_]+\]/);
    assert.ok(p.includes('acme/web') && p.includes('ana@example.org'));
  });
  void it('masks a key that straddles the truncation boundary', () => {
    const pad = 'x'.repeat(MAX_ARGS_PREVIEW - 20);
    const p = previewArgs(JSON.stringify({ pad, token }));
    assert.ok(!p.includes(token.slice(0, 16)), 'no prefix of the key survives truncation');
    assert.ok(p.endsWith('…'));
  });
  void it('is the identity (but truncation) on clean arguments', () => {
    const json = JSON.stringify({ path: '/tmp/a.txt', recursive: true });
    assert.equal(previewArgs(json), json);
  });
});

void describe('SqliteApprovalStore', () => {
  void it('stores the masked preview and binds the approval to the real arguments', async () => {
    const s = store();
    const args = { token: 'ghp_' + 'Zq7Lm2Xw9Rt4Vb8Nc1Kd6Hj3Pf5Sg0Ay2Ue7' };
    const a = await s.create({ principal: 'p', action: 'tool.call', resource: 'r', args, reason: 'x', ttlMs: 60_000 });
    assert.ok(!a.argsPreview.includes(args.token));
    assert.ok(!(await s.get(a.id))?.argsPreview.includes(args.token));
    assert.equal(a.argsHash, hashArgs(args));
    s.close();
  });

  void it('create / get / list / decide', async () => {
    const s = store();
    const a = await s.create({ principal: 'p', action: 'tool.call', resource: 'files/rm', args: { path: '/x' }, reason: 'r', ttlMs: 60_000 });
    assert.equal(a.status, 'pending');
    assert.equal(a.argsHash, hashArgs({ path: '/x' }));
    assert.equal(a.expiresAt - a.createdAt, 60_000);
    assert.deepEqual((await s.get(a.id))?.id, a.id);
    assert.equal((await s.list({ status: 'pending' })).length, 1);
    const d = await s.decide(a.id, 'denied', 'alice');
    assert.equal(d.changed, true);
    assert.equal(d.approval.status, 'denied');
    assert.equal(d.approval.decidedBy, 'alice');
    // A decided approval cannot be re-decided.
    const again = await s.decide(a.id, 'approved', 'mallory');
    assert.equal(again.changed, false);
    assert.equal(again.approval.status, 'denied');
    await assert.rejects(s.decide('apr_nope', 'approved', 'x'), /not found/);
    s.close();
  });

  void it('consume releases exactly one call with exactly those args', async () => {
    const s = store();
    const a = await s.create({ principal: 'p', action: 'tool.call', resource: 'files/rm', args: { path: '/x' }, reason: 'r', ttlMs: 60_000 });
    const h = hashArgs({ path: '/x' });
    assert.equal(await s.consume('p', 'tool.call', 'files/rm', h), undefined, 'pending does not release');
    await s.decide(a.id, 'approved', 'alice');
    assert.equal(await s.consume('p', 'tool.call', 'files/rm', hashArgs({ path: '/y' })), undefined, 'other args');
    assert.equal(await s.consume('q', 'tool.call', 'files/rm', h), undefined, 'other principal');
    assert.equal(await s.consume('p', 'tool.call', 'files/other', h), undefined, 'other resource');
    const used = await s.consume('p', 'tool.call', 'files/rm', h);
    assert.equal(used?.id, a.id);
    assert.equal(used?.status, 'used');
    assert.equal(await s.consume('p', 'tool.call', 'files/rm', h), undefined, 'only once');
    s.close();
  });

  void it('expiry denies: approve after expiry fails, wait resolves expired, consume finds nothing', async () => {
    const s = store();
    const a = await s.create({ principal: 'p', action: 'tool.call', resource: 'files/rm', args: 1, reason: 'r', ttlMs: 40 });
    const waited = await s.wait(a.id, { pollMs: 10 });
    assert.equal(waited.status, 'expired');
    const late = await s.decide(a.id, 'approved', 'alice');
    assert.equal(late.changed, false);
    assert.equal(late.approval.status, 'expired');
    assert.equal(await s.consume('p', 'tool.call', 'files/rm', hashArgs(1)), undefined);
    assert.equal((await s.list({ status: 'expired' })).length, 1);
    s.close();
  });

  void it('an approved but unused approval expires too', async () => {
    let now = 1_000;
    const s = store(() => now);
    const a = await s.create({ principal: 'p', action: 'tool.call', resource: 'r', args: 1, reason: 'r', ttlMs: 100 });
    await s.decide(a.id, 'approved', 'alice');
    now = 1_100;
    assert.equal(await s.consume('p', 'tool.call', 'r', hashArgs(1)), undefined);
    s.close();
  });

  void it('wait resolves when decided and honours abort', async () => {
    const s = store();
    const a = await s.create({ principal: 'p', action: 'tool.call', resource: 'r', args: 1, reason: 'r', ttlMs: 60_000 });
    const w = s.wait(a.id, { pollMs: 10 });
    setTimeout(() => void s.decide(a.id, 'approved', 'bob'), 30);
    assert.equal((await w).status, 'approved');
    const b = await s.create({ principal: 'p', action: 'tool.call', resource: 'r', args: 2, reason: 'r', ttlMs: 60_000 });
    const ac = new AbortController();
    const w2 = s.wait(b.id, { pollMs: 10, signal: ac.signal });
    ac.abort();
    await assert.rejects(w2);
    s.close();
  });
});

void describe('Cedar authorizer with approvals', () => {
  void it('hold -> approve -> exactly one call with exactly those args is allowed', async () => {
    const s = store();
    const authz = loadAuthorizer({ approvals: s });
    const req = (args: unknown) => ({ event: call(args), findings: [], context: {} });
    const first = await authz.authorize(req({ path: '/data' }));
    assert.equal(first.decision, 'hold');
    assert.ok(first.approvalId);
    // A retry while pending reuses the same approval.
    assert.equal((await authz.authorize(req({ path: '/data' }))).approvalId, first.approvalId);
    await s.decide(first.approvalId, 'approved', 'alice');
    // Other args are still held (a new approval).
    const other = await authz.authorize(req({ path: '/etc' }));
    assert.equal(other.decision, 'hold');
    assert.notEqual(other.approvalId, first.approvalId);
    const released = await authz.authorize(req({ path: '/data' }));
    assert.equal(released.decision, 'allow');
    assert.equal(released.approvalId, first.approvalId);
    assert.ok(released.reasons.some((r) => r.id === first.approvalId));
    const again = await authz.authorize(req({ path: '/data' }));
    assert.equal(again.decision, 'hold', 'the approval released one call only');
    s.close();
  });

  void it('a denied approval never releases', async () => {
    const s = store();
    const authz = loadAuthorizer({ approvals: s });
    const r = await authz.authorize({ event: call({ a: 1 }), findings: [], context: {} });
    assert.ok(r.approvalId);
    await s.decide(r.approvalId, 'denied', 'alice');
    const next = await authz.authorize({ event: call({ a: 1 }), findings: [], context: {} });
    assert.equal(next.decision, 'hold');
    assert.notEqual(next.approvalId, r.approvalId);
    s.close();
  });
});
