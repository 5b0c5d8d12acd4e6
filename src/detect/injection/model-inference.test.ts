// scoreText's fast paths (interleaved byte codes for int8-quantized weights, 32-bit codes for
// anything else, one or two heads, every direction) against the definition: featurize() + dot
// product per window.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Direction, Head, Model } from './model.js';
import { evidence, featurize, maxFeatures, scoreText, WINDOW, windowStarts } from './model.js';

const BITS = 12;

function head(name: string, weight: (i: number) => number): Head {
  const weights = new Float32Array(1 << BITS);
  for (let i = 0; i < weights.length; i++) weights[i] = weight(i);
  const cal = { z0: 0, slope: 1, anchor: 0.5 };
  return { name, bias: -0.5, prior: -2, weights, calibration: { input: cal, output: cal, tool_result: cal } };
}

function model(heads: readonly Head[]): Model {
  return { version: 't', evidenceK: 40, bits: BITS, mask: (1 << BITS) - 1, heads };
}

// Unquantized: thousands of distinct values (the 32-bit code path, what training scores with).
const floatHeads = [head('a', (i) => Math.sin(i * 12.9898) * 0.7), head('b', (i) => Math.cos(i * 78.233) * 0.4)];
// Quantized: int8 × scale, <= 256 distinct values per head (the byte path, what ships).
const int8Heads = [head('a', (i) => Math.fround(((Math.imul(i, 2654435761) >> 24) | 0) * 0.031)), head('b', (i) => Math.fround((((i * 7919) % 255) - 127) * 0.017))];

function reference(m: Model, text: string, dir: Direction): number[] {
  const buf = new Int32Array(maxFeatures(WINDOW));
  return m.heads.map((h) => {
    let best = -Infinity;
    for (const s of windowStarts(text.length)) {
      const n = featurize(text, s, Math.min(text.length, s + WINDOW), dir, m.mask, buf);
      let acc = 0;
      for (let j = 0; j < n; j++) acc += h.weights[buf[j] ?? 0] ?? 0;
      best = Math.max(best, h.prior + (h.bias + acc / Math.sqrt(n) - h.prior) * evidence(m, n, dir));
    }
    return best;
  });
}

for (const [label, heads] of [['float weights', floatHeads], ['int8 weights', int8Heads]] as const) {
  for (const n of [1, 2]) {
    test(`scoreText equals featurize + dot product (${label}, ${n} head${n > 1 ? 's' : ''}, every direction)`, () => {
      const m = model(heads.slice(0, n));
      fc.assert(
        fc.property(
          fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ig', 'nore', '.', '\n', 'é', '忽', 'x1', 'previous', '  '), maxLength: 700 }),
          fc.constantFrom<Direction>('input', 'output', 'tool_result'),
          (parts, dir) => {
            const text = parts.repeat(2);
            const ws = scoreText(m, text, dir);
            const want = reference(m, text, dir);
            assert.equal(ws.z.length, n);
            want.forEach((z, h) => assert.ok(Math.abs(z - (ws.z[h] ?? NaN)) < 1e-9, `head ${h}: ${z} vs ${ws.z[h]}`));
          },
        ),
        { numRuns: 40 },
      );
    });
  }
}

test('scoreText of an empty or tiny text scores the direction token alone', () => {
  const m = model(int8Heads);
  for (const t of ['', 'a', 'ab']) {
    const want = reference(m, t, 'input');
    const ws = scoreText(m, t, 'input');
    want.forEach((z, h) => assert.ok(Math.abs(z - (ws.z[h] ?? NaN)) < 1e-9));
  }
});
