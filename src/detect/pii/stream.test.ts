import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { REPLY_TEXT } from '../../../bench/lib/payloads.js';
import { Engine } from '../../engine/pipeline.js';
import { DetectorRegistry } from '../../engine/registry.js';
import { StreamGuard } from '../../surfaces/stream-guard.js';
import { piiSet } from './fixtures.js';
import { MAX_PII_MATCH, PII_LEFT_CONTEXT, piiDetector, scanPii } from './index.js';
import { piiStreamHoldBack } from './stream.js';

// The stream guard's contract, checked at every cut k of `text`: with h = hold(text[0..k]), the
// matches of the FULL text that start before k − h are exactly those the prefix reports there
// (so each ended inside the prefix, and releasing text[0..k−h] after redacting the prefix's
// matches leaks nothing the full text would redact). Returns the first violation, if any.
function violation(text: string, step = 1): string | undefined {
  const full = scanPii(text);
  for (let k = 0; k <= text.length; k += step) {
    const prefix = text.slice(0, k);
    const h = piiStreamHoldBack(prefix);
    if (h < 0 || h > MAX_PII_MATCH) return `hold ${h} out of range at ${k}`;
    const cut = k - h;
    if (cut <= 0) continue;
    const want = full.filter((m) => m.start < cut);
    const got = scanPii(prefix).filter((m) => m.start < cut);
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      return `k=${k} hold=${h} prefix=${JSON.stringify(prefix.slice(-80))}\n full: ${JSON.stringify(want.slice(-2))}\n prefix: ${JSON.stringify(got.slice(-2))}`;
    }
  }
  return undefined;
}

const WORDS = ['the', 'report', 'shows', 'growth', 'and', 'team', 'expects', 'to', 'ship', 'it', 'next', 'month', 'Please', 'note', 'Our', 'a', 'I', 'on'];
const CUES = ['My name is', 'Dear', 'Dr.', 'Mr', 'I am', 'Regards,', 'Patient:', 'call me', 'this is', 'name:'];
const NAMES = ['Maria', 'John', 'Lukas Müller', 'Sofia Rossi', 'J. R. Smith', 'Chen Wang Li Na', "O'Brien", 'The', 'Happy', 'Ann-Marie Dubois', 'Thijs van den Berg', "Charlie O'Connor", 'McDonald', 'Maximiliana Josefina Gonzalezfernandez Wolkensteinrodenegg'];
const TAILS = ['', '.', ',', ' and', ' The', ' Smith', '5', ' ', ':', '!'];
const STREETS = [
  '123 Main Street', '9 Cedar Hill Ave', '4410 Sunset Blvd.', '12B Oak Lane, Apt 5', '77 Maple Road, Suite 200, Springfield, IL 62704',
  '500 Old Mill Pike, Boston Heights, MA, 02115-1234', 'Hauptstraße 12a', 'Lindenweg 3', '14 rue de la Paix', 'Calle Mayor, n° 5',
  'Via della Spiga 8', '3bis, Avenue des Champs Elysees', 'ul. Długa 44', 'Keizersgracht 40bis, 1015 CJ Den Haag', '12 bis allée des Lilas, 69007 Lyon',
  'Calle Mayor 3, 2º A, 28013 Madrid', 'Vía Augusta 9 int. 4, 08006 Barcelona (BA)', 'Storgatan 5 lgh 1102, 411 38 Göteborg', 'ul. Polna 6, 90-001 Łódź', '12 Mill Road, Leeds LS1 4AB',
  '123456B, Northumberland Westerhaven Saint-Bartholomew Kensington-Upon Boulevard., Apartment 12-45a, Newcastle Greater Middlesbrough, NY, 10001-2345',
  '12ter, Avenue de la Grande-Armee-Victorieuse Republique-Francaise, n° 1234b',
];
const LONG = [
  'the.quick.brown.fox.jumps.over.the.lazy.dog.again@mail.subdomain.example-company.co.uk',
  'GB82 WEST 1234 5698 7654 32', 'FR14 2004 1010 0505 0001 3M02 606', '+44 (0) 20 7946 0958', '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('dev', 'test'), fc.nat(10_000), fc.nat(300)).map(([split, seed, i]) => {
    const rows = piiSet(split, seed, 2, 10);
    return rows[i % rows.length]?.text ?? '';
  }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CUES), fc.constantFrom(' ', '  ', '\t', ' \t '), fc.constantFrom(...NAMES), fc.constantFrom(...TAILS)).map(([c, s, n, t]) => c + s + n + t) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('I live at ', 'Ship to ', '', 'Office: '), fc.constantFrom(...STREETS), fc.constantFrom(...TAILS)).map(([a, b, c]) => a + b + c) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...'0123456789 .-/()+@:abcDEFxyZ_#'), { maxLength: 30 }).map((cs) => cs.join('')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LONG), fc.constantFrom(...TAILS)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom('jane.doe@example.org', 'a@b.co:x', 'git@github.com:org/r.git', '2001:db8::1', 'fe80::1:2:3:4', 'DE89 3704 0044 0532 0130 00', 'X1234567L', 'RSSMRA85T10A562S', '192.168.1.10', '+1 (415) 555-2671', 'born on 12/05/1987', 'DOB April 24, 1966', 'Geburtsdatum: 13. Oktober 1977', 'né le 1er mai 1990', 'born 3 May 2001') },
);
const document = fc.array(fc.tuple(fragment, fc.constantFrom(' ', '. ', '\n', ', ', '', ' - ')), { minLength: 1, maxLength: 14 }).map((xs) => xs.map(([f, s]) => f + s).join(''));

void test('hold-back contract: full-text matches before the release point are final in the prefix (property)', () => {
  fc.assert(
    fc.property(document, (text) => {
      const v = violation(text);
      assert.equal(v, undefined, v);
    }),
    { numRuns: 150, interruptAfterTimeLimit: 3000 },
  );
});

void test('hold-back contract on a deterministic table of streams', () => {
  const table = [
    `The weather is fine. My name is Maria Gonzalez and I live at 77 Maple Road, Suite 200, Springfield, IL 62704. Call me on +44 20 7946 0958 or write to jane.doe@example.org:`,
    `${REPLY_TEXT.slice(0, 200)} Dear Dr. J. R. Smith, please wire to DE89 3704 0044 0532 0130 00 today. Server 2001:db8::1 at 192.168.10.24 responded.`,
    `Regards,${' '.repeat(16)}John Smith. born on 12/05/1987 in Lyon; DNI 12345678Z; CF RSSMRA85T10A562S; SSN 536-22-1234; card 4111 1111 1111 1111 exp 12/29.`,
    `Office moved to 14 rue de la Paix, n° 5, 2nd floor. Hauptstraße 12a is closed. ${'1 2 3 4 5 6 7 8 9 0 '.repeat(20)}+1 (415) 555-2671`,
    `git clone git@github.com:org/repo.git then mail a.b@example.com: done. Version 1.2.3.4 released, order #12345678 shipped.`,
    // Right context decides: a number followed by ".x", an email followed by ":path", an IPv6 followed by a letter.
    `Tel 555-123-4567.x and 555-123-4567. Then ${'k'.repeat(64)}@mail.example-company.co.uk:path/x, fe80::1:2:3:4z and 2001:db8::1.`,
    `iban de89370400440532013000 and Dear${' '.repeat(16)}Maria Rossi, Dr. J. and Mr. Abcdefghijklmnopqrstu Vwxyz. (415) 555-2671 ok`,
  ];
  for (const text of table) assert.equal(violation(text), undefined, text);
});

void test('hold-back size: the trailing partial token on clean prose, the whole pending entity otherwise', () => {
  assert.equal(piiStreamHoldBack(''), 0);
  assert.equal(piiDetector.streamHoldBack?.(''), 0);
  assert.equal(piiDetector.streamLeftContext, PII_LEFT_CONTEXT);
  // Clean prose (the bench reply, no digits, no cue at the end): at most the trailing word (and
  // its punctuation) at every cut; nothing after a space.
  let worst = 0;
  for (let k = 0; k <= REPLY_TEXT.length; k++) {
    const prefix = REPLY_TEXT.slice(0, k);
    const h = piiStreamHoldBack(prefix);
    let token = 0;
    while (token < prefix.length && /[\w.%+@-]/.test(prefix.charAt(prefix.length - 1 - token))) token++;
    assert.ok(h <= token, `cut ${k}: hold ${h} > trailing token ${token}`);
    worst = Math.max(worst, h);
  }
  assert.ok(worst > 0 && worst < 20, `worst ${worst}`);
  assert.equal(piiStreamHoldBack('The weather is fine today. '), 0);
  const prose = REPLY_TEXT.slice(0, 300);
  // A pending entity is held from its start.
  const cases: [string, string][] = [
    [' write to some.body.with.a.very.long.local.part.indeed@mail.example-company.co', 'some.body.with.a.very.long.local.part.indeed@mail.example-company.co'],
    [' My name is Maximiliana Josefina Gonzalezfernandez Wolkenstein', 'Maximiliana Josefina Gonzalezfernandez Wolkenstein'],
    [' I live at 77 Maple Road, Suite 200, Springfield Heights Township, IL 627', '77 Maple Road, Suite 200, Springfield Heights Township, IL 627'],
    // Complete, but an apartment or city part may still follow.
    [' I live at 77 Northumberland Westerhaven Saint Bartholomew Road', '77 Northumberland Westerhaven Saint Bartholomew Road'],
  ];
  for (const [, entity] of cases) assert.ok(entity.length > PII_LEFT_CONTEXT, entity);
  for (const [tail, entity] of cases) {
    const h = piiStreamHoldBack(prose + tail);
    assert.ok(h >= entity.length, `${tail}: ${h} < ${entity.length}`);
  }
  // A finished sentence after an entity releases it (only the trailing word is held).
  assert.equal(piiStreamHoldBack(`${prose} Call me on +44 20 7946 0958 tomorrow, or later in the week if that suits you better`), 'better'.length);
});

const template = { id: 'e1', time: 0, principal: { id: 'key:t', kind: 'service' as const, roles: ['admin'] }, resource: { kind: 'model' as const, id: 'm' } };
async function guarded(text: string, cuts: readonly number[], minRelease?: number): Promise<string> {
  const g = new StreamGuard({ engine: new Engine({ registry: new DetectorRegistry([piiDetector]) }), template, ...(minRelease === undefined ? {} : { minRelease }) });
  let out = '';
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const s = await g.push(text.slice(at, c));
    assert.equal(s.kind, 'emit');
    if (s.kind === 'emit') out += s.text;
    at = c;
  }
  const s = await g.push(text.slice(at));
  if (s.kind === 'emit') out += s.text;
  const e = await g.end();
  if (e.kind === 'emit') out += e.text;
  return out;
}

void test('stream guard with the dynamic PII hold-back: any split redacts exactly like the whole text (property)', async () => {
  await fc.assert(
    fc.asyncProperty(document, fc.array(fc.nat(), { maxLength: 20 }), fc.integer({ min: 1, max: 40 }), async (text, rawCuts, minRelease) => {
      const whole = await guarded(text, []);
      const streamed = await guarded(text, rawCuts.map((c) => c % (text.length + 1)), minRelease);
      assert.equal(streamed, whole);
    }),
    { numRuns: 100, interruptAfterTimeLimit: 3000 },
  );
});
