// The fast JCS encoder must be byte-identical to the reference `canonicalize` package.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import canonicalizeModule from 'canonicalize';
import fc from 'fast-check';
import { canonical, canonicalRecord } from './jcs.js';

const reference = canonicalizeModule as unknown as (v: unknown) => string | undefined;

const json = fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 });

void test('property: canonical() equals canonicalize on arbitrary JSON (lone surrogates, escapes)', () => {
  fc.assert(
    fc.property(json, (v) => {
      assert.equal(canonical(v), reference(v));
    }),
    { numRuns: 200 },
  );
});

const str = fc.string({ unit: 'binary', maxLength: 12 });
const finding = fc.record(
  { detector: str, kind: str, score: fc.double({ noNaN: true, noDefaultInfinity: true }), part: fc.nat(), start: fc.nat(), end: fc.nat(), view: str, evidence: str, entity: str, valueDigest: str },
  { requiredKeys: ['detector', 'kind', 'score', 'part', 'start', 'end', 'view', 'evidence', 'valueDigest'] },
);
const record = fc.record(
  {
    v: fc.constant(1),
    id: str,
    time: fc.nat(),
    kind: str,
    principal: fc.record({ id: str, kind: str, roles: fc.array(str, { maxLength: 3 }), tenant: str }, { requiredKeys: ['id'] }),
    session: str,
    action: str,
    resource: fc.record({ kind: str, id: str, server: str, labels: fc.array(str, { maxLength: 3 }) }, { requiredKeys: ['kind', 'id'] }),
    surface: str,
    event: fc.record({ id: str, time: fc.nat() }),
    verdict: fc.record(
      {
        decision: str,
        code: str,
        message: str,
        reasons: fc.array(fc.record({ source: str, id: str, message: str }), { maxLength: 3 }),
        findings: fc.array(finding, { maxLength: 3 }),
        redactions: fc.array(fc.record({ part: fc.nat(), start: fc.nat(), end: fc.nat(), entity: str }), { maxLength: 2 }),
        approvalId: str,
        obligations: fc.array(json, { maxLength: 2 }),
      },
      { requiredKeys: ['decision', 'message', 'reasons', 'findings', 'redactions', 'obligations'] },
    ),
    policyVersion: str,
    content: fc.record(
      {
        parts: fc.array(fc.record({ provenance: str, label: str, chars: fc.nat(), digest: str, text: str, truncated: fc.boolean() }, { requiredKeys: ['provenance', 'chars', 'digest'] }), { maxLength: 3 }),
        args: fc.record({ digest: str, value: json }, { requiredKeys: ['digest'] }),
      },
      { requiredKeys: ['parts'] },
    ),
    data: fc.dictionary(str, json, { maxKeys: 3 }),
    // A key the shape does not know must not break canonical order.
    zz_extra: json,
    Extra: json,
  },
  { requiredKeys: ['v', 'id', 'time', 'kind'] },
);

void test('property: canonicalRecord() equals canonicalize({...record, seq, prev})', () => {
  fc.assert(
    fc.property(record, fc.nat(), str, (r, seq, prev) => {
      assert.equal(canonicalRecord(r, seq, prev), reference({ ...r, seq, prev }));
    }),
    { numRuns: 200 },
  );
});

void test('canonicalRecord: an item that already carries seq/prev or a toJSON gets the same bytes as canonicalize', () => {
  const item = { v: 1, id: 'a', time: 1, kind: 'request', seq: 99, prev: 'old' };
  assert.equal(canonicalRecord(item, 7, 'p'), reference({ ...item, seq: 7, prev: 'p' }));
  const withToJson = { v: 1, id: 'b', time: 2, kind: 'request', toJSON: () => ({ replaced: true }) };
  assert.equal(canonicalRecord(withToJson, 3, 'q'), reference({ ...withToJson, seq: 3, prev: 'q' }));
});

void test('non-JSON values throw instead of being coerced', () => {
  assert.throws(() => canonical(Number.NaN), TypeError);
  assert.throws(() => canonical({ a: Infinity }), TypeError);
  assert.throws(() => canonical(() => 1), TypeError);
  assert.equal(canonical({ b: undefined, a: [undefined] }), '{"a":[null]}');
  assert.equal(canonical({ d: new Date(0) }), reference({ d: new Date(0) }));
});
