import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { trimEndChars } from './strings.js';

test('trimEndChars equals the regex it replaces', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('/', 'a', ' ', '.', '(', '-', 'x') }), (s) => {
      assert.equal(trimEndChars(s, '/'), s.replace(/\/+$/, ''));
      assert.equal(trimEndChars(s, ' ./(-'), s.replace(/[ ./(-]+$/, ''));
    }),
    { numRuns: 300 },
  );
});
