import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from '../src/cli/main.js';
import { SqliteApprovalStore } from '../src/policy/approvals.js';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'pavise-cli-policy-'));
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { cwd, env: { USER: 'tester' }, stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { code, out, err };
}

void describe('pavise policy', () => {
  void it('validate: the built-in set is valid (--json)', async () => {
    const r = await run(['policy', 'validate', '--json'], tmp());
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as { ok: boolean; version: string; policies: number };
    assert.equal(j.ok, true);
    assert.match(j.version, /^cedar:/);
    assert.equal(j.policies, 4);
  });

  void it('validate: a broken policy names file and line (exit 1)', async () => {
    const d = tmp();
    writeFileSync(join(d, 'pavise.yaml'), 'policies: ./pol\n');
    const pol = join(d, 'pol');
    rmSync(pol, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(pol));
    writeFileSync(join(pol, 'team.cedar'), '@id("a")\npermit(principal, action, resource);\n\npermit(principal, action, resource) when { resource.nope };\n');
    const r = await run(['policy', 'validate'], d);
    assert.equal(r.code, 1);
    assert.match(r.err, /pol\/team\.cedar:4:\d+: .*nope/);
  });

  void it('test: YAML cases report pass/fail with reasons', async () => {
    const d = tmp();
    writeFileSync(
      join(d, 'cases.yaml'),
      `cases:
  - name: admin may use a model
    principal: { id: key:1, kind: service, roles: [admin] }
    action: chat.input
    resource: { kind: model, id: gpt-4o }
    expect: allow
    reasons: [default-admin-models]
  - name: destructive is held
    principal: { roles: [admin] }
    action: tool.call
    resource: { kind: tool, id: files/rm, server: files, labels: [destructive] }
    expect: hold
  - name: tainted egress is held
    principal: { roles: [admin] }
    action: tool.call
    resource: { kind: tool, id: office/send, server: office, labels: [external_egress] }
    session: { untrusted: true, sensitive: true }
    expect: hold
    reasons: [default-egress-tainted-approval]
  - name: dev gets nothing
    principal: { roles: [dev] }
    action: chat.input
    resource: { kind: model, id: gpt-4o }
    expect: deny
    reasons: [default-deny]
`,
    );
    const ok = await run(['policy', 'test', 'cases.yaml'], d);
    assert.equal(ok.code, 0, ok.out + ok.err);
    assert.match(ok.out, /4 passed, 0 failed/);
    writeFileSync(join(d, 'bad.yaml'), `cases:\n  - name: wrong\n    principal: { roles: [dev] }\n    action: chat.input\n    resource: { kind: model, id: m }\n    expect: allow\n`);
    const bad = await run(['policy', 'test', 'bad.yaml', '--json'], d);
    assert.equal(bad.code, 1);
    const j = JSON.parse(bad.out) as { failed: number; results: Array<{ got: string }> };
    assert.equal(j.failed, 1);
    assert.equal(j.results[0]?.got, 'deny');
    writeFileSync(join(d, 'malformed.yaml'), 'cases:\n  - name: x\n    action: nope\n');
    assert.equal((await run(['policy', 'test', 'malformed.yaml'], d)).code, 2);
  });
});

void describe('pavise approvals', () => {
  void it('list, approve, deny against <dataDir>/state.db', async () => {
    const d = tmp();
    writeFileSync(join(d, 'pavise.yaml'), 'dataDir: ./data\n');
    const store = SqliteApprovalStore.open(join(d, 'data'));
    const a = await store.create({ principal: 'p', action: 'tool.call', resource: 'files/rm', args: { path: '/x' }, reason: 'destructive', ttlMs: 60_000 });
    const b = await store.create({ principal: 'p', action: 'tool.call', resource: 'files/rm', args: { path: '/y' }, reason: 'destructive', ttlMs: 60_000 });
    store.close();
    const list = await run(['approvals', 'list', '--json', '--status', 'pending'], d);
    assert.equal(list.code, 0, list.err);
    assert.equal((JSON.parse(list.out) as unknown[]).length, 2);
    assert.equal((await run(['approvals', 'approve', a.id], d)).code, 0);
    assert.equal((await run(['approvals', 'approve', a.id], d)).code, 1, 'already decided');
    assert.equal((await run(['approvals', 'deny', b.id, '--by', 'carol'], d)).code, 0);
    assert.equal((await run(['approvals', 'approve', 'apr_missing'], d)).code, 1);
    const s2 = SqliteApprovalStore.open(join(d, 'data'));
    assert.equal((await s2.get(a.id))?.decidedBy, 'tester');
    assert.equal((await s2.get(b.id))?.status, 'denied');
    s2.close();
  });
});
