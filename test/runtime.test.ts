import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openAuditReadonly, verifyStore } from '../src/audit/index.js';
import { parseConfig } from '../src/policy/config.js';
import { createRuntime } from '../src/runtime.js';

function runtime() {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-rt-'));
  const { config, warnings } = parseConfig(`dataDir: ${dir}\n`, join(dir, 'pavise.yaml'), {});
  return createRuntime({ config, path: join(dir, 'pavise.yaml'), baseDir: dir, warnings });
}

test('the default runtime audits every decision, with the Cedar policy version on the verdict', async () => {
  const rt = runtime();
  try {
    const admin = { id: 'key:admin', kind: 'user' as const, roles: ['admin'] };
    const v = await rt.engine.inspect({ id: 'e1', time: Date.now(), principal: admin, action: 'chat.input', resource: { kind: 'model', id: 'gpt-4o' }, parts: [{ text: 'Summarise the French revolution in two lines.', provenance: 'user' }] });
    assert.equal(v.decision, 'allow', v.message);
    assert.ok(v.auditId);
    assert.notEqual(v.policyVersion, 'none');
    // Deny by default: a principal without a role gets nothing.
    const nobody = await rt.engine.inspect({ id: 'e2', time: Date.now(), principal: { id: 'key:x', kind: 'user', roles: [] }, action: 'chat.input', resource: { kind: 'model', id: 'gpt-4o' }, parts: [{ text: 'hello', provenance: 'user' }] });
    assert.equal(nobody.decision, 'block');
    assert.equal(nobody.code, 'PAVISE_FORBIDDEN');
  } finally {
    await rt.close();
  }
  const store = openAuditReadonly(rt.dataDir);
  try {
    const r = await verifyStore(store, rt.dataDir);
    assert.equal(r.ok, true);
    assert.equal(r.records, 2);
  } finally {
    await store.close();
  }
});
