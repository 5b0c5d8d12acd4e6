// scriptsOf (session 9: native search over runs of characters below U+0370) against a plain
// per-character reference, on texts that mix long Latin runs, short ones and every script range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scriptsOf } from './rules.js';

function reference(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370) continue;
    if (c >= 0x400 && c <= 0x52f) bits |= 1;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) bits |= 2;
    else if (c >= 0x900 && c <= 0x97f) bits |= 4;
    else if (c >= 0xe00 && c <= 0xe7f) bits |= 8;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) bits |= 16;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) bits |= 32;
    else if (c >= 0x1ea0 && c <= 0x1ef9) bits |= 64;
    else if (c >= 0x590 && c <= 0x5ff) bits |= 128;
    else if (c <= 0x3ff || (c >= 0x1f00 && c <= 0x1fff)) bits |= 256;
    else if (c >= 0x980 && c <= 0x9ff) bits |= 512;
  }
  return bits;
}

// Boundaries of every range scriptsOf tests, ± 1, and surrogates / other high characters.
const EDGES = [0x36f, 0x370, 0x3ff, 0x400, 0x52f, 0x530, 0x590, 0x5ff, 0x600, 0x6ff, 0x750, 0x77f, 0x900, 0x97f, 0x980, 0x9ff, 0xe00, 0xe7f, 0x1100, 0x11ff, 0x1ea0, 0x1ef9, 0x1f00, 0x1fff, 0x2019, 0x3040, 0x30ff, 0x3130, 0x318f, 0x3400, 0x9fff, 0xac00, 0xd7af, 0xd83d, 0xde00, 0xf900, 0xfaff, 0xfb50, 0xfeff, 0xffff];

test('scriptsOf equals the per-character classification (Latin runs shorter and longer than the skip)', () => {
  const high = fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: 0x370, max: 0xffff })).map((c) => String.fromCharCode(c));
  const latinRun = fc.integer({ min: 0, max: 80 }).map((k) => 'ab c.'.repeat(k).slice(0, k));
  const text = fc.array(fc.tuple(latinRun, fc.array(high, { maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.map(([l, h]) => l + h.join('')).join(''));
  fc.assert(
    fc.property(text, (t) => {
      assert.equal(scriptsOf(t), reference(t));
    }),
    { numRuns: 200 },
  );
});

test('scriptsOf: a character after a long Latin run is found; every script at once; empty', () => {
  assert.equal(scriptsOf(''), 0);
  assert.equal(scriptsOf('x'.repeat(5000)), 0);
  assert.equal(scriptsOf('x'.repeat(5000) + 'ж'), 1);
  assert.equal(scriptsOf('ж' + 'x'.repeat(5000) + 'ש'), 1 | 128);
  const all = 'ж ب क ก 日 한 ạ ש α ব';
  assert.equal(scriptsOf(all), 1023);
  assert.equal(scriptsOf(all + 'x'.repeat(100) + all), 1023);
});
