// A gateway and a CLI command (another process) append to the same audit file: both chains must
// join into one verifiable log, and neither writer may be left refusing requests afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openAudit, openAuditReadonly, verifyStore } from '../../src/audit/index.js';
import { AUDIT_DEFAULTS, allowVerdict, appendMany, makeEvent, tempDir } from './support.js';

test('two writers on one audit file interleave into one valid chain', async () => {
  const dir = tempDir();
  const gateway = openAudit({ dataDir: dir, config: { ...AUDIT_DEFAULTS, checkpointEvery: 5 } });
  const cli = openAudit({ dataDir: dir, config: { ...AUDIT_DEFAULTS, checkpointEvery: 5 } });
  try {
    await appendMany(gateway, 7);
    await cli.log.appendRecord({ kind: 'mcp.pin.approve', principal: 'cli:admin', data: { server: 'files' } });
    const after = await gateway.sink.append(makeEvent(100), allowVerdict());
    assert.equal(after.seq, 9, 'the gateway chains onto the record the other writer added');
    await appendMany(cli, 3, 200);
    await appendMany(gateway, 4, 300);
  } finally {
    await cli.close();
    await gateway.close();
  }
  const store = openAuditReadonly(dir);
  try {
    const r = await verifyStore(store, dir);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.records, 16);
  } finally {
    await store.close();
  }
});
