import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatSse, SseParser } from './sse.js';

void test('SseParser handles event names, multi-line data, comments and a missing final blank line', () => {
  const p = new SseParser();
  const evs = p.push(': comment\nevent: message_start\ndata: {"a":1}\n\ndata: line1\ndata: line2\n\n');
  assert.deepEqual(evs, [
    { event: 'message_start', data: '{"a":1}' },
    { event: undefined, data: 'line1\nline2' },
  ]);
  assert.deepEqual(p.push('data: tail'), []);
  assert.deepEqual(p.end(), [{ event: undefined, data: 'tail' }]);
});

void test('SseParser output does not depend on how bytes are split (CRLF, multibyte UTF-8)', () => {
  const text = formatSse('{"t":"€ 😀 ok"}', 'x') + 'data: a\r\ndata: b\r\n\r\n' + formatSse('[DONE]');
  const bytes = Buffer.from(text, 'utf8');
  const whole = new SseParser();
  const expected = [...whole.push(bytes), ...whole.end()];
  assert.equal(expected.length, 3);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
      const p = new SseParser();
      const got = [];
      let at = 0;
      for (const c of [...cuts].sort((a, b) => a - b)) {
        got.push(...p.push(bytes.subarray(at, c)));
        at = c;
      }
      got.push(...p.push(bytes.subarray(at)), ...p.end());
      assert.deepEqual(got, expected);
    }),
    { numRuns: 200 },
  );
});

void test('SseParser refuses an unbounded event', () => {
  const p = new SseParser(1000);
  assert.throws(() => p.push('data: ' + 'x'.repeat(2000)));
});
