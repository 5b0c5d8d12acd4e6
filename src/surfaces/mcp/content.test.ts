import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ContentPart, Provenance } from '../../engine/types.js';
import type { JsonPath } from './content.js';
import { collectStrings, MAX_DEPTH, MAX_STRINGS, pathLabel, replaceStrings } from './content.js';

// The walk as it was before session 8 (a path copied at every node, Object.entries, labels by
// map/join/replace): the oracle for the single-stack walk.
function oracle(value: unknown, provenance: Provenance): { parts: ContentPart[]; paths: JsonPath[]; truncated: boolean } {
  const label = (path: JsonPath): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '$';
  const parts: ContentPart[] = [];
  const paths: JsonPath[] = [];
  let truncated = false;
  const walk = (v: unknown, path: (string | number)[], depth: number): void => {
    if (truncated) return;
    if (depth > MAX_DEPTH) {
      truncated = true;
      return;
    }
    if (typeof v === 'string') {
      if (parts.length >= MAX_STRINGS) {
        truncated = true;
        return;
      }
      if (v.length === 0) return;
      parts.push({ text: v, provenance, label: label(path) });
      paths.push([...path]);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const binary = obj.type === 'image' || obj.type === 'audio';
      for (const [k, child] of Object.entries(obj)) {
        if (k === 'type' || k === 'mimeType' || k === '_meta' || k === 'blob') continue;
        if (binary && k === 'data') continue;
        walk(child, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return { parts, paths, truncated };
}

const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('type', 'mimeType', '_meta', 'blob', 'data', 'text', '__proto__', '.', '[0]'));
const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.constant(''), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('image', 'audio', 'text'));
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.array(fc.tuple(key, tie('tree')), { maxLength: 4 }).map((es) => JSON.parse(`{${es.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`) as unknown)),
}));

void test('collectStrings walks as the copying walk did: same parts, labels, paths (property)', () => {
  fc.assert(
    fc.property(tree, (v) => {
      assert.deepStrictEqual(collectStrings(v, 'model'), oracle(v, 'model'));
    }),
    { numRuns: 200 },
  );
});

void test('collectStrings: labels, skipped keys, binary items, and both bounds', () => {
  const r = collectStrings({ content: [{ type: 'text', text: 'a' }, { type: 'image', data: 'QQ==', mimeType: 'image/png', alt: 'b' }], _meta: { x: 'c' }, '': 'd' }, 'tool:s/t');
  assert.deepStrictEqual(
    r.parts.map((p) => p.label),
    ['content[0].text', 'content[1].alt', '$'],
  );
  assert.deepStrictEqual(r.paths, [['content', 0, 'text'], ['content', 1, 'alt'], ['']]);
  assert.equal(r.truncated, false);
  assert.equal(pathLabel([]), '$');
  assert.equal(pathLabel([0, 'a']), '[0].a');
  let deep: unknown = 'x';
  for (let i = 0; i <= MAX_DEPTH; i++) deep = [deep];
  assert.equal(collectStrings(deep, 'model').truncated, true);
  assert.equal(collectStrings(Array.from({ length: MAX_STRINGS + 1 }, () => 's'), 'model').truncated, true);
  assert.equal(collectStrings(Array.from({ length: MAX_STRINGS }, () => 's'), 'model').truncated, false);
  // The paths lead replaceStrings back to the same strings.
  const value = { a: ['x', { b: 'y' }] };
  const c = collectStrings(value, 'model');
  assert.deepStrictEqual(replaceStrings(value, c.paths, c.parts.map((p) => ({ ...p, text: p.text.toUpperCase() }))), { a: ['X', { b: 'Y' }] });
});
