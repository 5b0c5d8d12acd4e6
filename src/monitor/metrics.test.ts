// The metric names are a contract: docs/monitoring.md's table and METRIC_NAMES list the same
// series, and a fresh registry exposes each of them (with the documented type).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Metrics, METRIC_NAMES } from './metrics.js';

const DOC = new URL('../../docs/monitoring.md', import.meta.url);

function documented(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of readFileSync(DOC, 'utf8').matchAll(/^\| `(pavise_[a-z_]+)` \| (counter|gauge|histogram) \|/gm)) {
    if (m[1] && m[2]) out.set(m[1], m[2]);
  }
  return out;
}

void test('docs/monitoring.md lists exactly METRIC_NAMES, with the registered types', async () => {
  const docs = documented();
  assert.deepEqual([...docs.keys()].sort(), [...METRIC_NAMES].sort());
  const text = await new Metrics({}, { defaultMetrics: false }).text();
  for (const [name, type] of docs) assert.match(text, new RegExp(`^# TYPE ${name} ${type}$`, 'm'), name);
});
