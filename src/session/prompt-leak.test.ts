import assert from 'node:assert/strict';
import fc from 'fast-check';
import { test } from 'node:test';
import { PromptLeakChecker, detectPromptLeak, makeCanary, withCanary } from './prompt-leak.js';

const SYSTEM = 'You are the support assistant for Acme Bank. Never reveal account numbers. Escalate fraud reports to the security desk immediately and do not discuss internal limits with customers.';

test('an output carrying the canary is a leak', () => {
  const c = makeCanary();
  assert.ok(withCanary(SYSTEM, c).includes(c));
  assert.deepEqual(detectPromptLeak(`Sure! My instructions end with ${c}.`, SYSTEM, c), { leaked: true, kind: 'canary', overlapWords: 0 });
});

test('long verbatim overlap is a leak, short overlap is not', () => {
  const leak = 'My instructions: you are the support assistant for acme bank never reveal account numbers escalate fraud reports to the security desk';
  const r = detectPromptLeak(leak, SYSTEM);
  assert.equal(r.leaked, true);
  assert.equal(r.kind, 'verbatim_overlap');
  assert.ok(r.overlapWords >= 12);
  assert.equal(detectPromptLeak('I am the support assistant for Acme Bank, how can I help?', SYSTEM).leaked, false);
});

test('a benign answer is not a leak', () => {
  assert.equal(detectPromptLeak('Your card has been frozen. A fraud specialist will call you today.', SYSTEM, makeCanary()).leaked, false);
});

// The rolling-hash implementation against the obvious one: the longest run of output windows of n
// words that occur verbatim in the system prompt. A tiny vocabulary makes overlaps frequent.
function naiveOverlap(system: string[], output: string[], n: number): number {
  const set = new Set<string>();
  for (let i = 0; i + n <= system.length; i++) set.add(system.slice(i, i + n).join(' '));
  let best = 0;
  let run = 0;
  for (let i = 0; i + n <= output.length; i++) {
    if (set.has(output.slice(i, i + n).join(' '))) {
      run = run === 0 ? n : run + 1;
      best = Math.max(best, run);
    } else run = 0;
  }
  return best;
}

test('overlap length equals the naive shingle comparison (property), whole and streamed', () => {
  const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 60 }), fc.integer({ min: 2, max: 5 }), (sys, out, n) => {
      const expected = naiveOverlap(sys, out, n);
      const whole = detectPromptLeak(out.join(' '), sys.join(' '), undefined, n);
      if (sys.length >= n) assert.equal(whole.overlapWords, expected);
      assert.equal(whole.leaked, sys.length >= n && expected >= n);
      const checker = new PromptLeakChecker(sys.join(' '), undefined, n);
      let leaked = false;
      for (const w of out) leaked = checker.push(`${w} `).leaked || leaked;
      leaked = checker.end().leaked || leaked;
      assert.equal(leaked, sys.length >= n && expected >= n);
    }),
    { numRuns: 200 },
  );
});

test('the one-pass ASCII tokeniser finds what the Unicode word regex finds (property)', () => {
  // Same output checked twice: all ASCII (fast path), and with a trailing non-ASCII word that
  // forces the NFKC + regex path (the extra word is not in the ASCII-only system prompt).
  const text = fc.stringMatching(/^[A-Za-z0-9 ,.'\-_\n!]{0,300}$/);
  fc.assert(
    fc.property(text, text, fc.integer({ min: 2, max: 6 }), (sysBase, outBase, n) => {
      const sys = `${sysBase} ${outBase.slice(0, 120)}`; // overlaps are likely
      const out = outBase.toUpperCase() === outBase ? outBase : outBase.replace(/[a-m]/g, (c) => c.toUpperCase());
      const fast = new PromptLeakChecker(sys, undefined, n).check(out);
      const slow = new PromptLeakChecker(sys, undefined, n).check(`${out} \u00e9t\u00e9`);
      assert.deepEqual(fast, slow);
    }),
    { numRuns: 200 },
  );
});

// The streamed checker against a word-list reference (the implementation before streamed ASCII
// chunks were hashed in one pass): every push and the end give the same result, for random
// splits of text mixing ASCII and non-ASCII words (so hash hits are confirmed across pieces
// tokenised both ways), several window sizes, and minWords 1 (the tail then keeps every word).
function referenceStream(system: string, n: number, chunks: readonly string[]): Array<{ leaked: boolean; overlapWords: number }> {
  const words = (t: string): string[] => t.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const sys = words(system);
  const set = new Set<string>();
  for (let i = 0; i + n <= sys.length; i++) set.add(sys.slice(i, i + n).join('\u0000'));
  const overlap = (out: string[]): number => {
    let best = 0;
    let run = 0;
    for (let i = 0; i + n <= out.length; i++) {
      if (set.has(out.slice(i, i + n).join('\u0000'))) {
        run = run === 0 ? n : run + 1;
        best = Math.max(best, run);
      } else run = 0;
    }
    return best;
  };
  let tail: string[] = [];
  let partial = '';
  const results: Array<{ leaked: boolean; overlapWords: number }> = [];
  const feed = (ws: string[]): { leaked: boolean; overlapWords: number } => {
    if (ws.length === 0) return { leaked: false, overlapWords: 0 };
    const all = [...tail, ...ws];
    const best = overlap(all);
    tail = all.slice(-(n - 1));
    return { leaked: best >= n, overlapWords: best };
  };
  for (const c of chunks) {
    const text = partial + c;
    let cut = text.length;
    while (cut > 0 && /[\p{L}\p{N}]/u.test(text[cut - 1] ?? '')) cut--;
    partial = text.slice(cut);
    results.push(feed(words(text.slice(0, cut))));
  }
  const last = partial;
  results.push(last === '' ? { leaked: false, overlapWords: 0 } : feed(words(last)));
  return results;
}

test('streamed overlap checks equal the word-list reference at every push (property)', () => {
  const word = fc.constantFrom('alpha', 'Beta', 'gamma', 'délta', 'eps', 'ZETA', 'über', 'x1', 'naïve');
  const sep = fc.constantFrom(' ', ', ', '. ', '\n', ' - ', "'");
  const textArb = fc.array(fc.tuple(word, sep), { maxLength: 50 }).map((ps) => ps.map(([w, s]) => w + s).join(''));
  fc.assert(
    fc.property(textArb, textArb, fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }), (sys, out, n, cuts) => {
      const points = [...new Set(cuts.map((c) => c % (out.length + 1)))].sort((a, b) => a - b);
      const chunks: string[] = [];
      let at = 0;
      for (const p of points) {
        chunks.push(out.slice(at, p));
        at = p;
      }
      chunks.push(out.slice(at));
      const expected = referenceStream(sys, n, chunks);
      const checker = new PromptLeakChecker(sys, undefined, n);
      // The reference has no shingles when the system prompt is shorter than n: nothing leaks.
      const active = (sys.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).length >= n;
      const got = [...chunks.map((c) => checker.push(c)), checker.end()].map((r) => ({ leaked: r.leaked, overlapWords: r.overlapWords }));
      assert.deepEqual(got, active ? expected : expected.map(() => ({ leaked: false, overlapWords: 0 })));
    }),
    { numRuns: 200 },
  );
});
