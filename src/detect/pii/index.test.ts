import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DetectContext } from '../../engine/types.js';
import { rawView } from '../normalize.js';
import { piiSet } from './fixtures.js';
import { piiDetector, scanPii } from './index.js';
import { isCreditCard, isDeTaxId, isEsDni, isFrNir, isIban, isItFiscalCode, isNlBsn, isPlPesel, isSePersonnummer, isUsSsn } from './validators.js';

const ctx: DetectContext = { action: 'chat.output', provenance: 'model', direction: 'output' };

void test('every positive example fires with its kind, no negative does', () => {
  assert.ok(piiDetector.examples.positive.length >= 10 && piiDetector.examples.negative.length >= 10);
  for (const e of piiDetector.examples.positive) {
    const ms = piiDetector.detect(rawView(e.text), ctx).filter((m) => m.score >= 0.6);
    assert.ok(ms.some((m) => m.kind === e.kind && m.entity === e.kind), `missed ${e.kind}: ${e.text}`);
  }
  for (const e of piiDetector.examples.negative) {
    const ms = piiDetector.detect(rawView(e.text), ctx).filter((m) => m.score >= 0.6);
    assert.deepEqual(ms.map((m) => m.kind), [], e.text);
  }
});

void test('validators accept known-good and reject one-digit changes', () => {
  const good: [(s: string) => boolean, string][] = [
    [isCreditCard, '4111111111111111'], [isIban, 'DE89370400440532013000'], [isDeTaxId, '65929970489'],
    [isEsDni, '12345678Z'], [isItFiscalCode, 'RSSMRA85T10A562S'], [isPlPesel, '44051401359'], [isNlBsn, '111222333'],
    [isSePersonnummer, '8112189876'], [isFrNir, '255081416802538'],
  ];
  for (const [f, v] of good) {
    assert.ok(f(v), `${f.name} ${v}`);
    const last = v.charCodeAt(v.length - 1);
    const bad = v.slice(0, -1) + (last >= 48 && last <= 57 ? String((last - 47) % 10) : last === 90 ? 'A' : String.fromCharCode(last + 1));
    assert.equal(f(bad), false, `${f.name} ${bad}`);
  }
  assert.ok(isUsSsn('536221234'));
  assert.equal(isUsSsn('666123456'), false);
  assert.equal(isUsSsn('900123456'), false);
});

void test('spans are exact on the dev set and structured F1 is high', () => {
  let tp = 0;
  let total = 0;
  let fp = 0;
  for (const row of piiSet('dev', 5, 4, 50)) {
    const found = scanPii(row.text).filter((m) => m.score >= 0.6);
    for (const g of row.entities) {
      total++;
      if (found.some((m) => m.entity === g.type && m.start === g.start && m.end === g.end)) tp++;
    }
    fp += found.filter((m) => !row.entities.some((g) => g.type === m.entity && g.start === m.start)).length;
  }
  assert.ok(tp / total >= 0.95, `recall ${tp}/${total}`);
  assert.ok(fp <= 2, `fp ${fp}`);
});

void test('context words decide ambiguous numbers', () => {
  assert.deepEqual(scanPii('BSN: 111222333').map((m) => m.entity), ['nl_bsn']);
  assert.deepEqual(scanPii('Tracking number 5551234567 is in transit').filter((m) => m.score >= 0.6), []);
  assert.deepEqual(scanPii('phone: 5551234567').map((m) => m.entity), ['phone']);
  assert.deepEqual(scanPii('meeting on 12/05/1987').length, 0);
  assert.deepEqual(scanPii('date of birth 12/05/1987').map((m) => m.entity), ['date_of_birth']);
});
