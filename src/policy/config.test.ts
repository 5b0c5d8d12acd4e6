import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PaviseError } from '../engine/errors.js';
import { embeddedDefaults, loadConfig, parseConfig } from './config.js';

function errorOf(fn: () => unknown): PaviseError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PaviseError);
    return e;
  }
  assert.fail('expected an error');
}

test('an unknown key is an error naming file, line and key path', () => {
  const text = 'server:\n  listen: 127.0.0.1:8787\n  lisen: 1\n';
  const e = errorOf(() => parseConfig(text, 'pavise.yaml', {}));
  assert.equal(e.code, 'PAVISE_CONFIG_INVALID');
  assert.match(e.message, /pavise\.yaml:3: server\.lisen: unknown key `lisen`/);
});

test('a bad value names its line and path, also inside maps and lists', () => {
  const text = 'providers:\n  openai:\n    baseUrl: not-a-url\nguard:\n  rules:\n    - id: r\n      detector: pii\n      threshold: 3\n      verdict: block\n';
  const e = errorOf(() => parseConfig(text, 'c.yaml', {}));
  assert.match(e.message, /c\.yaml:3: providers\.openai\.baseUrl/);
  assert.match(e.message, /c\.yaml:8: guard\.rules\[0\]\.threshold/);
});

test('YAML syntax errors and duplicate keys name the line', () => {
  assert.match(errorOf(() => parseConfig('a: [1,\n', 'x.yaml', {})).message, /x\.yaml:\d+:/);
  assert.match(errorOf(() => parseConfig('dataDir: a\ndataDir: b\n', 'x.yaml', {})).message, /x\.yaml:2/);
});

test('${ENV} expands; ${ENV:-default} falls back; unset warns', () => {
  const text = 'providers:\n  openai:\n    baseUrl: ${BASE:-https://api.openai.com/v1}\n    apiKey: ${KEY}\n';
  const ok = parseConfig(text, 'f', { KEY: 'sk-test' });
  assert.equal(ok.config.providers.openai?.apiKey, 'sk-test');
  assert.equal(ok.config.providers.openai?.baseUrl, 'https://api.openai.com/v1');
  const missing = parseConfig(text, 'f', {});
  assert.equal(missing.config.providers.openai?.apiKey, '');
  assert.match(missing.warnings[0] ?? '', /KEY is not set/);
});

test('defaults are secure: loopback listen, bounded body and depth, audit fails closed', () => {
  const { config } = embeddedDefaults('/tmp', {});
  assert.equal(config.server.listen, '127.0.0.1:8787');
  assert.ok(config.server.bodyLimit <= 8 * 1024 * 1024);
  assert.ok(config.server.maxJsonDepth <= 128);
  assert.equal(config.audit.failOpen, false);
  assert.equal(config.audit.storeBodies, false);
});

test('loadConfig: explicit missing file is PAVISE_CONFIG_NOT_FOUND; cwd pavise.yaml is found', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-cfg-'));
  assert.equal(errorOf(() => loadConfig('nope.yaml', dir, {})).code, 'PAVISE_CONFIG_NOT_FOUND');
  assert.equal(loadConfig(undefined, dir, {}).path, undefined);
  writeFileSync(join(dir, 'pavise.yaml'), 'dataDir: ./d\n');
  const loaded = loadConfig(undefined, dir, {});
  assert.equal(loaded.path, join(dir, 'pavise.yaml'));
  assert.equal(loaded.config.dataDir, './d');
});
