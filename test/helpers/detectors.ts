// Test-only detectors, used while the real ones (src/detect/secrets, injection) may not be
// registered yet. Each has the same shape as a built-in detector; ids are suffixed so they never
// replace a real detector, and guard rules are supplied via `testGuardRules` when needed.
import type { Detector, Match } from '../../src/engine/types.js';

const AWS = /AKIA[0-9A-Z]{16}(?![0-9A-Z])/g;

/** A fake-AWS-access-key detector with the id `secrets` (so the default redact rule applies). */
export const testSecretsDetector: Detector = {
  id: 'secrets',
  version: 'test',
  maxMatchLength: 20,
  views: ['raw'],
  detect(view) {
    const out: Match[] = [];
    for (const m of view.text.matchAll(AWS)) {
      out.push({ kind: 'aws_access_key', score: 0.95, start: m.index, end: m.index + m[0].length, evidence: 'AWS access key id', entity: 'aws_access_key' });
    }
    return out;
  },
  examples: { positive: [{ text: 'key AKIAABCDEFGHIJKLMNOP' }], negative: [{ text: 'AKIA short' }] },
};

/** Marker phrase the test injection detector fires on. */
export const TEST_INJECTION_MARKER = 'PAVISE-TEST-INJECTION';

/** An injection detector with the id `injection` that fires on a fixed marker and on a classic override. */
export const testInjectionDetector: Detector = {
  id: 'injection',
  version: 'test',
  maxMatchLength: 64,
  views: ['raw'],
  detect(view) {
    const out: Match[] = [];
    const re = /PAVISE-TEST-INJECTION|ignore (?:all )?(?:previous|prior) instructions/gi;
    for (const m of view.text.matchAll(re)) {
      out.push({ kind: 'override', score: 0.99, start: m.index, end: m.index + m[0].length, evidence: 'instruction override' });
    }
    return out;
  },
  examples: { positive: [{ text: 'Ignore all previous instructions' }], negative: [{ text: 'hello' }] },
};

/** Builds a fake AWS key id deterministically from a seed (16 uppercase letters/digits). */
export function fakeAwsKey(seed = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let s = seed >>> 0 || 1;
  let tail = '';
  for (let i = 0; i < 16; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    tail += alphabet[(s >>> 16) % alphabet.length];
  }
  return `AKIA${tail}`;
}
