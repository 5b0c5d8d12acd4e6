// Tamper evidence: `verify` passes on a clean log, and every change, removal, insertion,
// reordering or tail truncation made directly in the SQLite rows is caught and the first bad
// record is named — as a table of hand-written cases and as a fast-check property over generated
// logs and random mutations.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import { AUDIT_DB_FILE, openAudit, openAuditReadonly, verifyStore } from '../../src/audit/index.js';
import type { VerifyResult } from '../../src/audit/index.js';
import { AUDIT_DEFAULTS, appendMany, generateLog } from './support.js';

const canonicalize = canonicalizeModule as unknown as (v: unknown) => string;
const sha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const GENESIS = '0'.repeat(64);

type Mutation =
  | { op: 'edit'; k: number }
  | { op: 'editRehash'; k: number }
  | { op: 'del'; k: number }
  | { op: 'delRenumber'; k: number }
  | { op: 'insert'; k: number }
  | { op: 'swap'; k: number; j: number }
  | { op: 'truncate'; m: number };

function withDb<T>(dir: string, fn: (db: Database.Database) => T): T {
  const db = new Database(join(dir, AUDIT_DB_FILE));
  try {
    // The store forbids UPDATE with triggers; an attacker with file access simply drops them.
    db.exec('DROP TRIGGER IF EXISTS audit_records_no_update; DROP TRIGGER IF EXISTS audit_checkpoints_no_update;');
    return fn(db);
  } finally {
    db.close();
  }
}

interface Row {
  seq: number;
  time: number;
  kind: string;
  hash: string;
  body: string;
}

function row(db: Database.Database, seq: number): Row {
  return db.prepare('SELECT * FROM audit_records WHERE seq = ?').get(seq) as Row;
}

/** Shift rows with seq >= from by delta (through negative seqs to dodge the primary key). */
function shift(db: Database.Database, from: number, delta: number): void {
  db.prepare('UPDATE audit_records SET seq = -seq WHERE seq >= ?').run(from);
  db.prepare('UPDATE audit_records SET seq = -seq + ? WHERE seq < 0').run(delta);
}

function mutate(dir: string, m: Mutation): void {
  withDb(dir, (db) => {
    switch (m.op) {
      case 'edit': {
        const r = row(db, m.k);
        db.prepare('UPDATE audit_records SET body = ? WHERE seq = ?').run(r.body.replace('"id":"', '"id":"x'), m.k);
        return;
      }
      case 'editRehash': {
        const body = JSON.parse(row(db, m.k).body) as Record<string, unknown>;
        body.id = 'forged';
        const text = canonicalize(body);
        db.prepare('UPDATE audit_records SET body = ?, hash = ? WHERE seq = ?').run(text, sha(text), m.k);
        return;
      }
      case 'del':
        db.prepare('DELETE FROM audit_records WHERE seq = ?').run(m.k);
        return;
      case 'delRenumber':
        db.prepare('DELETE FROM audit_records WHERE seq = ?').run(m.k);
        shift(db, m.k + 1, -1);
        return;
      case 'insert': {
        const prev = m.k === 1 ? GENESIS : row(db, m.k - 1).hash;
        const template = JSON.parse(row(db, m.k).body) as Record<string, unknown>;
        shift(db, m.k, 1);
        const text = canonicalize({ ...template, id: 'forged', seq: m.k, prev });
        db.prepare('INSERT INTO audit_records (seq, time, kind, hash, body) VALUES (?, ?, ?, ?, ?)').run(m.k, template.time, template.kind, sha(text), text);
        return;
      }
      case 'swap':
        db.prepare('UPDATE audit_records SET seq = -1 WHERE seq = ?').run(m.k);
        db.prepare('UPDATE audit_records SET seq = ? WHERE seq = ?').run(m.k, m.j);
        db.prepare('UPDATE audit_records SET seq = ? WHERE seq = -1').run(m.j);
        return;
      case 'truncate':
        db.prepare('DELETE FROM audit_records WHERE seq > ?').run(m.m);
        return;
    }
  });
}

/** The record `verify` must name, and how, for a mutation of a log of n records. */
function expected(m: Mutation, n: number): { seq: number; kind: string } {
  switch (m.op) {
    case 'edit':
    case 'editRehash':
      return { seq: m.k, kind: 'changed' };
    case 'del':
    case 'delRenumber':
      return { seq: m.k, kind: m.k === n ? 'truncated' : 'removed' };
    case 'insert':
      return { seq: m.k, kind: 'inserted' };
    case 'swap':
      return { seq: m.k, kind: 'reordered' };
    case 'truncate':
      return { seq: m.m + 1, kind: 'truncated' };
  }
}

async function verifyDir(dir: string, pubkey?: string): Promise<VerifyResult> {
  const store = openAuditReadonly(dir);
  try {
    return await verifyStore(store, dir, pubkey);
  } finally {
    await store.close();
  }
}

void test('a clean generated log verifies, with every record sealed', async () => {
  const dir = await generateLog(25);
  const r = await verifyDir(dir);
  assert.equal(r.ok, true, JSON.stringify(r.problem));
  assert.equal(r.records, 25);
  assert.equal(r.lastSeq, 25);
  assert.equal(r.lastCheckpointSeq, 25);
  assert.equal(r.unsealed, 0);
  assert.ok(r.checkpoints >= 6, `checkpoint every 4 records: got ${r.checkpoints}`);
});

const N = 12;
const TABLE: Mutation[] = [
  { op: 'edit', k: 1 },
  { op: 'edit', k: 7 },
  { op: 'edit', k: N },
  { op: 'editRehash', k: 1 },
  { op: 'editRehash', k: 6 },
  { op: 'editRehash', k: N },
  { op: 'del', k: 1 },
  { op: 'del', k: 5 },
  { op: 'delRenumber', k: 5 },
  { op: 'insert', k: 1 },
  { op: 'insert', k: 4 },
  { op: 'insert', k: 9 },
  { op: 'swap', k: 3, j: 4 },
  { op: 'swap', k: 2, j: 10 },
  { op: 'truncate', m: 10 },
  { op: 'truncate', m: 0 },
];

for (const m of TABLE) {
  void test(`tamper table: ${JSON.stringify(m)} is caught and named`, async () => {
    const dir = await generateLog(N);
    mutate(dir, m);
    const r = await verifyDir(dir);
    assert.equal(r.ok, false);
    assert.deepEqual({ seq: r.problem?.seq, kind: r.problem?.kind }, expected(m, N), r.problem?.message);
  });
}

void test('property: any single mutation of any record is caught and the first bad record named', async () => {
  const mutationArb = fc.integer({ min: 3, max: 24 }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.oneof(
        fc.record({ op: fc.constantFrom('edit' as const, 'editRehash' as const, 'del' as const, 'delRenumber' as const, 'insert' as const), k: fc.integer({ min: 1, max: n }) }),
        fc.integer({ min: 1, max: n - 1 }).chain((k) => fc.record({ op: fc.constant('swap' as const), k: fc.constant(k), j: fc.integer({ min: k + 1, max: n }) })),
        fc.record({ op: fc.constant('truncate' as const), m: fc.integer({ min: 0, max: n - 1 }) }),
      ),
      fc.integer({ min: 1, max: 6 }),
    ),
  );
  await fc.assert(
    fc.asyncProperty(mutationArb, async ([n, m, every]) => {
      const dir = await generateLog(n, { checkpointEvery: every });
      mutate(dir, m);
      const r = await verifyDir(dir);
      assert.equal(r.ok, false);
      assert.deepEqual({ seq: r.problem?.seq, kind: r.problem?.kind }, expected(m, n), r.problem?.message);
    }),
    { numRuns: 60, interruptAfterTimeLimit: 3000 },
  );
});

void test('a forged or re-signed checkpoint is caught', async () => {
  const dir = await generateLog(10);
  withDb(dir, (db) => {
    const cp = db.prepare('SELECT seq, signature FROM audit_checkpoints ORDER BY seq LIMIT 1').get() as { seq: number; signature: string };
    const sig = Buffer.from(cp.signature, 'base64url');
    sig[0] = (sig[0] ?? 0) ^ 1;
    db.prepare('UPDATE audit_checkpoints SET signature = ? WHERE seq = ?').run(sig.toString('base64url'), cp.seq);
  });
  const r = await verifyDir(dir);
  assert.equal(r.ok, false);
  assert.equal(r.problem?.kind, 'checkpoint');
  assert.equal(r.problem?.seq, 4);
});

void test('checkpoints by a different key are rejected when verifying with an exported public key', async () => {
  const a = await generateLog(5);
  const b = await generateLog(5);
  const { writeFileSync } = await import('node:fs');
  const { loadPublicKey, publicKeyPem } = await import('../../src/audit/keys.js');
  const pem = join(a, 'other.pem');
  writeFileSync(pem, publicKeyPem(loadPublicKey(b)));
  const r = await verifyDir(a, pem);
  assert.equal(r.ok, false);
  assert.equal(r.problem?.kind, 'checkpoint');
});

void test('retention deletes only up to a checkpoint and the pruned log still verifies; deleting more is caught', async () => {
  let clock = 1_000_000;
  const dir = (await import('./support.js')).tempDir();
  const config = { ...AUDIT_DEFAULTS, checkpointEvery: 5, retentionDays: 1 };
  const audit = openAudit({ dataDir: dir, config, now: () => clock });
  await appendMany(audit, 12); // seq 1..12, checkpoints at 5, 10
  clock += 3 * 86_400_000;
  await appendMany(audit, 3, 100); // seq 13..15 are recent
  const deleted = await audit.prune();
  assert.equal(deleted, 9, 'records 1..9 are older than the cutoff and precede the checkpoint at 10');
  await audit.close();
  const r = await verifyDir(dir);
  assert.equal(r.ok, true, r.problem?.message);
  assert.equal(r.firstSeq, 10);
  // An attacker now removes more from the head, up to the next checkpoint.
  withDb(dir, (db) => {
    const cp = (db.prepare('SELECT MIN(seq) AS s FROM audit_checkpoints WHERE seq > 10').get() as { s: number }).s;
    db.prepare('DELETE FROM audit_records WHERE seq < ?').run(cp);
    db.prepare('DELETE FROM audit_checkpoints WHERE seq < ?').run(cp);
  });
  const bad = await verifyDir(dir);
  assert.equal(bad.ok, false);
  assert.equal(bad.problem?.seq, 10);
  assert.equal(bad.problem?.kind, 'removed');
});
