import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { resolveOverlaps } from './resolve.js';
import type { Span } from './resolve.js';

interface C extends Span {
  readonly id: number;
  readonly tier: number;
}

/** The reference: one stable global priority sort, then a greedy sweep with a coverage array. */
function reference(found: readonly C[]): C[] {
  const cands = found.filter((c) => c.end > c.start);
  const sorted = [...cands].sort((a, b) => a.tier - b.tier || b.score - a.score || b.end - b.start - (a.end - a.start));
  const taken = new Set<number>();
  const kept: C[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken.add(i);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const span = (maxStart: number, maxLen: number): fc.Arbitrary<Omit<C, 'id'>> =>
  fc.record({
    start: fc.integer({ min: 0, max: maxStart }),
    len: fc.integer({ min: 0, max: maxLen }),
    score: fc.constantFrom(0.3, 0.55, 0.7, 0.75, 0.9, 0.95),
    tier: fc.integer({ min: 0, max: 1 }),
  }).map(({ start, len, score, tier }) => ({ start, end: start + len, score, tier }));

test('resolveOverlaps keeps exactly what the global greedy sweep keeps', () => {
  fc.assert(
    fc.property(fc.array(span(200, 30), { maxLength: 120 }), (raw) => {
      const found = raw.map((c, id) => ({ ...c, id }));
      const got = resolveOverlaps(found, (c) => c.tier).map((c) => c.id);
      assert.deepEqual(got, reference(found).map((c) => c.id));
    }),
    { numRuns: 200 },
  );
});

test('large overlapping clusters (the numeric-key sort) match the reference too', () => {
  fc.assert(
    fc.property(fc.array(span(60, 12), { minLength: 64, maxLength: 300 }), (raw) => {
      const found = raw.map((c, id) => ({ ...c, id }));
      assert.deepEqual(resolveOverlaps(found, (c) => c.tier).map((c) => c.id), reference(found).map((c) => c.id));
    }),
    { numRuns: 60 },
  );
});

test('a storm of identical overlapping candidates keeps every other one, in start order', () => {
  const found = Array.from({ length: 5000 }, (_, id) => ({ id, start: 4 * id, end: 4 * id + 6, score: 0.7, tier: 1 }));
  const kept = resolveOverlaps(found, (c) => c.tier);
  assert.equal(kept.length, 2500);
  assert.deepEqual(kept.slice(0, 3).map((c) => c.start), [0, 8, 16]);
});

test('clusters already in priority order and start order (the linear chain path) match the reference', () => {
  // Start-sorted candidates whose priority never increases along the list: equal tier and score,
  // lengths not growing, mixed with sparse gaps so there are several clusters.
  fc.assert(
    fc.property(
      fc.array(fc.record({ gap: fc.integer({ min: 0, max: 9 }), shrink: fc.integer({ min: 0, max: 2 }) }), { minLength: 2, maxLength: 200 }),
      fc.integer({ min: 4, max: 20 }),
      (steps, len0) => {
        let start = 0;
        let len = len0;
        const found: C[] = steps.map(({ gap, shrink }, id) => {
          start += gap;
          len = Math.max(1, len - (id % 7 === 0 ? shrink : 0));
          return { id, start, end: start + len, score: 0.7, tier: 1 };
        });
        assert.deepEqual(resolveOverlaps(found, (c) => c.tier).map((c) => c.id), reference(found).map((c) => c.id));
      },
    ),
    { numRuns: 200 },
  );
});

test('the input array is left as it was (no sort or filter in place)', () => {
  const found: C[] = [
    { id: 0, start: 0, end: 5, score: 0.5, tier: 1 },
    { id: 1, start: 2, end: 9, score: 0.9, tier: 0 },
    { id: 2, start: 3, end: 3, score: 0.9, tier: 0 },
    { id: 3, start: 8, end: 12, score: 0.7, tier: 1 },
  ];
  const copy = found.map((c) => ({ ...c }));
  assert.deepEqual(resolveOverlaps(found, (c) => c.tier).map((c) => c.id), [1]);
  assert.deepEqual(found, copy);
});
