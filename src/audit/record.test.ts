import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import canonicalizeModule from 'canonicalize';
import type { Event, Verdict } from '../engine/types.js';
import { GENESIS_HASH } from '../store/audit-sqlite.js';
import { seal, sha256Hex } from './chain.js';
import { loadOrCreateKeys } from './keys.js';
import { canonicalRecordPresorted } from './jcs.js';
import { genericRecord, isPresorted, requestRecord } from './record.js';
import { verifyChain } from './verify.js';

const keys = loadOrCreateKeys(mkdtempSync(join(tmpdir(), 'pavise-rec-')));
const canonicalize = canonicalizeModule as unknown as (v: unknown) => string;

const text = 'mail bob@example.org the key AKIAABCDEFGHIJKLMNOP now';
const event: Event = {
  id: 'e1',
  time: 1,
  principal: { id: 'key:1', kind: 'user', roles: ['admin'], name: 'Bob Personal-Name' },
  action: 'tool.call',
  resource: { kind: 'tool', id: 'mail/send', server: 'mail' },
  parts: [{ text, provenance: 'model' }],
  args: { to: 'bob@example.org', body: 'AKIAABCDEFGHIJKLMNOP', n: 3 },
};
const verdict: Verdict = {
  decision: 'allow',
  message: 'allowed',
  reasons: [],
  findings: [
    { detector: 'pii', kind: 'email', score: 0.9, part: 0, span: { start: 5, end: 20 }, view: 'raw', evidence: 'email', entity: 'email' },
    { detector: 'secrets', kind: 'aws', score: 0.9, part: 0, span: { start: 29, end: 49 }, view: 'raw', evidence: 'aws key', entity: 'aws' },
    { detector: 'injection', kind: 'override', score: 0.2, part: 0, span: { start: 0, end: 4 }, view: 'raw', evidence: 'x' },
  ],
  redactions: [],
  policyVersion: 'pv',
  obligations: [],
};

void test('request records keep digests, mask secrets and PII in stored bodies, and drop names', () => {
  const plain = JSON.stringify(requestRecord(event, verdict, keys, { storeBodies: false }, 'id', 2));
  assert.doesNotMatch(plain, /bob@example|AKIA|Personal-Name|mail bob/);
  const rec = requestRecord(event, verdict, keys, { storeBodies: true }, 'id', 2);
  assert.equal(rec.content?.parts[0]?.text, 'mail [REDACTED] the key [REDACTED] now', 'non-sensitive finding spans stay');
  assert.deepEqual(rec.content?.args?.value, { to: '[REDACTED]', body: '[REDACTED]', n: 3 });
  assert.equal(rec.verdict?.findings[0]?.valueDigest, keys.digest('bob@example.org'));
  assert.doesNotMatch(JSON.stringify(rec), /bob@example|AKIA/);
});

void test('overlapping redaction and finding spans merge into one mask', () => {
  const long = 'x'.repeat(65_530) + 'SECRETSECRETSECRET';
  const ev: Event = { ...event, args: undefined, parts: [{ text: long, provenance: 'user' }] };
  const v: Verdict = {
    ...verdict,
    findings: [{ detector: 'secrets', kind: 'k', score: 1, part: 0, span: { start: 65_530, end: 65_548 }, view: 'raw', evidence: 'e' }],
    redactions: [{ part: 0, start: 65_525, end: 65_535, entity: 'k', replacement: 'R' }],
  };
  const part = requestRecord(ev, v, keys, { storeBodies: true }, 'id', 1).content?.parts[0];
  assert.equal(part?.text, 'x'.repeat(65_525) + '[REDACTED]');
  assert.equal(part?.truncated, undefined);
});

void test('generic records reject bad kinds and digest secret-looking keys', () => {
  assert.throws(() => genericRecord({ kind: 'request' }, keys, 'id', 1));
  assert.throws(() => genericRecord({ kind: 'Has Space' }, keys, 'id', 1));
  const r = genericRecord({ kind: 'config.change', data: { nested: [{ password: 'hunter2', keyId: 'k1' }] } }, keys, 'id', 1);
  assert.deepEqual(r.data, { nested: [{ password: `hmac:${keys.digest('"hunter2"')}`, keyId: 'k1' }] });
});

void test('property: sealed records round-trip (body is canonical, hash chains, verify passes)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.record({ kind: fc.constantFrom('policy.change', 'approval.decided'), data: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })) }), { minLength: 1, maxLength: 20 }), async (items) => {
      const contents = items.map((it, i) => genericRecord({ kind: it.kind, data: it.data }, keys, `id${i}`, 1000 + i));
      const head = { seq: 0, hash: GENESIS_HASH, checkpointSeq: 0, checkpointTime: 0 };
      const batch = seal(head, contents, { signer: keys.signer, checkpointEvery: 7, checkpointMs: 1e9, now: 5, since: 0, force: true });
      assert.deepEqual(batch.records.map((r) => r.seq), contents.map((_, i) => i + 1));
      for (const r of batch.records) {
        assert.equal(canonicalize(JSON.parse(r.body)), r.body);
        assert.equal(sha256Hex(r.body), r.hash);
      }
      assert.equal(batch.checkpoints[batch.checkpoints.length - 1]?.seq, contents.length);
      const v = await verifyChain(batch.records, batch.checkpoints, { publicKey: keys.signer.publicKey, keyId: keys.signer.keyId });
      assert.equal(v.ok, true, v.problem?.message);
    }),
    { numRuns: 100, interruptAfterTimeLimit: 3000 },
  );
});

// The native fast path (record.ts isPresorted + jcs.ts canonicalRecordPresorted) must emit exactly
// the canonical bytes: checked against the reference `canonicalize` package on arbitrary events,
// and on inputs built to break each of its preconditions (which must take the walk instead).
const s = fc.string({ unit: 'binary', maxLength: 10 });
const anyEvent = fc.record({
  id: s,
  time: fc.nat(),
  principal: fc.record({ id: s, kind: fc.constantFrom('user', 'service'), roles: fc.array(s, { maxLength: 3 }), tenant: fc.option(s, { nil: undefined }) }),
  session: fc.option(s, { nil: undefined }),
  action: s,
  resource: fc.record({ kind: s, id: s, server: fc.option(s, { nil: undefined }), labels: fc.option(fc.array(s, { maxLength: 2 }), { nil: undefined }) }),
  surface: fc.option(s, { nil: undefined }),
  parts: fc.array(fc.record({ text: fc.string({ unit: 'binary', maxLength: 40 }), provenance: s, label: fc.option(s, { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
  args: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
});
const anyVerdict = fc.record({
  decision: fc.constantFrom('allow', 'block', 'redact', 'hold'),
  code: fc.option(s, { nil: undefined }),
  message: s,
  reasons: fc.array(fc.record({ source: fc.constantFrom('rule', 'policy'), id: s, message: s }), { maxLength: 2 }),
  findings: fc.array(
    fc.record({
      detector: fc.constantFrom('pii', 'secrets', 'injection'),
      kind: s,
      score: fc.double({ noNaN: true, noDefaultInfinity: true }),
      part: fc.nat(3),
      span: fc.record({ start: fc.nat(50), end: fc.nat(50) }),
      view: s,
      evidence: s,
      entity: fc.option(s, { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
  redactions: fc.array(fc.record({ part: fc.nat(3), start: fc.nat(50), end: fc.nat(50), entity: s }), { maxLength: 2 }),
  approvalId: fc.option(s, { nil: undefined }),
  policyVersion: s,
  obligations: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }),
});

void test('property: a request record sealed on the native path has exactly the canonicalize bytes', () => {
  let presorted = 0;
  fc.assert(
    fc.property(anyEvent, anyVerdict, fc.boolean(), fc.nat(), (e, v, storeBodies, seq) => {
      const c = requestRecord(e as unknown as Event, v as unknown as Verdict, keys, { storeBodies }, 'id-1', 42);
      if (isPresorted(c)) presorted++;
      const body = seal({ seq, hash: GENESIS_HASH, checkpointSeq: seq, checkpointTime: 1 }, [c], { signer: keys.signer, checkpointEvery: 1e9, checkpointMs: 1e12, now: 2, since: 1 }).records[0]?.body;
      assert.equal(body, canonicalize({ ...c, seq: seq + 1, prev: GENESIS_HASH }));
      if (isPresorted(c)) assert.equal(canonicalRecordPresorted(c, seq + 1, GENESIS_HASH), body);
    }),
    { numRuns: 200 },
  );
  // Most generated inputs qualify (integer-like keys in args/obligations are the usual exception):
  // the property exercised the native path, not only the walk.
  assert.ok(presorted > 100, `only ${presorted} of 200 records took the native path`);
});

void test('inputs that break a native-path precondition take the walk and still seal canonically', () => {
  const base = requestRecord(event, verdict, keys, { storeBodies: true }, 'id-ok', 7);
  assert.equal(isPresorted(base), true);
  const odd: [string, Event, Verdict][] = [
    ['NaN score', event, { ...verdict, findings: [{ ...verdict.findings[0], score: Number.NaN } as Verdict['findings'][number]] }],
    ['object label', { ...event, parts: [{ text, provenance: 'user', label: { b: 1, a: 2 } as unknown as string }] }, verdict],
    ['integer-like obligation keys', event, { ...verdict, obligations: [{ 10: 'x', 2: 'y' } as unknown as Verdict['obligations'][number]] }],
    ['integer-like args keys', { ...event, args: { 10: 'x', 2: 'y', a: 1 } }, verdict],
    ['Date role', { ...event, principal: { ...event.principal, roles: [new Date(0) as unknown as string] } }, verdict],
  ];
  let compared = 0;
  for (const [label, e, v] of odd) {
    const c = requestRecord(e, v, keys, { storeBodies: true }, 'id-odd', 7);
    compared++;
    assert.equal(isPresorted(c), false, label);
    const cp = { seq: 0, hash: GENESIS_HASH, checkpointSeq: 0, checkpointTime: 1 };
    const opts = { signer: keys.signer, checkpointEvery: 1e9, checkpointMs: 1e12, now: 2, since: 1 };
    let body: string | undefined;
    let reference: string | undefined;
    try {
      body = seal(cp, [c], opts).records[0]?.body;
    } catch {
      body = 'threw';
    }
    try {
      reference = canonicalize({ ...c, seq: 1, prev: GENESIS_HASH });
    } catch {
      reference = 'threw';
    }
    if (label === 'NaN score') assert.equal(body, 'threw', 'a non-finite number fails the batch, as before');
    else assert.equal(body, reference, label);
  }
  assert.equal(compared, odd.length);
});
