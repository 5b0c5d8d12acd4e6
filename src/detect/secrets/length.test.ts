import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxRegexLength } from './length.js';
import { SECRET_RULES } from './rules.js';
import { FAKE_KEYS, rng } from './fixtures.js';
import { SECRETS_LEFT_CONTEXT, scanSecrets, secretsDetector, secretsStreamHoldBack } from './index.js';

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

void test('streamHoldBack: clean prose holds its trailing partial token; a pending PEM or JWT holds from its start', () => {
  assert.equal(secretsStreamHoldBack(''), 0);
  assert.equal(secretsDetector.streamLeftContext, SECRETS_LEFT_CONTEXT);
  assert.equal(secretsStreamHoldBack('The weather is nice today and nothing here is secret-ish. '.repeat(20).replace(/secret/g, 'quiet')), 0);
  assert.equal(secretsStreamHoldBack('The weather is nice tod'), 3);
  // A keyword still arriving holds its rule's lead too: `-us` (Mailchimp, 32 hex characters of lead).
  assert.equal(secretsStreamHoldBack('well, 0123456789abcdef0123456789abcdef-u'), 34);
  const pem = '-----BEGIN RSA PRIVATE KEY-----\n' + 'A'.repeat(64) + '\n' + 'B'.repeat(30);
  const prose = 'Here is the file you asked for: ';
  assert.equal(secretsStreamHoldBack(prose + pem), pem.length);
  const jwtHead = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.' + 'x'.repeat(200);
  assert.ok(secretsStreamHoldBack('token: ' + jwtHead) >= jwtHead.length);
  // Long past the longest PEM block, the marker no longer holds anything back.
  assert.equal(secretsStreamHoldBack(prose + pem + ' ok'.repeat(2000)), 2);
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

void test('lead characters are never blank (secretsStreamHoldBack bounds a keyword not begun yet by the trailing non-blank run)', () => {
  for (const r of SECRET_RULES) {
    if (!r.lead) continue;
    const m = /^(?:\(\?<!\[[^\]]*\]\))?\(\?<s>\[([^\]]*)\]\{(\d+)(?:,(\d+))?\}/.exec(r.re.source);
    assert.ok(m, `${r.id}: lead pattern not recognised: ${r.re.source.slice(0, 40)}`);
    assert.match(m[1] ?? '', /^[A-Za-z0-9_.~-]+$/, `${r.id}: lead class may hold blanks`);
    assert.ok(Number(m[3] ?? m[2]) >= r.lead, `${r.id}: lead ${r.lead} longer than its class run`);
  }
});
