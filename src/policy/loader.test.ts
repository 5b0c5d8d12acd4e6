import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PaviseError } from '../engine/errors.js';
import { loadAuthorizer } from './cedar.js';
import type { PolicyChange } from './loader.js';
import { checkPolicyDir, compilePolicySet, diffPolicySets, loadPolicyDir, policyVersion, writeDefaultPolicies } from './loader.js';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'pavise-policies-'));
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof PaviseError);
    assert.equal(err.code, 'PAVISE_POLICY_INVALID');
    return err.detail ?? '';
  }
  assert.fail('expected PAVISE_POLICY_INVALID');
}

void describe('policy loader', () => {
  void it('loads the embedded defaults', () => {
    const s = loadPolicyDir();
    assert.match(s.version, /^cedar:[0-9a-f]{16}$/);
    assert.ok(s.policies.has('default-admin-tools'));
    assert.equal(s.policies.get('default-destructive-approval')?.approval, true);
    assert.equal(s.policies.get('default-admin-tools')?.owner, 'pavise');
  });

  void it('a syntax error names the file and line', () => {
    const text = '@id("ok")\npermit(principal, action, resource);\n\n@id("bad")\nforbid(principal, action, resource) when { 1 + };\n';
    const msg = invalid(() => compilePolicySet([{ path: 'team/b.cedar', text }]));
    assert.match(msg, /^team\/b\.cedar:5:\d+: /);
  });

  void it('a schema violation names the file and the line of the bad expression', () => {
    const text = '@id("ok") permit(principal, action, resource);\n\n@id("typo")\npermit(principal, action == Action::"tool.call", resource)\nwhen { resource.lables.contains("x") };\n';
    const msg = invalid(() => compilePolicySet([{ path: 'a.cedar', text }]));
    assert.match(msg, /^a\.cedar:5:\d+: .*lables/);
  });

  void it('duplicate @id, @approval on a permit and an unknown action are refused', () => {
    assert.match(invalid(() => compilePolicySet([{ path: 'a.cedar', text: '@id("x") permit(principal, action, resource);' }, { path: 'b.cedar', text: '\n@id("x") permit(principal, action, resource);' }])), /b\.cedar:2:1: duplicate policy id "x" \(also at a\.cedar:1\)/);
    assert.match(invalid(() => compilePolicySet([{ path: 'a.cedar', text: '@approval permit(principal, action, resource);' }])), /@approval applies to forbid/);
    assert.match(invalid(() => compilePolicySet([{ path: 'a.cedar', text: 'permit(principal, action == Action::"tool.delete", resource);' }])), /^a\.cedar:1:/);
  });

  void it('checkPolicyDir reports errors for a directory with file paths', () => {
    const d = tmp();
    writeFileSync(join(d, 'x.cedar'), 'permit(principal, action, resource)\n');
    const r = checkPolicyDir(d);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.errors[0]?.file, join(d, 'x.cedar'));
  });

  void it('version is a content hash independent of file order', () => {
    const a = { path: 'a.cedar', text: 'permit(principal, action, resource);' };
    const b = { path: 'b.cedar', text: 'forbid(principal, action, resource);' };
    assert.equal(policyVersion([a, b], 's'), policyVersion([b, a], 's'));
    assert.notEqual(policyVersion([a, b], 's'), policyVersion([a, b], 's2'));
    assert.notEqual(policyVersion([a], 's'), policyVersion([{ ...a, text: `${a.text} ` }], 's'));
    assert.notEqual(policyVersion([{ path: 'ab', text: 'c' }], 's'), policyVersion([{ path: 'a', text: 'bc' }], 's'));
  });

  void it('diff lists changed lines per file', () => {
    const d = diffPolicySets([{ path: 'a', text: 'x\ny\nz' }, { path: 'gone', text: 'q' }], [{ path: 'a', text: 'x\nY\nz' }, { path: 'new', text: 'n' }]);
    assert.deepEqual(d.map((f) => [f.file, f.status]), [['a', 'modified'], ['gone', 'removed'], ['new', 'added']]);
    assert.deepEqual(d[0]?.lines, ['+Y', '-y']);
  });

  void it('writeDefaultPolicies copies the defaults, never overwrites, and they load', () => {
    const d = tmp();
    const written = writeDefaultPolicies(d);
    assert.ok(written.some((f) => f.endsWith('schema.cedarschema')));
    assert.equal(loadPolicyDir(d).version, loadPolicyDir().version);
    writeFileSync(join(d, 'admin.cedar'), '// mine\n');
    assert.deepEqual(writeDefaultPolicies(d), []);
    assert.equal(readFileSync(join(d, 'admin.cedar'), 'utf8'), '// mine\n');
    assert.ok(existsSync(join(d, 'approvals.cedar')));
  });
});

void describe('hot reload', () => {
  const waitFor = async (cond: () => boolean, ms = 4000): Promise<void> => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) assert.fail('timed out waiting for reload');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  void it('applies a valid change, reports it with a diff, refuses an invalid one and keeps the old set', async () => {
    const d = tmp();
    writeDefaultPolicies(d);
    const changes: PolicyChange[] = [];
    const errors: PaviseError[] = [];
    const authz = loadAuthorizer({ policiesDir: d, watch: { debounceMs: 30 }, onChange: (c) => changes.push(c), onError: (e) => errors.push(e) });
    try {
      const v0 = authz.version;
      const ev = { id: 'e', time: 1, principal: { id: 'k', kind: 'service' as const, roles: ['dev'] }, action: 'chat.input' as const, resource: { kind: 'model' as const, id: 'm' }, parts: [] };
      assert.equal(authz.evaluate(ev).decision, 'deny');
      writeFileSync(join(d, 'dev.cedar'), '@id("dev-models")\npermit(principal in Role::"dev", action == Action::"chat.input", resource is Model);\n');
      await waitFor(() => changes.length > 0);
      assert.notEqual(authz.version, v0);
      assert.equal(changes[0]?.previousVersion, v0);
      assert.equal(changes[0]?.version, authz.version);
      assert.deepEqual(changes[0]?.diff.map((f) => [f.file, f.status]), [['dev.cedar', 'added']]);
      assert.equal(authz.evaluate(ev).decision, 'allow');

      const v1 = authz.version;
      writeFileSync(join(d, 'dev.cedar'), 'permit(principal in Role::"dev", action, resource) when { resource.nope };\n');
      await waitFor(() => errors.length > 0);
      assert.equal(authz.version, v1, 'the old set stays');
      assert.match(errors[0]?.detail ?? '', /dev\.cedar:1:/);
      assert.equal(authz.evaluate(ev).decision, 'allow');
      assert.equal(changes.length, 1);
    } finally {
      authz.close();
    }
  });
});
