// `pavise keys …` in-process, and `pavise serve` as a real process (the only way to prove it
// listens, answers, authenticates with a CLI-created key and stops on SIGTERM).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { parseListen } from '../../src/cli/commands/serve.js';
import { startScriptedUpstream } from '../helpers/scripted-upstream.js';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { cwd, env: {}, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

void test('keys create/list/revoke: the key is printed once, list never shows it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-cli-'));
  try {
    writeFileSync(join(dir, 'pavise.yaml'), 'dataDir: ./data\n');
    const c = await run(['keys', 'create', '--name', 'ci', '--role', 'admin', '--role', 'dev', '--tenant', 'acme', '--json'], dir);
    assert.equal(c.code, 0, c.err);
    const created = JSON.parse(c.out) as { key: string; id: string; roles: string[]; tenant: string };
    assert.match(created.key, /^pvs_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(created.roles, ['admin', 'dev']);
    assert.equal(created.tenant, 'acme');
    const l = await run(['keys', 'list', '--json'], dir);
    assert.equal(l.code, 0);
    assert.ok(!l.out.includes(created.key.slice(8)));
    assert.equal((JSON.parse(l.out) as unknown[]).length, 1);
    assert.equal((await run(['keys', 'create', '--name', 'ci'], dir)).code, 2, 'duplicate name is a usage error');
    assert.equal((await run(['keys', 'revoke', 'ci'], dir)).code, 0);
    assert.match((await run(['keys', 'list'], dir)).out, /revoked/);
    assert.equal((await run(['keys', 'revoke', 'nope'], dir)).code, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('parseListen accepts HOST:PORT and [v6]:PORT only', () => {
  assert.deepEqual(parseListen('127.0.0.1:8787'), { host: '127.0.0.1', port: 8787 });
  assert.deepEqual(parseListen('[::1]:9000'), { host: '::1', port: 9000 });
  assert.throws(() => parseListen('8787'));
  assert.throws(() => parseListen('h:99999'));
});

void test('pavise serve starts, authenticates a CLI key, proxies, and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-serve-'));
  const upstream = await startScriptedUpstream();
  try {
    writeFileSync(join(dir, 'pavise.yaml'), `dataDir: ./data\nserver: { listen: "127.0.0.1:0" }\nproviders:\n  openai: { baseUrl: "${upstream.url}/v1", apiKey: sk-up }\n`);
    const key = (JSON.parse((await run(['keys', 'create', '--name', 'svc', '--role', 'admin', '--json'], dir)).out) as { key: string }).key;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', "import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })", 'serve', '--config', join(dir, 'pavise.yaml')], {
      cwd: process.cwd(),
      env: { ...process.env, PAVISE_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      // Start-up under the tsx loader (transpiling, warming every detector, compiling the Cedar
      // policy on its worker) took > 20 s once at load ~20 on 2 cores; the bound only catches a hang.
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(stderr);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    try {
      assert.equal((await fetch(`${url}/healthz`)).status, 200);
      const r = await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'What is the weather in Paris today?' }] }) });
      const body = await r.text();
      assert.ok(r.status === 200 || r.status === 503, body); // 503 only if a built-in detector fails closed
      const r401 = await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.equal(r401.status, 401);
      assert.ok(!stderr.includes(key), 'the key never appears in logs');
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    }
  } finally {
    await upstream.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
