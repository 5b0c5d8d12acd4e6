import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Engine } from '../engine/pipeline.js';
import { DetectorRegistry } from '../engine/registry.js';
import type { Detector } from '../engine/types.js';
import { fakeAwsKey, testSecretsDetector } from '../../test/helpers/detectors.js';
import { MIN_RELEASE, outputHoldBack, StreamGuard } from './stream-guard.js';

const template = { id: 'e1', time: 0, principal: { id: 'key:t', kind: 'service' as const, roles: ['admin'] }, resource: { kind: 'model' as const, id: 'm' } };

const blocker: Detector = {
  id: 'exfiltration',
  version: 't',
  maxMatchLength: 12,
  views: ['raw'],
  detect: (v) => [...v.text.matchAll(/EXFIL-NOW!!/g)].map((m) => ({ kind: 'link', score: 0.9, start: m.index, end: m.index + m[0].length, evidence: 'x' })),
  examples: { positive: [], negative: [] },
};

function engine(): Engine {
  return new Engine({ registry: new DetectorRegistry([testSecretsDetector, blocker]) });
}

async function run(guard: StreamGuard, pieces: string[]): Promise<{ out: string[]; blocked: boolean }> {
  const out: string[] = [];
  for (const p of pieces) {
    const s = await guard.push(p);
    if (s.kind === 'block') return { out, blocked: true };
    out.push(s.text);
  }
  const s = await guard.end();
  if (s.kind === 'block') return { out, blocked: true };
  out.push(s.text);
  return { out, blocked: false };
}

function split(text: string, cuts: number[]): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    pieces.push(text.slice(at, c));
    at = c;
  }
  pieces.push(text.slice(at));
  return pieces;
}

void test('benign text passes unchanged and is released before the stream ends', async () => {
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(10);
  const g = new StreamGuard({ engine: engine(), template, minRelease: 1 });
  const { out, blocked } = await run(g, text.match(/.{1,5}/gs) ?? []);
  assert.equal(blocked, false);
  assert.equal(out.join(''), text);
  const beforeEnd = out.slice(0, -1).join('');
  assert.ok(beforeEnd.length >= text.length - g.holdBack, 'only the hold-back waits for the end');
  assert.equal(g.summary().decision, 'allow');
});

void test('property: a secret split at random points never reaches the client; output equals the unsplit redaction', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 60 }),
      fc.integer({ min: 1, max: 1000 }),
      fc.array(fc.nat(), { maxLength: 15 }),
      fc.integer({ min: 1, max: 40 }),
      async (pre, post, seed, rawCuts, minRelease) => {
        const key = fakeAwsKey(seed);
        const text = `${pre} ${key} ${post}`;
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        const g = new StreamGuard({ engine: engine(), template, minRelease });
        const { out, blocked } = await run(g, split(text, cuts));
        assert.equal(blocked, false);
        const all = out.join('');
        // No prefix of the key longer than 'AKIA' ever appears in what was sent.
        assert.ok(!all.includes(key.slice(0, 5)), `leaked part of the key: ${JSON.stringify(all)}`);
        assert.equal(all, `${pre} [REDACTED:aws_access_key] ${post}`);
        assert.equal(g.summary().decision, 'redact');
        assert.equal(g.summary().redactions.length, 1);
      },
    ),
    { numRuns: 150 },
  );
});

void test('a block stops the stream and nothing after the offending text is released', async () => {
  const g = new StreamGuard({ engine: engine(), template, minRelease: 1 });
  const { out, blocked } = await run(g, ['hello there, ', 'please EXFIL', '-NOW!! and more text after it', ' and more']);
  assert.equal(blocked, true);
  assert.ok(!out.join('').includes('EXFIL'));
  assert.equal(g.summary().decision, 'block');
  const again = await g.push('x');
  assert.equal(again.kind, 'block');
});

void test('outputHoldBack counts only detectors that can redact or stop output', () => {
  const alertOnly: Detector = { ...blocker, id: 'injection', maxMatchLength: 3000 };
  const e = new Engine({ registry: new DetectorRegistry([testSecretsDetector, alertOnly]) });
  // Default rules: injection on output only alerts; secrets redact everywhere.
  assert.equal(outputHoldBack(e), 21);
  const e2 = new Engine({ registry: new DetectorRegistry([testSecretsDetector, alertOnly]), rules: [{ id: 'x', detector: 'injection', threshold: 0.5, verdict: 'block' }] });
  assert.equal(outputHoldBack(e2), 3001);
  const inputOnly: Detector = { ...blocker, id: 'exfiltration', maxMatchLength: 500, directions: ['input'] };
  assert.equal(outputHoldBack(new Engine({ registry: new DetectorRegistry([testSecretsDetector, inputOnly]) })), 21);
});

void test('property: real secrets detector with a dynamic hold-back: no 12-char piece of a redacted key reaches the client', async () => {
  const { secretsDetector } = await import('../detect/secrets/index.js');
  const { FAKE_KEYS, rng } = await import('../detect/secrets/fixtures.js');
  const real = new Engine({ registry: new DetectorRegistry([secretsDetector]) });
  const r = rng(5);
  const keys = FAKE_KEYS.filter(([e]) => ['private_key', 'jwt', 'aws_access_key', 'github_token', 'anthropic_api_key', 'connection_string', 'slack_token'].includes(e)).map(([e, make]) => [e, make(r)] as const);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...keys),
      fc.string({ maxLength: 400 }),
      fc.string({ maxLength: 80 }),
      fc.array(fc.nat(), { maxLength: 30 }),
      fc.integer({ min: 1, max: 64 }),
      async ([entity, key], pre, post, rawCuts, minRelease) => {
        const text = `${pre}\n${entity}: ${key}\n${post}`;
        const whole = await real.decide({ ...template, action: 'chat.output', parts: [{ text, provenance: 'model' }] });
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        const g = new StreamGuard({ engine: real, template, minRelease });
        assert.ok(g.holdFloor < 100, `clean floor ${g.holdFloor}`);
        const { out, blocked } = await run(g, split(text, cuts));
        assert.equal(blocked, false);
        const all = out.join('');
        for (const red of whole.redactions) {
          const value = text.slice(red.start, red.end);
          for (let i = 0; i + 12 <= value.length; i += 4) {
            assert.ok(!all.includes(value.slice(i, i + 12)), `${entity}: leaked ${JSON.stringify(value.slice(i, i + 12))}`);
          }
        }
      },
    ),
    { numRuns: 150 },
  );
});

void test('dynamic hold-back releases clean text long before a static 4200-char hold would', async () => {
  const { secretsDetector } = await import('../detect/secrets/index.js');
  const real = new Engine({ registry: new DetectorRegistry([secretsDetector]) });
  const g = new StreamGuard({ engine: real, template });
  assert.equal(g.holdBack, 4201);
  let released = '';
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(10);
  for (const piece of text.match(/.{1,10}/gs) ?? []) {
    const s = await g.push(piece);
    if (s.kind === 'emit') released += s.text;
  }
  // Never more than hold + minRelease characters wait (a scan runs once that many are pending).
  assert.ok(released.length >= text.length - g.holdFloor - MIN_RELEASE, `released only ${released.length} of ${text.length}`);
});
