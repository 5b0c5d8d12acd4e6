import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DetectContext } from '../../engine/types.js';
import { rawView } from '../normalize.js';
import { FAKE_KEYS, rng, secretSet } from './fixtures.js';
import { isPlaceholder, judgeGeneric, looksFake, scanSecrets, secretsDetector } from './index.js';
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
