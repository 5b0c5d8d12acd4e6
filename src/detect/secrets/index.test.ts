import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DetectContext } from '../../engine/types.js';
import { rawView } from '../normalize.js';
import { FAKE_KEYS, rng, secretSet } from './fixtures.js';
import fc from 'fast-check';
import { entropy, hasExample, isPlaceholder, judgeGeneric, looksFake, scanSecrets, secretsDetector } from './index.js';
import { MAX_SECRET_MATCH } from './rules.js';

const ctx: DetectContext = { action: 'chat.output', provenance: 'model', direction: 'output' };
const flagged = (t: string): boolean => secretsDetector.detect(rawView(t), ctx).some((m) => m.score >= 0.5);

void test('every positive example fires with its kind, no negative does', () => {
  assert.ok(secretsDetector.examples.positive.length >= 10 && secretsDetector.examples.negative.length >= 10);
  for (const e of secretsDetector.examples.positive) {
    const ms = secretsDetector.detect(rawView(e.text), ctx).filter((m) => m.score >= 0.5);
    assert.ok(ms.some((m) => m.kind === e.kind && m.entity !== undefined), `missed ${e.kind}: ${e.text.slice(0, 40)}`);
  }
  for (const e of secretsDetector.examples.negative) assert.equal(flagged(e.text), false, e.text);
});

void test('spans are exact: the finding covers the key and nothing else', () => {
  const r = rng(7);
  for (const [entity, make] of FAKE_KEYS) {
    if (entity === 'password' || entity === 'generic_secret' || entity === 'aws_secret_key' || entity === 'datadog_api_key' || entity === 'azure_storage_key') continue;
    const key = make(r);
    const text = `value: ${key} end`;
    const ms = scanSecrets(text).filter((m) => m.score >= 0.5);
    if (entity === 'connection_string' || entity === 'slack_webhook') {
      assert.ok(ms.length === 1 && (ms[0]?.start ?? 0) > text.indexOf(key), entity);
      continue;
    }
    assert.equal(ms.length, 1, `${entity}: ${text.slice(0, 60)}`);
    assert.equal(text.slice(ms[0]?.start, ms[0]?.end), key, entity);
  }
});

void test('dev set: recall and clean-line false positives', () => {
  const rows = secretSet('dev', 11, 3, 200);
  const pos = rows.filter((x) => x.label === 1);
  const neg = rows.filter((x) => x.label === 0);
  const tp = pos.filter((x) => flagged(x.text)).length;
  const fp = neg.filter((x) => flagged(x.text)).length;
  assert.ok(tp / pos.length >= 0.95, `recall ${tp}/${pos.length}`);
  assert.ok(fp / neg.length <= 0.03, `fp ${fp}/${neg.length}`);
});

void test('placeholders, fakes and generic judgement', () => {
  for (const v of ['${DB_PASSWORD}', 'changeme', 'xxxxxxxx', '<your-token>', '{{ secret }}', 'process.env.KEY', '********', 'foo-bar']) assert.ok(isPlaceholder(v), v);
  assert.equal(isPlaceholder('Tr0ub4dor&3'), false);
  assert.ok(looksFake('aBcDeFgHiJ123'));
  assert.equal(looksFake('Qm7RtZx2Lp9WvKc4'), false);
  assert.equal(judgeGeneric('req.body.password', { password: true, quoted: false }), 0);
  assert.ok(judgeGeneric('q8Xr2Lp0VzTn4Yk7', { password: false, quoted: true }) >= 0.5);
  assert.equal(judgeGeneric('manager', { password: true, quoted: false }), 0);
});

void test('documented example keys score below the redact threshold', () => {
  const ms = scanSecrets('aws_access_key_id = ' + 'AKIA' + 'IOSFODNN7EX' + 'AMPLE');
  assert.equal(ms.length, 1);
  assert.ok((ms[0]?.score ?? 1) < 0.5);
});

void test('PEM: block up to END; placeholder body ignored; bounded', () => {
  const body = 'MIIEowIBAAKCAQEAq7BFUxk2'.repeat(6);
  const pem = `-----BEGIN RSA ${'PRIVATE'} KEY-----\n${body}\n-----END RSA ${'PRIVATE'} KEY-----`;
  const ms = scanSecrets(`key:\n${pem}\nafter`);
  assert.equal(ms.length, 1);
  assert.equal(`key:\n${pem}\nafter`.slice(ms[0]?.start, ms[0]?.end), pem);
  assert.equal(scanSecrets(`-----BEGIN ${'PRIVATE'} KEY-----\nxxx\n-----END ${'PRIVATE'} KEY-----`).length, 0);
  const long = `-----BEGIN ${'PRIVATE'} KEY-----\n` + 'QUJD'.repeat(5000);
  const m = scanSecrets(long)[0];
  assert.ok(m && m.end - m.start <= MAX_SECRET_MATCH);
});

// ENGINEERING.md asks for < 10 ms per 64 KB; on this shared 2-core box timings swing 4x, so the
// test guards against super-linear blow-ups (1 s; quadratic would take many seconds) and bench/detectors-secrets-pii.ts reports
// the real figures.
void test('adversarial 64 KB inputs stay linear', () => {
  const shapes = ['password='.repeat(7000), 'sk-'.repeat(20000), 'a'.repeat(65536), '://a:'.repeat(12000), 'eyJ'.repeat(20000) + '.', 'token: "' + 'Ab1'.repeat(20000)];
  for (const s of shapes) {
    scanSecrets(s); // warm
    const t0 = performance.now();
    scanSecrets(s);
    const took = performance.now() - t0;
    assert.ok(took < 1000, `${s.slice(0, 10)} took ${took.toFixed(1)} ms`);
  }
});

// The fast paths below replace regexes and a Map: each must agree exactly with the definition it
// replaced (the thresholds compare floats, so entropy must be bit-identical).
const ALPHABET = [...'aAbB01xXeEmMpPlL_-.$*<>{}()[]:@#…\u0130\u212a \n'];
const str = (max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...ALPHABET, 'example', 'EXAMPLE', 'xxxx', 'changeme', 'process.env', 'foo', 'bar', '000000', 'your_', 'my-key', 'not_a_real'), { maxLength: max }).map((a) => a.join(''));

void test('entropy equals the Map-based Shannon entropy bit for bit, tabled and not', () => {
  const reference = (v: string): number => {
    if (v.length === 0) return 0;
    const counts = new Map<number, number>();
    for (let i = 0; i < v.length; i++) counts.set(v.charCodeAt(i), (counts.get(v.charCodeAt(i)) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) h -= (n / v.length) * Math.log2(n / v.length);
    return h;
  };
  fc.assert(fc.property(str(40), (v) => Object.is(entropy(v), reference(v))), { numRuns: 200 });
  const r = rng(5);
  for (const len of [1, 2, 255, 256, 257, 600]) {
    let v = '';
    for (let i = 0; i < len; i++) v += String.fromCharCode(33 + Math.floor(r() * 90));
    assert.ok(Object.is(entropy(v), reference(v)), `length ${len}`);
  }
});

void test('hasExample, looksFake and isPlaceholder agree with their regex definitions', () => {
  const fakeRef = (value: string): boolean => {
    const v = value.toLowerCase();
    if (/(.)\1{5}/.test(v)) return true;
    let run = 1;
    for (let i = 1; i < v.length; i++) {
      const c = v.charCodeAt(i);
      run = ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) && c === v.charCodeAt(i - 1) + 1 ? run + 1 : 1;
      if (run >= 8) return true;
    }
    return false;
  };
  const placeholderMarks = (v: string): boolean =>
    /\$\{|\{\{|%\(|<[a-z_]|process\.env|os\.environ|getenv|env\[|env\(|secretkeyref|valuefrom|vault:|ssm:|arn:aws/.test(v) ||
    /x{4,}|\*{3,}|\.{3}|…|_{4,}|-{4,}|0{6,}|#{3,}|your[_-]|my[_-]?(?:password|secret|token|key)|example|dummy|sample|placeholder|changeme|redacted|insert|replace|enter[_-]|fake|not[_-]?a[_-]?real|<|>/.test(v) ||
    /^(.)\1+$/.test(v) ||
    /^(?:foo|bar|baz|qux|test|demo)(?:[-_]?(?:foo|bar|baz|qux|test|demo|[0-9]))*$/.test(v);
  fc.assert(
    fc.property(str(30), (v) => {
      assert.equal(hasExample(v), /example/i.test(v), v);
      assert.equal(looksFake(v), fakeRef(v), v);
      // isPlaceholder adds leading-character and word checks on top of these marks.
      if (placeholderMarks(v.toLowerCase())) assert.equal(isPlaceholder(v), true, v);
    }),
    { numRuns: 200 },
  );
  for (const v of ['abcdefgh', 'ABCDEFGH', 'aaaaaa', 'aaaaa', 'EXAMPLE', 'exampl', 'xampleE', 'a\naaaaaa', '\n\n\n\n\n\n']) {
    assert.equal(looksFake(v), fakeRef(v), JSON.stringify(v));
    assert.equal(hasExample(v), /example/i.test(v), v);
  }
  // hasExample jumps between the lower- and upper-case x: interleavings of both.
  for (const v of ['xXeXamplE', 'XxexamplE', 'exXample', 'eXAMPLEx', 'ex', 'x', 'X', 'eXampl', 'xexampleX', 'EXAMPLE'.padStart(300, 'xX')]) {
    assert.equal(hasExample(v), /example/i.test(v), v);
  }
});

void test('the ADO connection-string rule: password= runs longer than 128 characters never match', () => {
  const value = 'Ab1'.repeat(50); // 150 characters, no terminator
  assert.equal(scanSecrets(`Server=db;Password=${value}`).some((m) => m.rule.id === 'connection_string'), false);
  const ok = 'Q7r!x9Lm2Zp';
  const ms = scanSecrets(`Server=db;User Id=app;Password=${ok};Encrypt=true`);
  assert.ok(ms.some((m) => m.rule.id === 'connection_string' && m.end - m.start === ok.length));
  // 128 exactly still matches (the precheck must not be off by one).
  const edge = 'Zx9'.repeat(42) + 'Qw';
  assert.equal(edge.length, 128);
  assert.ok(scanSecrets(`Password=${edge};`).some((m) => m.rule.id === 'connection_string'));
});

void test('generic judgement: calls, keyword arguments, slugs, quoted phrases, %-values, published samples', () => {
  const hit = (t: string): string[] => scanSecrets(t).filter((m) => m.score >= 0.5).map((m) => t.slice(m.start, m.end));
  // A '(' after punctuation is part of a random value; an identifier before '(' is a call.
  assert.deepEqual(hit(`SECRET_KEY = 'q8#x(Lm2$vR7!pZ0^tW4&nB6'`), ['q8#x(Lm2$vR7!pZ0^tW4&nB6']);
  assert.deepEqual(hit('secret = fetchSecret(name)'), []);
  // A keyword argument is judged by what it assigns.
  assert.deepEqual(hit('token = env.get("MY_TOKEN", fallback=None)'), []);
  // A lower-case slug names a secret, it is not one (but a password may be a passphrase).
  assert.deepEqual(hit('vault.read({ secret_id: "payments-service/staging" })'), []);
  assert.equal(judgeGeneric('payments-service/staging', { password: false, quoted: true }), 0);
  assert.ok(judgeGeneric('payments-service/staging', { password: true, quoted: true }) > 0);
  // A quoted label that goes on after a blank is text; a quoted value is not.
  assert.deepEqual(hit('"forgot_password": "Mot de passe oublié ?",'), []);
  assert.deepEqual(hit('"db_password": "Rk7#vQ2!mZ9x"'), ['Rk7#vQ2!mZ9x']);
  // '%' starts a template only as %VAR%, %(name)s or %s.
  assert.equal(isPlaceholder('%DB_PASSWORD%'), true);
  assert.equal(isPlaceholder('%(password)s'), true);
  assert.equal(isPlaceholder('%7Gq=2mR^xT9'), false);
  assert.deepEqual(hit('smtp_password: %7Gq=2mR^xT9'), ['%7Gq=2mR^xT9']);
  // Ruby interpolation is a reference.
  assert.deepEqual(hit('api_secret: "#{ENV.fetch(\\"API_SECRET\\")}"'), []);
  // Published samples (jwt.io, Stripe docs) and marked-up provider values stay below threshold.
  const jwtIo = ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.');
  assert.deepEqual(hit(`Authorization: Bearer ${jwtIo}`), []);
  assert.deepEqual(hit(`API_TOKEN=${jwtIo}`), []);
  assert.deepEqual(hit(`stripe.api_key = "${'sk_' + 'test_'}4eC39HqLyjWDarjtT1zdp7dc"`), []);
  assert.deepEqual(hit(`SLACK_TOKEN=${'xox' + 'b-'}this-is-a-fake-token-for-the-readme`), []);
});

void test('new formats: Django startproject keys, mysql -p passwords, long STS session tokens', () => {
  const hit = (t: string): [string, string][] => scanSecrets(t).filter((m) => m.score >= 0.5).map((m) => [m.rule.id, t.slice(m.start, m.end)]);
  const dj = 'django-' + 'insecure-' + 'w1x(7&kq=3m$z9!v#r2^b8*t5)n-0p+d4_s6@f8h^j1k3l5m7n9';
  assert.deepEqual(hit(`SECRET_KEY = '${dj}'`), [['django_secret_key', dj]]);
  assert.deepEqual(hit(`$ mysqldump -u admin -p'Tq8#wLm2zR' --all-databases > all.sql`), [['cli_password', 'Tq8#wLm2zR']]);
  assert.deepEqual(hit('mysql -h db -u app -pX9vR2mQ7tK app_db'), [['cli_password', 'X9vR2mQ7tK']]);
  assert.deepEqual(hit('mysql -u root -p shop < dump.sql'), []); // a bare -p prompts
  assert.deepEqual(hit('mysql -u root -p"$MYSQL_PWD" shop'), []);
  const r = rng(5);
  const sts = 'FwoGZXIvYXdzE' + Array.from({ length: 300 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charAt(Math.floor(r() * 64))).join('');
  assert.deepEqual(hit(`aws_session_token = "${sts}"`), [['aws_session_token', sts]]);
  // A storm of the mysql keyword stays linear (the precheck memo).
  const storm = 'mysql '.repeat(11000) + ' -p';
  const t0 = process.cpuUsage();
  scanSecrets(storm);
  const ms = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000;
  assert.ok(ms < 200, `mysql storm took ${ms} ms`);
});
