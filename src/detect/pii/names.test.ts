import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { PiiMatch } from './index.js';
import { NAME_CUE, NAME_WORDS, NOT_NAMES, PII_LEFT_CONTEXT, piiCandidates, scanPii } from './index.js';

// The person-name scan as it was written before it moved to test() + offsets (exec, the match
// strings, split into words by slices): the reference the faster scan must equal exactly.
function referenceNames(text: string): PiiMatch[] {
  // The module's own regexes (global and sticky): the reference runs alone, lastIndex reset.
  const cueRe = NAME_CUE;
  const wordsRe = NAME_WORDS;
  cueRe.lastIndex = 0;
  const out: PiiMatch[] = [];
  for (let m = cueRe.exec(text); m; m = cueRe.exec(text)) {
    const at = m.index + m[0].length;
    wordsRe.lastIndex = at;
    const w = wordsRe.exec(text);
    if (!w) continue;
    const ws = w[0];
    const parts = ws.split(/[ \t]/);
    const w0 = (parts[0] ?? '').replace(/\.$/, '');
    if (NOT_NAMES.has(w0)) continue;
    let end = ws.length;
    let count = parts.length;
    while (count > 1) {
      const sp = Math.max(ws.lastIndexOf(' ', end - 1), ws.lastIndexOf('\t', end - 1));
      if (!NOT_NAMES.has(ws.slice(sp + 1, end))) break;
      end = sp;
      count--;
    }
    const cue = m[0].trim().toLowerCase();
    const honorific = count === 1 && /^(?:mr|mrs|ms|miss|dr|prof)\.?$|^dear$/.test(cue);
    const weak = count === 1 && /^(?:i am|i'm|this is|named|called|soy|sono|je suis|ich bin|ik ben|jestem)$/.test(cue);
    if (weak) continue;
    if (ws.charCodeAt(end - 1) === 46 && !/\b\p{Lu}\.$/u.test(ws.slice(0, end))) end--;
    out.push({ entity: 'person', start: at, end: at + end, score: honorific || count > 1 ? 0.7 : 0.65 });
  }
  return out;
}

const PIECES = [
  'Mr. ', 'Mrs. ', 'Dr. ', 'MR. ', 'my name is ', 'I am ', "I'm ", 'This is ', 'Dear ', 'Name: ', 'regards,\n', 'Best,\n',
  'Sincerely,\n  ', 'Thanks\r\n', 'John ', 'Smith', 'The ', "O'Connor ", 'McDonald ', 'van der ', 'Berg ', 'A. ', 'J.', 'Mr.',
  'Team ', 'Customer ', 'Happy ', 'Anna ', 'All ', 'Ann-Marie ', 'Élodie ', 'Ångström ', 'Ünal ', 'Żaneta ', '\t', ' ', '  ', '\n', '.', ',', 'x', 'Hmr. ',
  'ich bin ', 'Herr ', 'Frau ', 'Prof. ', 'soy ', 'X', 'Y.', 'Z ', 'called ', 'named ', 'Regards ', 'Kind ', '1 ', ' '.repeat(20),
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

void test('names: the test()/offset scan finds exactly what the exec/slice reference finds', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      assert.deepEqual(
        piiCandidates(text).filter((m) => m.entity === 'person'),
        referenceNames(text),
      );
    }),
    { numRuns: 200 },
  );
});

void test('names: a single-word name reads its own cue, also after earlier cues and long blank runs', () => {
  // The cue is read back from at most PII_LEFT_CONTEXT characters before the name.
  const pad = 'Dear Anna and '.repeat(3);
  for (const [cue, score] of [['Dear ', 0.7], ['Mr. ', 0.7], ['Name: ', 0.65], ['Customer: ', 0.65]] as const) {
    for (const blanks of ['', ' '.repeat(15)]) {
      const text = `${pad}${cue}${blanks}Jonas!`;
      const at = text.indexOf('Jonas');
      assert.deepEqual(scanPii(text).at(-1), { entity: 'person', start: at, end: at + 5, score }, JSON.stringify(text));
    }
  }
  // A weak cue before a single word: no name ("I am Happy", "this is Jonas" ends a sentence).
  assert.equal(scanPii('This is Jonas.').length, 0);
  assert.ok(PII_LEFT_CONTEXT >= 34);
});

void test('a Mr. storm keeps every other name, each "Mr. Mr", the last one "Mr"', () => {
  const text = 'Mr. '.repeat(4096);
  const found = scanPii(text);
  assert.equal(found.length, 2048);
  assert.deepEqual(found.slice(0, 2), [
    { entity: 'person', start: 4, end: 10, score: 0.7 },
    { entity: 'person', start: 12, end: 18, score: 0.7 },
  ]);
  assert.deepEqual(referenceNames(text).length, 4095);
});
