// The MCP gateway in front of real MCP servers from npm, spawned over stdio:
// @modelcontextprotocol/server-everything and @modelcontextprotocol/server-filesystem.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { Harness } from './helpers.js';
import { EVERYTHING, FILESYSTEM, harness, textOf } from './helpers.js';

void describe('server-everything over stdio', () => {
  let h: Harness;
  before(async () => {
    h = await harness(`    everything:\n      command: node\n      args: [${JSON.stringify(EVERYTHING)}, stdio]\n`, { deny: ['everything/get-env'] });
  });
  after(async () => {
    await h.close();
  });

  void test('its tools are pinned on first sight and listed; calls work', async () => {
    const c = await h.connect('everything');
    const names = (await c.listTools()).tools.map((t) => t.name);
    for (const n of ['echo', 'get-sum', 'get-env']) assert.ok(names.includes(n), `${n} missing from ${names.join(',')}`);
    assert.ok(h.gateway.pins.list('everything').every((p) => p.hash?.startsWith('sha256:') && p.pendingReason === undefined), 'every real tool pinned, none withheld');
    assert.equal(textOf(await c.callTool({ name: 'echo', arguments: { message: 'hello' } })), 'Echo: hello');
    const sum = await c.callTool({ name: 'get-sum', arguments: { a: 2, b: 3 } });
    assert.match(textOf(sum), /5/);
    const img = await c.callTool({ name: 'get-tiny-image', arguments: {} });
    assert.ok((img.content as Array<{ type: string }>).some((x) => x.type === 'image'), 'binary content passes through');
  });

  void test('a denied tool is neither listed nor callable', async () => {
    const c = await h.connect('everything', 'limited');
    const names = (await c.listTools()).tools.map((t) => t.name);
    assert.ok(names.includes('echo'));
    assert.ok(!names.includes('get-env'));
    const r = await c.callTool({ name: 'get-env', arguments: {} });
    assert.equal(r.isError, true);
    assert.match(textOf(r), /^pavise_forbidden/);
  });

  void test('resources and prompts are proxied, authorized and scanned', async () => {
    const c = await h.connect('everything');
    const { resources } = await c.listResources();
    assert.ok(resources.length > 0);
    const first = resources[0];
    assert.ok(first);
    const read = await c.readResource({ uri: first.uri });
    assert.ok(read.contents.length > 0);
    assert.ok(h.audit.records.some((x) => x.event.action === 'resource.read' && x.event.resource.id === first.uri && x.event.parts.length > 0));
    const { prompts } = await c.listPrompts();
    const simple = prompts.find((p) => (p.arguments ?? []).every((a) => !a.required));
    assert.ok(simple, 'a prompt without required arguments');
    const got = await c.getPrompt({ name: simple.name });
    assert.ok(got.messages.length > 0);
    const nobody = await h.connect('everything', 'nobody');
    await assert.rejects(nobody.readResource({ uri: first.uri }), /pavise_forbidden/);
  });

  void test('progress from a long-running tool is forwarded (numbers only)', async () => {
    const c = await h.connect('everything');
    const seen: Array<{ progress: number; message?: string | undefined }> = [];
    const r = await c.callTool({ name: 'trigger-long-running-operation', arguments: { duration: 1, steps: 3 } }, undefined, { onprogress: (p) => seen.push(p) });
    assert.equal(r.isError, undefined, textOf(r));
    assert.ok(seen.length >= 2, `progress notifications: ${seen.length}`);
    assert.ok(seen.every((p) => p.message === undefined));
  });
});

void describe('server-filesystem over stdio: destructive calls wait for approval', () => {
  let h: Harness;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'pavise-fs-'));
    h = await harness(`    files:\n      command: node\n      args: [${JSON.stringify(FILESYSTEM)}, ${JSON.stringify(root)}]\n`, { ttlMs: 1500 });
  });
  after(async () => {
    await h.close();
    rmSync(root, { recursive: true, force: true });
  });

  void test('reads work; write_file is held, runs after approval with progress sent meanwhile', async () => {
    const c = await h.connect('files');
    const names = (await c.listTools()).tools.map((t) => t.name);
    assert.ok(names.includes('write_file') && names.includes('list_directory'));
    const listing = await c.callTool({ name: 'list_directory', arguments: { path: root } });
    assert.equal(listing.isError, undefined, textOf(listing));

    const target = join(root, 'a.txt');
    const progress: unknown[] = [];
    const pending = c.callTool({ name: 'write_file', arguments: { path: target, content: 'approved content' } }, undefined, { onprogress: (p) => progress.push(p), timeout: 20_000 });
    let approvalId: string | undefined;
    for (let i = 0; i < 100 && !approvalId; i++) {
      await new Promise((r) => setTimeout(r, 20));
      approvalId = (await h.approvals.list({ status: 'pending' }))[0]?.id;
    }
    assert.ok(approvalId, 'an approval was created');
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(existsSync(target), false, 'nothing written before approval');
    // Approved the way an operator does it: `pavise approvals approve ID` against the same data dir.
    const cfgDir = mkdtempSync(join(tmpdir(), 'pavise-approve-'));
    writeFileSync(join(cfgDir, 'pavise.yaml'), `dataDir: ${h.dir}\n`);
    let out = '';
    const code = await main(['approvals', 'approve', approvalId, '--config', join(cfgDir, 'pavise.yaml'), '--by', 'operator'], {
      stdout: (x) => { out += x; },
      stderr: (x) => { out += x; },
      cwd: cfgDir,
      env: {},
    });
    assert.equal(code, 0, out);
    rmSync(cfgDir, { recursive: true, force: true });
    const r = await pending;
    assert.equal(r.isError, undefined, textOf(r));
    assert.equal(readFileSync(target, 'utf8'), 'approved content');
    assert.ok(progress.length >= 1, 'progress notifications while waiting');
    assert.equal((await h.approvals.get(approvalId))?.status, 'used');
  });

  void test('a denied approval refuses the call', async () => {
    const c = await h.connect('files');
    const target = join(root, 'denied.txt');
    const pending = c.callTool({ name: 'write_file', arguments: { path: target, content: 'x' } });
    let id: string | undefined;
    for (let i = 0; i < 100 && !id; i++) {
      await new Promise((r) => setTimeout(r, 20));
      id = (await h.approvals.list({ status: 'pending' }))[0]?.id;
    }
    assert.ok(id);
    await h.approvals.decide(id, 'denied', 'test-admin');
    const r = await pending;
    assert.equal(r.isError, true);
    assert.match(textOf(r), /^pavise_approval_denied: approval \S+ was denied/);
    assert.equal(existsSync(target), false);
  });

  void test('an approval that expires refuses the call', async () => {
    const c = await h.connect('files');
    const target = join(root, 'expired.txt');
    const r = await c.callTool({ name: 'write_file', arguments: { path: target, content: 'x' } });
    assert.equal(r.isError, true);
    assert.match(textOf(r), /^pavise_approval_denied: approval \S+ was expired/);
    assert.equal(existsSync(target), false);
  });
});
