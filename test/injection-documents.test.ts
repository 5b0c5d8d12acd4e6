// Split hygiene of the document-injection corpus (scripts/injection-data/documents.ts): test rows
// must not share a base document or an injected sentence with train/dev rows, labels must be
// balanced, and the inserted sentence must be locatable for the trainer.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentRows } from '../scripts/injection-data/documents.js';
import { BASE_DOCS, HUMAN_DOCS } from '../scripts/injection-data/documents-base.js';
import { INJECTIONS, SPLIT_INJECTIONS } from '../scripts/injection-data/documents-inject.js';

const SEED = 20261121;
const rows = documentRows(SEED);
const strip = (s: string): string => s.replace(/^[a-z]{2}\|/, '');
// A distinctive line of each base document (longest line; markers resolved to their default).
const sig = (t: string): string => t.replace(/\{\{INS\|([^}]*)\}\}/g, '$1').split('\n').sort((a, b) => b.length - a.length)[0] ?? t;

void test('documents corpus is deterministic and balanced', () => {
  assert.deepEqual(documentRows(SEED), rows);
  const pos = rows.filter((r) => r.label === 1).length;
  const neg = rows.length - pos;
  assert.ok(rows.length >= 1500, `only ${rows.length} rows`);
  assert.ok(Math.abs(pos - neg) / rows.length < 0.1, `unbalanced: ${pos} vs ${neg}`);
  for (const r of rows) {
    assert.equal(r.direction, 'tool_result');
    assert.equal(r.source.includes('heldout'), r.split === 'test');
  }
});

void test('no test row shares a base document or an injected sentence with train/dev', () => {
  const inTest = (text: string): boolean[] => [
    rows.some((r) => r.split === 'test' && r.text.includes(text)),
    rows.some((r) => r.split !== 'test' && r.text.includes(text)),
  ];
  for (const d of [...BASE_DOCS, ...HUMAN_DOCS]) {
    const [t, tr] = inTest(sig(d.text));
    assert.ok(!(t && tr), `base document in both splits: ${sig(d.text).slice(0, 60)}`);
  }
  const sentences = [...Object.values(INJECTIONS).flat().map(strip), ...SPLIT_INJECTIONS.flat()];
  for (const s of sentences) {
    const line = s.split('\n')[0] ?? s;
    const [t, tr] = inTest(line);
    assert.ok(!(t && tr), `injected sentence in both splits: ${line.slice(0, 60)}`);
  }
  // Both sides are actually populated (the checks above would pass vacuously otherwise).
  assert.ok(rows.filter((r) => r.split === 'test' && r.label === 1).length > 150);
  assert.ok(rows.filter((r) => r.split === 'train' && r.label === 1).length > 400);
});

void test('attack rows carry the inserted sentence as it appears in the text', () => {
  const attacks = rows.filter((r) => r.label === 1);
  const located = attacks.filter((r) => r.payload !== undefined && r.text.includes(r.payload));
  assert.ok(located.length / attacks.length > 0.95, `${located.length}/${attacks.length} located`);
  for (const r of rows.filter((x) => x.label === 0)) assert.equal(r.payload, undefined);
});
