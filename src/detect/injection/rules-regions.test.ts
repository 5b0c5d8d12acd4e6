// The per-rule regions of matchRules (rules.ts, reachOf): a rule runs on [hit − span, hit + span]
// around its gate hits only when its pattern is proven to put a gate literal in every match;
// matchRules must then find exactly what uniform REACH regions (the definition) find.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Rule, RuleHit } from './rules.js';
import { matchRules, parseRx, REACH, reachOf, RULES } from './rules.js';

const rule = (src: string, gate: readonly string[]): Pick<Rule, 're' | 'gate'> => ({ re: new RegExp(src), gate });

test('reachOf: span of a covered pattern, REACH when a match need not contain a gate', () => {
  // Every alternative contains "ignore" or "forget": span = longest match (6 + 1 + 10) + 2.
  assert.equal(reachOf(rule('\\b(?:ignore|forget)\\b [a-z]{0,10}', ['ignore', 'forget'])), 19);
  // Lookarounds read characters next to the match: counted.
  assert.equal(reachOf(rule('(?<![a-z])ignore(?= all)', ['ignore'])), 1 + 6 + 4 + 2);
  // A literal run across groups: "can't" / "cannot" are spelled by `can(?:no|')t`.
  assert.ok(reachOf(rule("\\bcan(?:no|')t (?:ever )?refuse", ["can't", 'cannot'])) < REACH);
  // "never say no" contains no gate: the rule keeps REACH (what the uniform regions gave).
  assert.equal(reachOf(rule('\\b(?:never|do not) (?:refuse|say no)', ['refuse'])), REACH);
  // An optional gate word proves nothing.
  assert.equal(reachOf(rule('(?:please )?stop', ['please'])), REACH);
  // Unbounded or unknown syntax keeps REACH.
  assert.equal(reachOf(rule('ignore.*rules', ['ignore'])), REACH);
  assert.equal(reachOf(rule('(ignore) \\1', ['ignore'])), REACH);
  assert.equal(reachOf({ re: /ignore/i, gate: ['ignore'] }), REACH);
  assert.equal(parseRx('a{2,}'), null);
});

test('reachOf never exceeds REACH and shrinks most shipped rules', () => {
  const reaches = RULES.map(reachOf);
  assert.ok(reaches.every((r) => r > 2 && r <= REACH));
  const gated = RULES.filter((r) => typeof r.gate !== 'string').length;
  assert.ok(reaches.filter((r) => r < REACH).length * 2 > gated, 'most ASCII-gated rules get a narrow region');
});

/** The definition: regions of REACH around every gate hit, first match per rule in text order. */
function reference(lower: string, dir: 'input' | 'output' | 'tool_result', detector: 'injection' | 'jailbreak'): string[] {
  const out: string[] = [];
  for (const r of RULES) {
    if (r.detector !== detector || (r.directions && !r.directions.includes(dir))) continue;
    if (typeof r.gate === 'string') continue; // script-gated rules run on the whole text either way
    const starts: number[] = [];
    for (const g of r.gate) for (let k = lower.indexOf(g); k >= 0; k = lower.indexOf(g, k + 1)) starts.push(k, k + g.length);
    const spans: [number, number][] = [];
    for (let k = 0; k < starts.length; k += 2) spans.push([Math.max(0, (starts[k] ?? 0) - REACH), Math.min(lower.length, (starts[k + 1] ?? 0) + REACH)]);
    spans.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    }
    for (const [a, b] of merged) {
      const m = r.re.exec(lower.slice(a, b));
      if (m) {
        out.push(`${r.id}@${a + m.index}-${a + m.index + m[0].length}`);
        break;
      }
    }
  }
  return out.sort();
}

const key = (hits: readonly RuleHit[]): string[] =>
  hits.filter((h) => typeof h.rule.gate !== 'string' && h.rule.id !== 'jb.many_shot').map((h) => `${h.rule.id}@${h.start}-${h.end}`).sort();

test('matchRules with per-rule regions finds what uniform REACH regions find', () => {
  const words = [...new Set(RULES.flatMap((r) => (typeof r.gate === 'string' ? [] : [...r.gate])))].filter((w) => /^[\x20-\x7e]+$/.test(w));
  const filler = [' ', ' ', '. ', '\n', ', ', 'you ', 'all ', 'previous ', 'instructions ', 'system prompt ', 'now ', 'please ', 'x'.repeat(300)];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words, ...filler), { maxLength: 120 }), fc.constantFrom('input' as const, 'tool_result' as const), fc.constantFrom('injection' as const, 'jailbreak' as const), (parts, dir, det) => {
      const lower = parts.join('').toLowerCase();
      assert.deepEqual(key(matchRules(lower, dir, det)), reference(lower, dir, det));
    }),
    { numRuns: 200, interruptAfterTimeLimit: 3000 },
  );
});
