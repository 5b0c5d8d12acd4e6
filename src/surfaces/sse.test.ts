import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatSse, SseParser, Utf8Stream } from './sse.js';

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

void test('Utf8Stream decodes any byte split exactly as one TextDecoder pass (invalid bytes, BOM, split code points)', () => {
  // Bytes biased towards UTF-8 structure: leads, continuations, ASCII, BOM pieces, invalid bytes.
  const byte = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.integer({ min: 0xc0, max: 0xff }),
    fc.constantFrom(0xef, 0xbb, 0xbf, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0xf4, 0x90),
  );
  fc.assert(
    fc.property(fc.array(byte, { maxLength: 40 }), fc.boolean(), fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 8 }), (raw, bom, cutsRaw) => {
      const bytes = Uint8Array.from(bom ? [0xef, 0xbb, 0xbf, ...raw] : raw);
      const expected = new TextDecoder('utf-8').decode(bytes);
      const d = new Utf8Stream();
      let got = '';
      let at = 0;
      for (const c of cutsRaw.filter((x) => x < bytes.length).sort((a, b) => a - b)) {
        got += d.decode(Buffer.from(bytes.subarray(at, c)));
        at = c;
      }
      got += d.decode(bytes.subarray(at)) + d.end();
      assert.equal(got, expected);
    }),
    { numRuns: 200 },
  );
});

void test('formatSse: one data line for a payload without line breaks, one per line otherwise; event names lose line breaks', () => {
  assert.equal(formatSse('{"a":1}'), 'data: {"a":1}\n\n');
  assert.equal(formatSse('a\r\nb\rc\nd', 'x\ny'), 'event: xy\ndata: a\ndata: b\ndata: c\ndata: d\n\n');
  assert.equal(formatSse('', 'e'), 'event: e\ndata: \n\n');
});

void test('SseParser: any mix of LF, CR and CRLF terminators, split anywhere, parses as the line-by-line reference', () => {
  const line = fc.oneof(fc.constant(''), fc.constantFrom('data: x', 'data:y', 'event: e', ': c', 'data: {"a":"€"}', 'id: 1', 'data'));
  const eol = fc.constantFrom('\n', '\r', '\r\n');
  fc.assert(
    fc.property(fc.array(fc.tuple(line, eol), { maxLength: 14 }), fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 8 }), (lines, cutsRaw) => {
      const text = lines.map(([l, e]) => l + e).join('');
      // Reference: split on terminators, then the WHATWG field rules.
      const expected: { event: string | undefined; data: string }[] = [];
      let ev: string | undefined;
      let data: string[] = [];
      // (A CR line end followed by an empty line's LF is one CRLF: split the text, not the input.)
      for (const l of text.split(/\r\n|\r|\n/).slice(0, -1)) {
        if (l === '') {
          if (data.length > 0) expected.push({ event: ev, data: data.join('\n') });
          ev = undefined;
          data = [];
        } else if (!l.startsWith(':')) {
          const c = l.indexOf(':');
          const field = c < 0 ? l : l.slice(0, c);
          const value = c < 0 ? '' : l.slice(c + 1).replace(/^ /, '');
          if (field === 'data') data.push(value);
          else if (field === 'event') ev = value;
        }
      }
      if (data.length > 0) expected.push({ event: ev, data: data.join('\n') });
      const p = new SseParser();
      const got = [];
      let at = 0;
      for (const c of cutsRaw.filter((x) => x < text.length).sort((a, b) => a - b)) {
        got.push(...p.push(text.slice(at, c)));
        at = c;
      }
      got.push(...p.push(text.slice(at)), ...p.end());
      assert.deepEqual(got, expected);
    }),
    { numRuns: 200 },
  );
});
