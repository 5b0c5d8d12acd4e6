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

void test('IPv6: addresses found, long hex/colon runs and storms are not', () => {
  const spans = (t: string): string[] => scanPii(t).filter((m) => m.entity === 'ip_address').map((m) => t.slice(m.start, m.end));
  assert.deepEqual(spans('from fe80::1 and 2001:db8:85a3::8a2e:370:7334 today'), ['fe80::1', '2001:db8:85a3::8a2e:370:7334']);
  assert.deepEqual(spans('full 2001:0db8:85a3:0000:0000:8a2e:0370:7334.'), ['2001:0db8:85a3:0000:0000:8a2e:0370:7334']);
  // Nine groups, or a run longer than any address: never an address.
  assert.deepEqual(spans('x 1:2:3:4:5:6:7:8:9 y'), []);
  assert.deepEqual(spans('1:'.repeat(5000)), []);
  assert.deepEqual(spans('time 12:30:45 and std::vector'), []);
});

void test('numbers of more than 19 digits are no identifier; a phone in digit storms is still found', () => {
  assert.deepEqual(scanPii('1 '.repeat(3000)), []);
  assert.deepEqual(scanPii('id 1234 5678 9012 3456 7890 1234'), []);
  const t = 'Call me at +44 20 7946 0958 tomorrow';
  assert.deepEqual(scanPii(t).map((m) => [m.entity, t.slice(m.start, m.end)]), [['phone', '+44 20 7946 0958']]);
});

// ENGINEERING.md asks for < 10 ms per 64 KB (bench/detectors-secrets-pii.ts measures it); on a
// shared box the test only guards against super-linear blow-ups.
void test('adversarial 64 KB inputs stay linear', () => {
  for (const s of ['1:'.repeat(32768), 'Mr. '.repeat(16384), '1 '.repeat(32768), 'a@b.'.repeat(16384), 'DE89 '.repeat(13107)]) {
    scanPii(s); // warm
    const t0 = performance.now();
    scanPii(s);
    const took = performance.now() - t0;
    assert.ok(took < 1000, `${s.slice(0, 10)} took ${took.toFixed(1)} ms`);
  }
});

void test('dates of birth with month names, multilingual cues; versions are no IP; dotted BSN', () => {
  const hit = (t: string): [string, string][] => scanPii(t).filter((m) => m.score >= 0.5).map((m) => [m.entity, t.slice(m.start, m.end)]);
  assert.deepEqual(hit('Date of birth: March 3, 1971'), [['date_of_birth', 'March 3, 1971']]);
  assert.deepEqual(hit('geboren am 4. Juli 1980 in Köln'), [['date_of_birth', '4. Juli 1980']]);
  assert.deepEqual(hit('née le 1er mars 1959 à Lyon'), [['date_of_birth', '1er mars 1959']]);
  assert.deepEqual(hit('fecha de nacimiento: 2 de mayo de 1990'), [['date_of_birth', '2 de mayo de 1990']]);
  assert.deepEqual(hit('nato il 9 settembre 1948'), [['date_of_birth', '9 settembre 1948']]);
  assert.deepEqual(hit('Data urodzenia: 1 października 1985'), [['date_of_birth', '1 października 1985']]);
  assert.deepEqual(hit('geboortedatum 30-11-1969'), [['date_of_birth', '30-11-1969']]);
  // Without a birth cue a date is no PII; an implausible day is no date.
  assert.deepEqual(hit('The release shipped on 4 July 2021.'), []);
  assert.deepEqual(hit('born 45 May 1980'), []);
  // A birth cue storm stays linear.
  const storm = 'born '.repeat(13000);
  const t0 = process.cpuUsage();
  scanPii(storm);
  const c = process.cpuUsage(t0);
  assert.ok((c.user + c.system) / 1000 < 200);
  assert.deepEqual(hit('Upgraded the firmware to 10.2.0.44 last night'), []);
  assert.deepEqual(hit('login from IP 10.2.0.44 blocked'), [['ip_address', '10.2.0.44']]);
  assert.deepEqual(hit('BSN: 1112.22.333'), [['nl_bsn', '1112.22.333']]);
  assert.deepEqual(hit('Cellulare: 347 1234567'), [['phone', '347 1234567']]);
  assert.deepEqual(hit('recapito 02/12345678'), [['phone', '02/12345678']]);
});
