// `pavise mcp wrap` end to end: a stdio MCP client launches the CLI, which launches
// server-everything; identity from PAVISE_KEY; the real Cedar default policy decides.
// Also `pavise mcp pins` / `pavise mcp approve` against the same data dir.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { main } from '../../src/cli/main.js';
import { openKeyStore } from '../../src/identity/index.js';
import { PinStore } from '../../src/surfaces/mcp/pins.js';
import { EVERYTHING, ROOT, textOf } from './helpers.js';

const CLI = join(ROOT, 'test/mcp/fixtures/cli.ts');

async function connect(dir: string, key: string | undefined): Promise<{ client: Client; stderr: string[] }> {
  const stderr: string[] = [];
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', CLI, 'mcp', 'wrap', '--name', 'everything', '--config', join(dir, 'pavise.yaml'), '--', process.execPath, EVERYTHING, 'stdio'],
    env: { PATH: process.env.PATH ?? '', ...(key ? { PAVISE_KEY: key } : {}) },
    cwd: ROOT,
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (c: Buffer) => stderr.push(c.toString()));
  const client = new Client({ name: 'desktop', version: '1' });
  await client.connect(transport);
  return { client, stderr };
}

void test('pavise mcp wrap serves a stdio server behind the engine for the PAVISE_KEY principal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-wrap-'));
  try {
    writeFileSync(join(dir, 'pavise.yaml'), `dataDir: ${dir}\ndetectors:\n  budgetMs: 5000\n`);
    const keys = openKeyStore(dir);
    const admin = keys.create({ name: 'desk', roles: ['admin'] }).key;
    const plain = keys.create({ name: 'plain', roles: [] }).key;
    keys.close();

    const { client } = await connect(dir, admin);
    try {
      const names = (await client.listTools()).tools.map((t) => t.name);
      assert.ok(names.includes('echo') && names.includes('get-sum'), names.join(','));
      assert.equal(textOf(await client.callTool({ name: 'echo', arguments: { message: 'through the wrapper' } })), 'Echo: through the wrapper');
      const bad = await client.callTool({ name: 'echo', arguments: {} });
      assert.equal(bad.isError, true);
    } finally {
      await client.close();
    }

    // Default policy: a key without the admin role sees and calls nothing.
    const other = await connect(dir, plain);
    try {
      assert.deepEqual((await other.client.listTools()).tools, []);
      const r = await other.client.callTool({ name: 'echo', arguments: { message: 'x' } });
      assert.equal(r.isError, true);
      assert.match(textOf(r), /^pavise_forbidden/);
    } finally {
      await other.client.close();
    }

    // The pins the wrapper recorded are visible to `pavise mcp pins`.
    const out: string[] = [];
    assert.equal(await main(['mcp', 'pins', 'everything', '--json', '--config', join(dir, 'pavise.yaml')], { stdout: (s) => out.push(s), stderr: () => undefined }), 0);
    const rows = JSON.parse(out.join('')) as Array<{ tool: string; state: string }>;
    assert.ok(rows.some((r) => r.tool === 'echo' && r.state === 'pinned'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('pavise mcp wrap refuses to start without a key', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-wrap-'));
  try {
    writeFileSync(join(dir, 'pavise.yaml'), `dataDir: ${dir}\ndetectors:\n  budgetMs: 5000\n`);
    await assert.rejects(connect(dir, undefined));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('pavise mcp approve trusts a withheld change; nothing pending exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavise-pins-'));
  try {
    writeFileSync(join(dir, 'pavise.yaml'), `dataDir: ${dir}\ndetectors:\n  budgetMs: 5000\n`);
    const pins = new PinStore(dir);
    const def = { name: 'note', description: 'Saves a note.', inputSchema: { type: 'object' } };
    pins.approve('office', def, 1);
    pins.setPending('office', { ...def, description: 'Saves a note somewhere else.' }, 'changed', 'changed', 2);
    pins.close();
    const cfg = join(dir, 'pavise.yaml');
    const out: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: () => undefined, env: { USER: 'tester' } };
    assert.equal(await main(['mcp', 'pins', '--config', cfg], io), 0);
    assert.match(out.join(''), /office\/note {2}withheld:changed/);
    assert.equal(await main(['mcp', 'approve', 'office', '--tool', 'note', '--config', cfg], io), 0);
    assert.equal(await main(['mcp', 'approve', 'office', '--config', cfg], io), 1);
    const after = new PinStore(dir);
    assert.equal(after.get('office', 'note')?.definition?.description, 'Saves a note somewhere else.');
    assert.equal(after.get('office', 'note')?.pendingHash, undefined);
    after.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
