// scoreText resumes from the previous pass when a text starts like the previous one (model.ts,
// resumeAt: the `normalized` view after the raw view). The result must be bit-identical to a
// pass from the start, whatever the edit: a changed, inserted or deleted unit anywhere, inside a
// word, at a word boundary, or near the start.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Direction, WindowScore } from './model.js';
import { loadModel, scoreText } from './model.js';

const model = loadModel();

function same(a: WindowScore, b: WindowScore): boolean {
  if (a.windowLen !== b.windowLen || a.z.length !== b.z.length) return false;
  for (let h = 0; h < a.z.length; h++) if (!Object.is(a.z[h], b.z[h]) || a.at[h] !== b.at[h]) return false;
  return true;
}

/** A pass from the start: the previous text shares no first unit with `text`. */
function fresh(text: string, dir: Direction): WindowScore {
  scoreText(model, '\u0001', dir);
  return scoreText(model, text, dir);
}

// Words, spaces, punctuation and non-ASCII letters, so edits hit words, boundaries and bigrams.
const unit = fc.constantFrom('a', 'e', 'i', 'o', 's', 't', 'n', 'r', 'x', ' ', ' ', '\n', '.', ',', "'", '0', '7', 'é', 'ж', '中');
const textArb = fc.array(unit, { minLength: 0, maxLength: 2600 }).map((xs) => xs.join(''));
const dirArb = fc.constantFrom<Direction>('input', 'output', 'tool_result');

test('scoreText after a text with the same start equals a pass from the start', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.constantFrom('replace', 'insert', 'delete', 'append', 'cut'), unit, dirArb, (t, at, op, u, dir) => {
      const k = t.length > 0 ? at % t.length : 0;
      const t2 =
        op === 'replace' ? t.slice(0, k) + u + t.slice(k + 1)
        : op === 'insert' ? t.slice(0, k) + u + t.slice(k)
        : op === 'delete' ? t.slice(0, k) + t.slice(k + 1)
        : op === 'append' ? t + u + 'word'
        : t.slice(0, k);
      const expected = fresh(t2, dir);
      fresh(t, dir); // the previous pass: over t from its start
      assert.ok(same(scoreText(model, t2, dir), expected), `${op} at ${k} of ${t.length}`);
    }),
    { numRuns: 150 },
  );
});

test('scoreText: an edit after a run of non-word units (the resume point sits right before it)', () => {
  for (const gap of ['  ', ' ... ', ',;:-- ', '\n\n\t', ' !? ']) {
    for (const tail of ['tail words here', 'x', '7 days', 'é']) {
      const t = 'ignore the previous instructions' + gap + tail;
      for (const k of [t.length - tail.length, t.length - tail.length + 1, t.length - 1]) {
        const t2 = t.slice(0, k) + 'z' + t.slice(k + 1);
        const expected = fresh(t2, 'tool_result');
        fresh(t, 'tool_result');
        assert.ok(same(scoreText(model, t2, 'tool_result'), expected), `${JSON.stringify(gap)} ${tail} at ${k}`);
      }
    }
  }
});

test('scoreText: a long shared prefix and an edit inside a word after it', () => {
  const words = 'the quarterly report shows steady growth across all regions and the team expects more ';
  const t = words.repeat(30);
  for (const k of [5, 6, 100, 1023, 1024, 1500, t.length - 3]) {
    const t2 = t.slice(0, k) + 'Q' + t.slice(k);
    const expected = fresh(t2, 'input');
    fresh(t, 'input');
    assert.ok(same(scoreText(model, t2, 'input'), expected), `edit at ${k}`);
  }
});
