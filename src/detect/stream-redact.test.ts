import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DetectContext } from '../engine/types.js';
import { piiDetector } from './pii/index.js';
import { FAKE_KEYS, rng } from './secrets/fixtures.js';
import { secretsDetector } from './secrets/index.js';
import { BLOCK, StreamRedactor, redactText } from './stream-redact.js';

const ctx: DetectContext = { action: 'chat.output', provenance: 'model', direction: 'output' };
const opts = { detectors: [secretsDetector, piiDetector], ctx };

function streamed(text: string, cuts: number[]): string {
  const s = new StreamRedactor(opts);
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let out = '';
  let at = 0;
  for (const p of points) {
    out += s.push(text.slice(at, p));
    at = p;
  }
  out += s.push(text.slice(at));
  return out + s.end();
}

// A document with secrets and PII between filler, long enough to exceed the hold-back.
function doc(seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) {
    const [, make] = FAKE_KEYS[Math.floor(r() * FAKE_KEYS.length)] ?? ['x', () => 'x'];
    parts.push('Some filler text about the deployment. '.repeat(1 + Math.floor(r() * 40)));
    parts.push(`TOKEN=${make(r)}\n`);
    parts.push(`mail me at user${i}@example.org or call +44 20 7946 09${10 + i}. `);
  }
  return parts.join('');
}

void test('redactText masks secrets and PII', () => {
  const key = 'gh' + 'p_' + 'Qm7RtZx2Lp9WvKc4Nb8Hy3JdGs5Tf1aE8uB2';
  const out = redactText(`use ${key} and write to a.b@example.com`, opts);
  assert.equal(out, 'use [REDACTED:github_token] and write to [REDACTED:email]');
});

void test('no byte of a secret is emitted before the secret is complete', () => {
  const key = 'sk' + '-ant-api03-' + 'Qm7RtZx2Lp9WvKc4Nb8Hy3JdGs5Tf1aE8uB2'.repeat(2) + 'Lk9Jh2Gf5Ds8Az3Pq' + 'AA';
  const s = new StreamRedactor(opts);
  let out = '';
  for (const ch of `prefix ${key} suffix`) out += s.push(ch);
  out += s.end();
  assert.ok(!out.includes(key.slice(0, 12)));
  assert.equal(out, 'prefix [REDACTED:anthropic_api_key] suffix');
});

void test('stream output equals one-shot redaction for any split (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.nat(), { maxLength: 30 }), (seed, cuts) => {
      const text = doc(seed);
      assert.equal(streamed(text, cuts), redactText(text, opts));
    }),
    { numRuns: 60, interruptAfterTimeLimit: 3000 },
  );
});

void test('BLOCK stops the stream and emits nothing of the match', () => {
  const s = new StreamRedactor({ ...opts, replace: () => BLOCK });
  const out = s.push('hello jane@example.com bye') + s.end();
  assert.equal(out, 'hello ');
  assert.equal(s.blocked, true);
  assert.equal(s.push('more'), '');
});
