import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unsafeUpstreamReason } from './ssrf.js';

void test('link-local, metadata and unspecified addresses are refused in every spelling', () => {
  for (const u of [
    'http://169.254.169.254/latest/meta-data/',
    'http://2852039166/',
    'http://0xa9fea9fe/',
    'http://0251.0376.0251.0376/',
    'http://[::ffff:169.254.169.254]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[64:ff9b::169.254.169.254]/',
    'http://[fe80::1%25eth0]/',
    'http://[fd00:ec2::254]/',
    'http://100.100.100.200/',
    'http://0.0.0.0:8080/',
    'http://[::]/',
    'http://metadata.google.internal./computeMetadata/v1/',
    'https://user:pw@169.254.169.254/',
    'file:///etc/passwd',
    'not a url',
  ]) {
    assert.ok(unsafeUpstreamReason(u) !== undefined, u);
  }
});

void test('loopback, private and public hosts are allowed; allowUpstreamHosts overrides', () => {
  for (const u of ['http://127.0.0.1:8787/v1', 'http://[::1]:1/', 'http://localhost/', 'http://10.0.0.1/', 'http://[fd12:3456::1]/', 'https://api.anthropic.com']) {
    assert.equal(unsafeUpstreamReason(u), undefined, u);
  }
  assert.equal(unsafeUpstreamReason('http://169.254.169.254/', ['169.254.169.254']), undefined);
  assert.equal(unsafeUpstreamReason('http://[fe80::1]/', ['[FE80::1]']), undefined);
  assert.match(unsafeUpstreamReason('http://169.254.169.254/') ?? '', /allowUpstreamHosts/);
});
