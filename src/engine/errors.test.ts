import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ERRORS, PaviseError } from './errors.js';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

test('docs/errors.md lists exactly the registry codes, with the same status', () => {
  const rows = [...doc.matchAll(/^\| `(PAVISE_[A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1] ?? "", Number(m[2])] as const);
  const documented = new Map(rows);
  assert.equal(documented.size, rows.length, 'a code is documented twice');
  for (const [code, { status }] of Object.entries(ERRORS)) {
    assert.equal(documented.get(code), status, `${code} missing from docs/errors.md or with another status`);
  }
  for (const code of documented.keys()) assert.ok(Object.hasOwn(ERRORS, code), `${code} documented but not in the registry`);
});

test('PaviseError carries code, status and a client-safe message', () => {
  const e = new PaviseError('PAVISE_CONFIG_INVALID', 'pavise.yaml:3: server.bogus: unknown key');
  assert.equal(e.code, 'PAVISE_CONFIG_INVALID');
  assert.equal(e.status, 500);
  assert.match(e.message, /pavise\.yaml:3/);
  assert.ok(e instanceof PaviseError);
  assert.ok(!(new Error('x') instanceof PaviseError));
});

test('every code is PAVISE_ upper snake case', () => {
  for (const code of Object.keys(ERRORS)) assert.match(code, /^PAVISE_[A-Z][A-Z0-9_]+$/);
});
