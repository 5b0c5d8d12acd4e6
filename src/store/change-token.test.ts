// The in-memory caches of API keys and blocks must never outlive a change made elsewhere: a key
// revoked or a principal blocked through ANOTHER connection (another process: the CLI) takes
// effect on the very next lookup, and so does a change through the same connection.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { KeyStore } from '../identity/keys.js';
import { MonitorState } from '../monitor/state.js';
import { changeToken, noteWrite, openDatabase } from './sqlite.js';

function withDir(fn: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-token-'));
  try {
    fn(join(dir, 'state.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a change token changes on writes through this connection and through another one', () => {
  withDir((file) => {
    const a = openDatabase(file);
    const b = openDatabase(file);
    a.exec('CREATE TABLE t (x INTEGER)');
    const t0 = changeToken(a);
    assert.equal(changeToken(a), t0, 'stable while nothing is written');
    b.prepare('INSERT INTO t VALUES (1)').run();
    const t1 = changeToken(a);
    assert.notEqual(t1, t0, 'a commit by another connection changes it');
    a.prepare('INSERT INTO t VALUES (2)').run();
    noteWrite(a);
    assert.notEqual(changeToken(a), t1, 'a noted write through this connection changes it');
    a.close();
    b.close();
  });
});

test('a key revoked through another connection is refused on the next verify (cache invalidated)', () => {
  withDir((file) => {
    const gateway = new KeyStore(file);
    const cli = new KeyStore(file);
    const { key } = gateway.create({ name: 'svc', roles: ['user'] });
    assert.equal(gateway.verify(key)?.name, 'svc');
    assert.equal(gateway.verify(key)?.name, 'svc', 'second lookup (cached) still valid');
    cli.revoke('svc');
    assert.equal(gateway.verify(key), undefined, 'revocation from another connection takes effect at once');
    const second = gateway.create({ name: 'svc2', roles: [] });
    assert.equal(gateway.verify(second.key)?.name, 'svc2');
    gateway.revoke('svc2');
    assert.equal(gateway.verify(second.key), undefined, 'revocation through the same store takes effect at once');
    gateway.close();
    cli.close();
  });
});

test('a block set or lifted through another connection is seen on the next check', () => {
  withDir((file) => {
    const dbA = openDatabase(file);
    const dbB = openDatabase(file);
    const gateway = new MonitorState(dbA);
    const cli = new MonitorState(dbB);
    const now = 1_000_000;
    assert.equal(gateway.blocked('p1', now), undefined);
    assert.equal(gateway.blocked('p1', now), undefined, 'negative result cached');
    cli.block('p1', 60, 'manual', 'admin', now);
    assert.equal(gateway.blocked('p1', now)?.reason, 'manual', 'block from another connection seen at once');
    cli.unblock('p1');
    assert.equal(gateway.blocked('p1', now), undefined, 'unblock from another connection seen at once');
    gateway.block('p2', 60, 'risk', 'monitor', now);
    assert.equal(gateway.blocked('p2', now)?.reason, 'risk', 'own block seen at once');
    assert.equal(gateway.blocked('p2', now + 61_000), undefined, 'expiry still applies to a cached row');
    dbA.close();
    dbB.close();
  });
});

test('with recheckMs, a commit by another process is seen within the bound; this process\'s writes at once', () => {
  withDir((file) => {
    let t = 0;
    const gateway = new KeyStore(file, { recheckMs: 10, now: () => t });
    const { key, record } = gateway.create({ name: 'svc', roles: ['user'] });
    assert.equal(gateway.verify(key)?.name, 'svc');
    // Another process: a raw write through its own connection, no noteWrite in this process.
    const other = openDatabase(file);
    other.prepare('UPDATE keys SET revoked_at = ? WHERE id = ?').run(new Date(0).toISOString(), record.id);
    t = 9;
    assert.equal(gateway.verify(key)?.name, 'svc', 'inside the bound the cached record may still serve');
    t = 10;
    assert.equal(gateway.verify(key), undefined, 'at the bound the other process\'s revocation applies');
    other.prepare('UPDATE keys SET revoked_at = NULL WHERE id = ?').run(record.id);
    t = 25;
    assert.equal(gateway.verify(key)?.name, 'svc');
    // Same process, another connection (the runtime's state store): seen at once, clock frozen.
    const cli = new KeyStore(file);
    cli.revoke('svc');
    assert.equal(gateway.verify(key), undefined, 'a revocation by this process applies at once');
    const gatewayDb = openDatabase(file);
    const blocks = new MonitorState(gatewayDb, { recheckMs: 1000, now: () => t });
    assert.equal(blocks.blocked('p', 0), undefined);
    new MonitorState(other).block('p', 60, 'manual', 'admin', 0);
    assert.equal(blocks.blocked('p', 0)?.reason, 'manual', 'MonitorState.block notes the write: seen at once');
    other.prepare('DELETE FROM monitor_blocks').run();
    assert.equal(blocks.blocked('p', 0)?.reason, 'manual', 'an un-noted (other process) delete waits for the bound');
    t += 1000;
    assert.equal(blocks.blocked('p', 0), undefined);
    other.close();
    gatewayDb.close();
    cli.close();
    gateway.close();
  });
});
