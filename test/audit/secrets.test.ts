// No secret or PII in clear anywhere in the data dir (database, WAL, keys), whether bodies are
// stored or not: findings keep keyed digests, stored bodies are masked, tool args are digested.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openAudit } from '../../src/audit/index.js';
import { Engine } from '../../src/engine/pipeline.js';
import { DetectorRegistry } from '../../src/engine/registry.js';
import type { Detector, Match } from '../../src/engine/types.js';
import { fakeAwsKey, testSecretsDetector } from '../helpers/detectors.js';
import { AUDIT_DEFAULTS, makeEvent, tempDir } from './support.js';

const EMAIL = /[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}/g;
/** Stand-in PII detector (the real one may not be registered yet). */
const testPiiDetector: Detector = {
  id: 'pii',
  version: 'test',
  maxMatchLength: 254,
  views: ['raw'],
  detect(view) {
    const out: Match[] = [];
    for (const m of view.text.matchAll(EMAIL)) out.push({ kind: 'email', score: 0.9, start: m.index, end: m.index + m[0].length, evidence: 'email address', entity: 'email' });
    return out;
  },
  examples: { positive: [{ text: 'a@b.io' }], negative: [{ text: 'none' }] },
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function grepDir(dir: string, needles: readonly string[]): string[] {
  const hits: string[] = [];
  for (const f of filesUnder(dir)) {
    const bytes = readFileSync(f);
    for (const n of needles) if (bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n, 'utf16le'))) hits.push(`${f}: ${n.slice(0, 6)}…`);
  }
  return hits;
}

for (const storeBodies of [false, true]) {
  void test(`a planted AWS key and email never reach the data dir in clear (storeBodies=${storeBodies})`, async () => {
    const dir = tempDir();
    const aws = fakeAwsKey(Date.now() & 0xffff);
    const email = `victim.${process.pid}@example-corp.test`;
    const audit = openAudit({ dataDir: dir, config: { ...AUDIT_DEFAULTS, storeBodies } });
    // The worker boots tsx when run from source (~1 s on a loaded machine): do not let the first
    // append race the engine's 2 s audit deadline.
    await audit.ready();
    const engine = new Engine({ registry: new DetectorRegistry([testSecretsDetector, testPiiDetector]), audit: audit.sink });
    const text = `Sure, the deploy key is ${aws} and the owner is ${email}, thanks.`;
    const out = await engine.inspect(makeEvent(2, text, { action: 'chat.output', parts: [{ text, provenance: 'model' }] }));
    assert.equal(out.decision, 'redact');
    assert.ok(out.auditId, 'the decision was recorded');
    assert.ok(out.findings.some((f) => f.detector === 'secrets') && out.findings.some((f) => f.detector === 'pii'));
    // A tool call whose arguments carry the secret and the email. Surfaces put the serialized
    // arguments in a part (that is what the detectors scan); the args object is stored as a digest,
    // or with storeBodies, with every flagged value masked.
    const args = { token: aws, to: email, note: `key ${aws}` };
    const call = await engine.inspect(
      makeEvent(3, 'upload', { action: 'tool.call', args, parts: [{ text: JSON.stringify(args), provenance: 'model', label: 'arguments' }] }),
    );
    assert.ok(call.auditId);
    // Non-request record whose data carries a secret under a secret-looking key.
    await audit.log.appendRecord({ kind: 'config.change', principal: 'cli:admin', data: { providers: { openai: { apiKey: aws } } } });

    const wal = filesUnder(dir).find((f) => f.endsWith('-wal'));
    assert.ok(wal && statSync(wal).size > 0, 'the WAL holds the fresh records while the store is open');
    assert.deepEqual(grepDir(dir, [aws, email]), [], 'secret found in clear while open');

    const rows = await audit.store.tail(10);
    const body = rows.map((r) => r.body).join('\n');
    assert.match(body, /valueDigest/);
    if (storeBodies) {
      assert.match(body, /Sure, the deploy key is \[REDACTED\] and the owner is \[REDACTED\], thanks\./, 'bodies are stored, masked');
      assert.match(body, /"token":"\[REDACTED\]"/, 'args are stored with flagged values masked');
    } else {
      assert.doesNotMatch(body, /Sure, the deploy key/, 'bodies are not stored by default');
    }
    await audit.close();
    assert.deepEqual(grepDir(dir, [aws, email]), [], 'secret found in clear after close');
  });
}
