import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Event } from '../engine/types.js';
import { Sessions } from '../session/state.js';
import { openDatabase } from './sqlite.js';
import type { SqliteDatabase } from './sqlite.js';
import { MemoryStateStore } from './state-memory.js';
import { SqliteStateStore } from './state-sqlite.js';
import type { StateStore } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'pavise-state-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const openDb = (name = `s${n++}.db`): SqliteDatabase => openDatabase(join(dir, name), { synchronous: 'NORMAL' });

// The same contract suite for both stores.
const stores: Array<[string, () => StateStore]> = [
  ['memory', () => new MemoryStateStore()],
  ['sqlite', () => new SqliteStateStore(openDb())],
];

for (const [name, make] of stores) {
  test(`${name}: save adds values, keeps existing ones, and load returns them`, () => {
    const s = make();
    assert.equal(s.load('a'), undefined);
    s.save('a', 100, [{ kind: 'untrusted', value: 'tool:w/fetch', detail: '' }, { kind: 'fingerprint', value: 'fp1', detail: 'api_key' }]);
    s.save('a', 200, [{ kind: 'fingerprint', value: 'fp1', detail: 'other' }, { kind: 'tool', value: 'w/send', detail: '' }]);
    const got = s.load('a');
    assert.ok(got);
    assert.equal(got.touched, 200);
    assert.equal(got.created, 100);
    const byKey = new Map(got.values.map((v) => [`${v.kind}:${v.value}`, v.detail]));
    assert.deepEqual([...byKey.keys()].sort(), ['fingerprint:fp1', 'tool:w/send', 'untrusted:tool:w/fetch']);
    assert.equal(byKey.get('fingerprint:fp1'), 'api_key', 'a value is never replaced');
    // touched never goes back.
    s.save('a', 150, []);
    assert.equal(s.load('a')?.touched, 200);
    assert.equal(s.load('b'), undefined);
  });

  test(`${name}: delete and prune (idle, then over the cap) remove whole sessions`, () => {
    const s = make();
    for (let i = 0; i < 5; i++) s.save(`s${i}`, 1000 + i, [{ kind: 'tool', value: `t${i}`, detail: '' }]);
    s.delete('s0');
    assert.equal(s.load('s0'), undefined);
    assert.equal(s.count(), 4);
    // Idle before 1002 -> s1 goes; then at most 2 remain: the least recently touched (s2) goes.
    assert.equal(s.prune(1002, 2, 10), 2);
    assert.deepEqual(['s1', 's2', 's3', 's4'].filter((id) => s.load(id) !== undefined), ['s3', 's4']);
  });

  test(`${name}: the first tenant of a fingerprint is never replaced; the table is capped`, () => {
    const s = make();
    s.setFirstTenant('fp', 'acme', 1);
    s.setFirstTenant('fp', 'globex', 2);
    assert.equal(s.firstTenant('fp'), 'acme');
    assert.equal(s.firstTenant('other'), undefined);
    s.setFirstTenant('fp2', 'globex', 3);
    s.setFirstTenant('fp3', 'globex', 4);
    s.prune(0, 100, 2);
    assert.equal(s.firstTenant('fp'), undefined, 'oldest entry pruned first');
    assert.equal(s.firstTenant('fp3'), 'globex');
  });
}

// ---------------------------------------------------------------------------------------------
// Sessions over SQLite: state survives closing and reopening the database (a gateway restart).

const key = Buffer.alloc(32, 7);
const findings = (text: string, value: string) => {
  const start = text.indexOf(value);
  return [{ detector: 'secrets', kind: 'api_key', score: 0.9, part: 0, span: { start, end: start + value.length }, view: 'raw' as const, evidence: 'x', entity: 'api_key' }];
};
function result(session: string, tool: string, labels: string[], text: string, tenant?: string): Event {
  return {
    id: 'r', time: 0, session, principal: { id: 'agent', kind: 'agent', roles: [] }, action: 'tool.result',
    resource: { kind: 'tool', id: `s/${tool}`, server: 's', labels, ...(tenant !== undefined ? { tenant } : {}) },
    parts: [{ text, provenance: `tool:s/${tool}` }],
  };
}
const allow = (f: ReturnType<typeof findings> | [] = []) => ({ decision: 'allow' as const, message: 'ok', reasons: [], findings: f, redactions: [], policyVersion: 't', obligations: [] });

test('Sessions over SQLite: taint, tools, tenants, fingerprints and first tenants survive a restart', () => {
  const file = 'restart.db';
  let db = openDb(file);
  let sessions = new Sessions(key, { store: new SqliteStateStore(db) });
  sessions.observe(result('m1', 'fetch_page', ['untrusted_content'], 'web page'), allow());
  const text = 'token SECRET-0001 here';
  sessions.observe(result('m1', 'read_notes', ['reads_sensitive'], text, 'acme'), allow(findings(text, 'SECRET-0001')));
  const before = sessions.snapshot('m1');
  assert.deepEqual(before, { untrusted: true, sensitive: true, tools: [], tenants: ['acme'] });
  db.close();

  db = openDb(file);
  sessions = new Sessions(key, { store: new SqliteStateStore(db) });
  assert.deepEqual(sessions.snapshot('m1'), before);
  assert.equal(sessions.get('m1')?.fingerprints.get(sessions.fingerprint('SECRET-0001')), 'api_key');
  // The tenant table too: the value first seen in acme's traffic is refused to globex.
  const out: Event = {
    id: 'o', time: 0, session: 'g1', principal: { id: 'u', kind: 'user', roles: [], tenant: 'globex' },
    action: 'chat.output', resource: { kind: 'model', id: 'm' }, parts: [{ text: 'it is SECRET-0001', provenance: 'model' }],
  };
  assert.equal(sessions.checkFindings(out, findings('it is SECRET-0001', 'SECRET-0001'))?.code, 'PAVISE_TENANT_MIX');
  db.close();
});

test('Sessions: an idle session expires, in the cache and in the store; an evicted one reloads', () => {
  let now = 1_000_000;
  const store = new SqliteStateStore(openDb());
  const sessions = new Sessions(key, { store, ttlMs: 10_000, cacheSize: 1, now: () => now });
  sessions.observe(result('x', 'fetch_page', ['untrusted_content'], 'page'), allow());
  sessions.observe(result('y', 'fetch_page', ['untrusted_content'], 'page'), allow()); // evicts x from the cache
  assert.equal(sessions.snapshot('x').untrusted, true, 'reloaded from the store');
  now += 10_001;
  assert.equal(sessions.snapshot('x').untrusted, false);
  assert.equal(store.load('x'), undefined);
});

test('Sessions: an event that adds nothing does not write; a session with nothing in it is not stored', () => {
  const store = new MemoryStateStore();
  let saves = 0;
  const counting: StateStore = Object.assign(Object.create(store) as StateStore, {
    save: (...a: Parameters<StateStore['save']>) => {
      saves++;
      store.save(...a);
    },
  });
  const sessions = new Sessions(key, { store: counting });
  const chat: Event = { id: 'c', time: 0, session: 'e', principal: { id: 'u', kind: 'user', roles: [] }, action: 'chat.input', resource: { kind: 'model', id: 'm' }, parts: [{ text: 'hi', provenance: 'user' }] };
  sessions.observe(chat, allow());
  assert.equal(saves, 0);
  assert.equal(store.load('e'), undefined);
  sessions.observe(result('e', 'fetch_page', ['untrusted_content'], 'page'), allow());
  sessions.observe(result('e', 'fetch_page', ['untrusted_content'], 'page again'), allow());
  assert.equal(saves, 1, 'the second result adds no new value');
});
