// Assertions shared by the use-versus-mention tests of each injection revision
// (src/detect/injection/mention-r*.test.ts): for a text, every strong or medium rule hit of one
// family is judged by mention.ts's mentionSpan, and a test states that all of them are mentions
// (a benign text quoting or describing an attack) or that at least one is a use (the attack
// counterpart). A text where no rule of the family fires fails both, so neither can pass vacuously.
import assert from 'node:assert/strict';
import { mentionSpan } from '../../src/detect/injection/mention.js';
import { matchRules } from '../../src/detect/injection/rules.js';

type Dir = 'input' | 'tool_result';

/** For every strong / medium hit of `family`: is it a mention? */
export function judged(text: string, family: string, dir: Dir = 'input'): boolean[] {
  const lower = text.toLowerCase();
  return matchRules(lower, dir, 'injection').filter((h) => h.rule.strength !== 'weak' && h.rule.family === family).map((h) => mentionSpan(lower, h.start, h.end, undefined, h.rule.family) !== undefined);
}

export function assertMention(text: string, family: string, dir: Dir = 'input'): void {
  const m = judged(text, family, dir);
  assert.ok(m.length > 0, `a ${family} rule fires: ${text}`);
  assert.ok(m.every(Boolean), `mention: ${text}`);
}

export function assertUse(text: string, family: string, dir: Dir = 'input'): void {
  const m = judged(text, family, dir);
  assert.ok(m.length > 0, `a ${family} rule fires: ${text}`);
  assert.ok(m.some((x) => !x), `use: ${text}`);
}
