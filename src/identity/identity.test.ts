import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { exportJWK, generateKeyPair, SignJWT, createLocalJWKSet } from 'jose';
import { PaviseError } from '../engine/errors.js';
import { digestKey, Identity, JwtVerifier, KeyStore } from './index.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'pavise-id-'));
}

void test('keys: created once in clear, stored only as a SHA-256 digest, verified, revoked', () => {
  const dir = tmp();
  try {
    const file = join(dir, 'state.db');
    const store = new KeyStore(file);
    const { key, record } = store.create({ name: 'ci', roles: ['admin', 'admin', 'dev'], tenant: 'acme' });
    assert.match(key, /^pvs_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(record.roles, ['admin', 'dev']);
    assert.equal(store.verify(key)?.name, 'ci');
    assert.equal(store.verify(key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A')), undefined);
    assert.equal(store.verify('pvs_short'), undefined);
    assert.throws(() => store.create({ name: 'ci', roles: [] }), /already exists/);
    // The database holds no clear key anywhere.
    const raw = new Database(file, { readonly: true });
    const rows = raw.prepare('SELECT * FROM keys').all() as Array<Record<string, unknown>>;
    raw.close();
    assert.ok(!JSON.stringify(rows).includes(key.slice(8)));
    assert.deepEqual(rows[0]?.digest, digestKey(key));
    assert.equal(store.revoke('ci')?.name, 'ci');
    assert.equal(store.verify(key), undefined);
    assert.equal(store.list()[0]?.revokedAt !== undefined, true);
    assert.equal(store.revoke('nope'), undefined);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('Identity: bearer keys, x-api-key only when allowed, JWT via JWKS, everything else 401', async () => {
  const store = new KeyStore(':memory:');
  const { key } = store.create({ name: 'svc', roles: ['user'], tenant: 't1' });
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
  const jwt = new JwtVerifier({ jwksUrl: 'https://idp.example/jwks', issuer: 'https://idp.example', audience: 'pavise', rolesClaim: 'roles', tenantClaim: 'tenant' }, createLocalJWKSet({ keys: [jwk] }));
  const id = new Identity(store, jwt);
  const sign = (claims: Record<string, unknown>, aud = 'pavise') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer('https://idp.example').setAudience(aud).setSubject('alice').setExpirationTime('5m').sign(privateKey);

  const p = await id.authenticate({ headers: { authorization: `Bearer ${key}` } });
  assert.deepEqual({ roles: p.roles, tenant: p.tenant, kind: p.kind }, { roles: ['user'], tenant: 't1', kind: 'service' });
  assert.match(p.id, /^key:/);
  const viaHeader = await id.authenticate({ headers: { 'x-api-key': key } }, { allowApiKeyHeader: true });
  assert.equal(viaHeader.id, p.id);

  const unauth = (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_UNAUTHENTICATED' && !e.message.includes('pvs_');
  await assert.rejects(id.authenticate({ headers: { 'x-api-key': key } }), unauth);
  await assert.rejects(id.authenticate({ headers: {} }), unauth);
  await assert.rejects(id.authenticate({ headers: { authorization: 'Bearer pvs_' + 'A'.repeat(43) } }), unauth);
  await assert.rejects(id.authenticate({ headers: { authorization: `Basic ${key}` } }), unauth);

  const token = await sign({ roles: ['admin'], tenant: 'acme' });
  const j = await id.authenticate({ headers: { authorization: `Bearer ${token}` } });
  assert.deepEqual({ id: j.id, roles: j.roles, tenant: j.tenant }, { id: 'jwt:https://idp.example|alice', roles: ['admin'], tenant: 'acme' });
  await assert.rejects(id.authenticate({ headers: { authorization: `Bearer ${await sign({}, 'other')}` } }), unauth);
  const tampered = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  await assert.rejects(id.authenticate({ headers: { authorization: `Bearer ${tampered}` } }), unauth);
  // Without identity.jwt configured, a JWT is just an unknown credential.
  await assert.rejects(new Identity(store, undefined).authenticate({ headers: { authorization: `Bearer ${token}` } }), unauth);

  // The synchronous path: a key's Principal (the same object for every request of the key), a
  // throw for anything refused, undefined only for a JWT that still needs its signature check.
  const now = id.authenticateNow({ headers: { authorization: `Bearer ${key}` } });
  assert.equal(now?.id, p.id);
  assert.equal(id.authenticateNow({ headers: { authorization: `Bearer ${key}` } }), now);
  assert.throws(() => id.authenticateNow({ headers: {} }), unauth);
  assert.throws(() => id.authenticateNow({ headers: { authorization: 'Bearer pvs_' + 'A'.repeat(43) } }), unauth);
  assert.throws(() => id.authenticateNow({ headers: { 'x-api-key': key } }), unauth);
  assert.equal(id.authenticateNow({ headers: { authorization: `Bearer ${tampered}` } }), undefined);
  assert.throws(() => new Identity(store, undefined).authenticateNow({ headers: { authorization: `Bearer ${token}` } }), unauth);
  store.revoke('svc');
  assert.throws(() => id.authenticateNow({ headers: { authorization: `Bearer ${key}` } }), unauth);
  store.close();
});
