// `pavise audit verify|export|tail|pubkey` in-process against a generated log.
import assert from 'node:assert/strict';
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import canonicalizeModule from 'canonicalize';
import { main } from '../../src/cli/main.js';
import { openAudit } from '../../src/audit/index.js';
import { AUDIT_DEFAULTS, allowVerdict, makeEvent, tempDir } from './support.js';

const canonicalize = canonicalizeModule as unknown as (v: unknown) => string;

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdin: () => Promise.resolve(''), cwd, env: {} });
  return { code, out, err };
}

async function setup(): Promise<{ cwd: string; dataDir: string }> {
  const cwd = tempDir('pavise-audit-cli-');
  const dataDir = join(cwd, 'data');
  writeFileSync(join(cwd, 'pavise.yaml'), 'dataDir: ./data\n');
  const audit = openAudit({ dataDir, config: { ...AUDIT_DEFAULTS, checkpointEvery: 3 } });
  const findings = [{ detector: 'injection', kind: 'override', score: 0.97, part: 0, span: { start: 0, end: 5 }, view: 'raw' as const, evidence: 'instruction override' }];
  await audit.sink.append(makeEvent(0), allowVerdict());
  await audit.sink.append(makeEvent(1), { ...allowVerdict(findings), decision: 'block', code: 'PAVISE_CONTENT_BLOCKED', message: 'blocked' });
  for (let i = 2; i < 8; i++) await audit.sink.append(makeEvent(i), allowVerdict());
  await audit.log.appendRecord({ kind: 'server.quarantined', principal: 'system', resource: { kind: 'server', id: 'files' }, data: { reason: 'definition changed' } });
  await audit.close();
  return { cwd, dataDir };
}

void test('verify passes on a clean log and fails naming the record after a change', async () => {
  const { cwd, dataDir } = await setup();
  const ok = await run(['audit', 'verify'], cwd);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /^ok: 9 records \(1\.\.9\), \d+ checkpoints, 0 after the last checkpoint/);
  const json = JSON.parse((await run(['audit', 'verify', '--json'], cwd)).out);
  assert.equal(json.ok, true);
  const db = new Database(join(dataDir, 'audit.db'));
  db.exec('DROP TRIGGER audit_records_no_update');
  db.prepare(`UPDATE audit_records SET body = replace(body, '"decision":"block"', '"decision":"allow"') WHERE seq = 2`).run();
  db.close();
  const bad = await run(['audit', 'verify'], cwd);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /PAVISE_AUDIT_TAMPERED: changed record 2/);
});

void test('export jsonl lines re-verify outside Pavise; ocsf maps requests to 6003 and findings to 2004', async () => {
  const { cwd } = await setup();
  const jsonl = await run(['audit', 'export', '--format', 'jsonl'], cwd);
  assert.equal(jsonl.code, 0, jsonl.err);
  const lines = jsonl.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 9);
  let prev = '0'.repeat(64);
  for (const l of lines) {
    const { hash, ...rec } = l;
    assert.equal(rec.prev, prev);
    assert.equal(createHash('sha256').update(canonicalize(rec)).digest('hex'), hash);
    prev = hash as string;
  }
  const ocsf = (await run(['audit', 'export', '--format', 'ocsf'], cwd)).out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(ocsf.filter((e) => e.class_uid === 6003).length, 9);
  const finding = ocsf.find((e) => e.class_uid === 2004);
  assert.equal(finding?.finding_info.title, 'injection: override');
  const blocked = ocsf.find((e) => e.class_uid === 6003 && e.metadata.sequence === 2);
  assert.equal(blocked.disposition_id, 2);
  assert.equal(blocked.status_code, 'PAVISE_CONTENT_BLOCKED');
  assert.equal(blocked.type_uid, 600301);
  for (const e of ocsf) assert.equal(e.type_uid, e.class_uid * 100 + e.activity_id);
  const out = join(cwd, 'x.jsonl');
  assert.equal((await run(['audit', 'export', '--format', 'jsonl', '--from', '8', '--out', out], cwd)).code, 0);
  assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 2);
  assert.equal((await run(['audit', 'export', '--format', 'csv'], cwd)).code, 2);
});

void test('tail prints the newest records; pubkey prints a usable Ed25519 key', async () => {
  const { cwd } = await setup();
  const tail = await run(['audit', 'tail', '-n', '3'], cwd);
  assert.equal(tail.code, 0, tail.err);
  const rows = tail.out.trim().split('\n');
  assert.deepEqual(rows.map((r) => r.split('\t')[0]), ['7', '8', '9']);
  assert.match(rows[2] ?? '', /server\.quarantined\tsystem\t-\tserver:files/);
  const pk = await run(['audit', 'pubkey'], cwd);
  assert.equal(createPublicKey(pk.out).asymmetricKeyType, 'ed25519');
  const none = await run(['audit', 'verify'], tempDir());
  assert.equal(none.code, 1);
  assert.match(none.err, /no audit log/);
});
