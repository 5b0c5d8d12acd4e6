import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxRegexLength } from './length.js';
import { SECRET_RULES } from './rules.js';
import { FAKE_KEYS, rng } from './fixtures.js';
import { STREAM_HOLD_FLOOR, scanSecrets, secretsStreamHoldBack } from './index.js';

void test('maxRegexLength on the syntax the rules use', () => {
  assert.equal(maxRegexLength('abc'), 3);
  assert.equal(maxRegexLength('a{2,5}b?'), 6);
  assert.equal(maxRegexLength('(?:ab|cde){3}'), 9);
  assert.equal(maxRegexLength('(?<s>[A-Z]{16})(?![A-Z0-9])'), 16);
  assert.equal(maxRegexLength('\\s{0,4}x(?=;|$)'), 5);
  assert.equal(maxRegexLength('a+'), Infinity);
  assert.equal(maxRegexLength('[\\]a]{2}'), 2);
});

void test('every secrets rule has a finite match bound within maxMatchLength', () => {
  for (const r of SECRET_RULES) {
    const n = (r.lead ?? 0) + maxRegexLength(r.re.source);
    assert.ok(Number.isFinite(n) && n <= 4200, `${r.id}: ${n}`);
  }
});

void test('streamHoldBack: clean prose holds the floor; a pending PEM or JWT holds from its start', () => {
  assert.equal(secretsStreamHoldBack('The weather is nice today and nothing here is secret-ish. '.repeat(20).replace(/secret/g, 'quiet')), STREAM_HOLD_FLOOR);
  const pem = '-----BEGIN RSA PRIVATE KEY-----\n' + 'A'.repeat(64) + '\n' + 'B'.repeat(30);
  const prose = 'Here is the file you asked for: ';
  assert.equal(secretsStreamHoldBack(prose + pem), pem.length);
  const jwtHead = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.' + 'x'.repeat(200);
  assert.ok(secretsStreamHoldBack('token: ' + jwtHead) >= jwtHead.length);
  // Long past the longest PEM block, the marker no longer holds anything back.
  assert.equal(secretsStreamHoldBack(prose + pem + ' ok'.repeat(2000)), STREAM_HOLD_FLOOR);
});

void test('property (seeded): every fake key, found in full text, starts within the hold of every prefix that cuts it', () => {
  const r = rng(11);
  for (const [entity, make] of FAKE_KEYS) {
    for (let i = 0; i < 3; i++) {
      const key = make(r);
      const text = `Config follows.\nVALUE_FOR_${entity.toUpperCase()}=${key}\nThat was all. `;
      for (const m of scanSecrets(text)) {
        // Any prefix ending inside the match must hold back at least up to the match start.
        for (let end = m.start + 1; end < m.end; end += 7) {
          const hold = secretsStreamHoldBack(text.slice(0, end));
          assert.ok(end - hold <= m.start, `${entity}: prefix ending at ${end} holds ${hold}, match starts at ${m.start}`);
        }
      }
    }
  }
});
