import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AhoCorasick } from './aho-corasick.js';

function naive(keywords: readonly string[], text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  keywords.forEach((k, i) => {
    const kl = k.toLowerCase();
    for (let p = lower.indexOf(kl); p >= 0; p = lower.indexOf(kl, p + 1)) out.push(`${i}@${p}`);
  });
  return out.sort();
}

void test('finds overlapping keywords case-insensitively', () => {
  const ac = new AhoCorasick(['he', 'she', 'his', 'hers', 'AKIA']);
  const hits = ac.scan('uSHErs akia');
  const got = hits.map((h) => `${ac.keywords[h.keyword]}:${h.start}-${h.end}`).sort();
  assert.deepEqual(got, ['AKIA:7-11', 'he:2-4', 'hers:2-6', 'she:1-4']);
  assert.equal(ac.test('nothing at all'), false);
  assert.equal(ac.test('x-HeRs'), true);
});

void test('non-ASCII text resets the automaton, non-ASCII keywords are refused', () => {
  const ac = new AhoCorasick(['ab']);
  assert.equal(ac.scan('a\u00e9b').length, 0);
  assert.equal(ac.scan('\u00e9ab').length, 1);
  assert.throws(() => new AhoCorasick(['\u00e9']));
  assert.throws(() => new AhoCorasick(['']));
});

void test('agrees with a naive search (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[abcAB_-]{1,4}$/), { minLength: 1, maxLength: 6 }),
      fc.stringMatching(/^[abcAB_\u00e9 -]{0,60}$/),
      (kws, text) => {
        const ac = new AhoCorasick(kws);
        const got = ac.scan(text).map((h) => `${h.keyword}@${h.start}`).sort();
        assert.deepEqual(got, naive(kws, text));
      },
    ),
    { numRuns: 200 },
  );
});

void test('scanFlat reports the same hits as scan, in the same order (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[abcAB_-]{1,4}$/), { minLength: 1, maxLength: 6 }),
      fc.stringMatching(/^[abcAB_\u00e9 -]{0,60}$/),
      (kws, text) => {
        const ac = new AhoCorasick(kws);
        const flat = ac.scanFlat(text);
        const pairs: string[] = [];
        for (let i = 0; i < flat.length; i += 2) {
          const k = flat[i] ?? -1;
          const end = flat[i + 1] ?? -1;
          pairs.push(`${k}@${end - (kws[k] ?? '').length}-${end}`);
        }
        assert.deepEqual(pairs, ac.scan(text).map((h) => `${h.keyword}@${h.start}-${h.end}`));
      },
    ),
    { numRuns: 200 },
  );
});

void test('agrees with a naive search over digits, punctuation and characters in no keyword (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[a-dA-D0-9 ._-]{1,5}$/), { minLength: 1, maxLength: 8 }),
      fc.stringMatching(/^[a-fA-F0-9 ._\-+!\u00e9\u212a]{0,80}$/),
      (kws, text) => {
        const ac = new AhoCorasick(kws);
        assert.deepEqual(ac.scan(text).map((h) => `${h.keyword}@${h.start}`).sort(), naive(kws, text));
      },
    ),
    { numRuns: 200 },
  );
});

function flatPairs(ac: AhoCorasick, text: string): string[] {
  const flat = ac.scanFlat(text);
  const pairs: string[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const k = flat[i] ?? -1;
    const end = flat[i + 1] ?? -1;
    pairs.push(`${k}@${end - (ac.keywords[k] ?? '').length}-${end}`);
  }
  return pairs;
}

void test('scanFlat on long texts (two streams) equals scan, in order, and the naive search (property)', () => {
  // Texts of 128+ characters take scanFlat's two-stream path; long keywords make the second
  // stream's lead-in (longest keyword − 1) matter; é resets the automaton on either side of mid.
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[abcAB _-]{1,12}$/), { minLength: 1, maxLength: 8 }),
      fc.array(fc.oneof(fc.stringMatching(/^[abcAB_\u00e9 -]{0,20}$/), fc.constantFrom('abcabcabcabc', 'aaaaaaaaaaaa', 'b a b a b a')), { minLength: 8, maxLength: 60 }),
      (kws, pieces) => {
        const text = pieces.join('').padEnd(128, 'a');
        const ac = new AhoCorasick(kws);
        const want = ac.scan(text).map((h) => `${h.keyword}@${h.start}-${h.end}`);
        assert.deepEqual(flatPairs(ac, text), want);
        assert.deepEqual(want.map((x) => x.split('-')[0]).sort(), naive(kws, text));
      },
    ),
    { numRuns: 200 },
  );
});

void test('scanFlat finds a keyword at every offset around the split point', () => {
  const needle = 'needle in a haystack';
  const ac = new AhoCorasick([needle, 'hay', 'a h']);
  for (const len of [128, 129, 200, 301]) {
    for (let at = 0; at + needle.length <= len; at++) {
      const text = 'x'.repeat(at) + needle + 'x'.repeat(len - at - needle.length);
      const got = flatPairs(ac, text);
      assert.deepEqual(got, [`2@${at + 10}-${at + 13}`, `1@${at + 12}-${at + 15}`, `0@${at}-${at + 20}`], `len ${len} at ${at}`);
    }
  }
});
