// Seeded generators of FAKE personal data with valid checksums, wrapped in sentences, with
// gold spans; for tests, scripts/eval-secrets-pii.ts and the benchmark. Two disjoint template
// pools (`dev`, `test`): rules were tuned on `dev`; `test` is held out.
// Cost: O(output). Failure mode: none (pure, deterministic per seed).

import type { Rng } from '../secrets/fixtures.js';
import { DIGITS, HEX, LOWER, UPPER, pick, rng, str } from '../secrets/fixtures.js';
import { IBAN_LENGTHS, deTaxCheck, esLetter, isCreditCard, isDeTaxId, isNlBsn, isPlPesel, isSePersonnummer, itCfCheck, luhn, mod97, peselCheck } from './validators.js';

const num = (r: Rng, n: number): string => str(r, DIGITS, n);
const two = (n: number): string => String(n).padStart(2, '0');

function card(r: Rng): string {
  for (;;) {
    const prefix = pick(r, ['4', '51', '55', '37', '6011', '2221']);
    const len = prefix === '37' ? 15 : 16;
    let body = prefix + num(r, len - prefix.length - 1);
    for (let c = 0; c < 10; c++) if (luhn(body + String(c))) { body += String(c); break; }
    if (body.length === len && isCreditCard(body)) {
      const sep = pick(r, [' ', '-', '']);
      return len === 15 ? [body.slice(0, 4), body.slice(4, 10), body.slice(10)].join(sep) : (body.match(/.{4}/g) ?? []).join(sep);
    }
  }
}
function iban(r: Rng): string {
  const cc = pick(r, ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'CH', 'PL']);
  const len = IBAN_LENGTHS[cc] ?? 22;
  const bban = cc === 'GB' || cc === 'NL' ? str(r, UPPER, 4) + num(r, len - 8) : num(r, len - 4);
  const check = 98 - mod97(bban + cc + '00');
  const compact = cc + two(check) + bban;
  return pick(r, [true, false]) ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact;
}
function ssn(r: Rng): string {
  const area = 1 + Math.floor(r() * 665);
  return `${String(area).padStart(3, '0')}-${two(1 + Math.floor(r() * 98))}-${String(1 + Math.floor(r() * 9998)).padStart(4, '0')}`;
}
function deTax(r: Rng): string {
  for (;;) {
    const ten = String(1 + Math.floor(r() * 9)) + num(r, 9);
    const s = ten + String(deTaxCheck(ten));
    if (isDeTaxId(s)) return s;
  }
}
function frNir(r: Rng): string {
  const base = `${pick(r, ['1', '2'])}${two(Math.floor(r() * 100))}${two(1 + Math.floor(r() * 12))}${two(1 + Math.floor(r() * 95))}${String(1 + Math.floor(r() * 989)).padStart(3, '0')}${String(1 + Math.floor(r() * 999)).padStart(3, '0')}`;
  const key = 97 - Number(BigInt(base) % 97n);
  return pick(r, [true, false]) ? `${base[0]} ${base.slice(1, 3)} ${base.slice(3, 5)} ${base.slice(5, 7)} ${base.slice(7, 10)} ${base.slice(10)} ${two(key)}` : base + two(key);
}
function esDni(r: Rng): string {
  const n = num(r, 8);
  return n + esLetter(Number(n));
}
function esNie(r: Rng): string {
  const p = Math.floor(r() * 3);
  const n = num(r, 7);
  return 'XYZ'[p] + n + esLetter(Number(`${p}${n}`));
}
function itCf(r: Rng): string {
  const s15 = str(r, UPPER, 6) + two(Math.floor(r() * 100)) + pick(r, [...'ABCDEHLMPRST']) + two(1 + Math.floor(r() * 28)) + pick(r, [...'ABCDEFGHILMZ']) + num(r, 3);
  return s15 + itCfCheck(s15);
}
function nlBsn(r: Rng): string {
  for (;;) {
    const s = num(r, 9);
    if (s[0] !== '0' && isNlBsn(s)) return s;
  }
}
function pesel(r: Rng): string {
  for (;;) {
    const ten = two(Math.floor(r() * 100)) + two(1 + Math.floor(r() * 12) + pick(r, [0, 20])) + two(1 + Math.floor(r() * 28)) + num(r, 4);
    const s = ten + String(peselCheck(ten));
    if (isPlPesel(s)) return s;
  }
}
function sePnr(r: Rng): string {
  for (;;) {
    const nine = two(Math.floor(r() * 100)) + two(1 + Math.floor(r() * 12)) + two(1 + Math.floor(r() * 28)) + num(r, 3);
    for (let c = 0; c < 10; c++) {
      const ten = nine + String(c);
      if (isSePersonnummer(ten)) return `${ten.slice(0, 6)}-${ten.slice(6)}`;
    }
  }
}
function phone(r: Rng): string {
  return pick(r, [
    () => `+1 ${2 + Math.floor(r() * 8)}${num(r, 2)} ${2 + Math.floor(r() * 8)}${num(r, 2)} ${num(r, 4)}`,
    () => `+44 20 ${num(r, 4)} ${num(r, 4)}`,
    () => `+49 30 ${num(r, 8)}`,
    () => `+33 ${1 + Math.floor(r() * 7)} ${num(r, 2)} ${num(r, 2)} ${num(r, 2)} ${num(r, 2)}`,
    () => `(${2 + Math.floor(r() * 8)}${num(r, 2)}) ${2 + Math.floor(r() * 8)}${num(r, 2)}-${num(r, 4)}`,
    () => `${2 + Math.floor(r() * 8)}${num(r, 2)}-${2 + Math.floor(r() * 8)}${num(r, 2)}-${num(r, 4)}`,
    () => `0${1 + Math.floor(r() * 9)}${num(r, 2)} ${num(r, 3)} ${num(r, 4)}`,
    () => `+${num(r, 1).replace('0', '3')}${num(r, 10)}`,
  ])();
}
function email(r: Rng): string {
  return `${str(r, LOWER, 3 + Math.floor(r() * 6))}${pick(r, ['.', '_', ''])}${str(r, LOWER, 2 + Math.floor(r() * 6))}@${pick(r, ['example.com', 'mail.co.uk', 'corp.io', 'uni-berlin.de', 'gmail.com'])}`;
}
function ipv4(r: Rng): string {
  return `${1 + Math.floor(r() * 223)}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${1 + Math.floor(r() * 254)}`;
}
function ipv6(r: Rng): string {
  return pick(r, [() => `2001:db8:${str(r, HEX, 4)}::${str(r, HEX, 3)}`, () => Array.from({ length: 8 }, () => str(r, HEX, 4)).join(':')])();
}
function dob(r: Rng): string {
  return pick(r, [() => `${two(1 + Math.floor(r() * 28))}/${two(1 + Math.floor(r() * 12))}/19${50 + Math.floor(r() * 50)}`, () => `19${50 + Math.floor(r() * 50)}-${two(1 + Math.floor(r() * 12))}-${two(1 + Math.floor(r() * 28))}`])();
}
const FIRST = ['Maria', 'John', 'Aisha', 'Lukas', 'Sofia', 'Chen', 'Olivia', 'Mateo', 'Ingrid', 'Kwame', 'Elena', 'Tomasz'];
const LAST = ['Gonzalez', 'Smith', 'Okafor', 'Müller', 'Rossi', 'Wang', 'Novak', 'Dubois', 'Andersson', 'Kowalski'];
function person(r: Rng): string {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}
function street(r: Rng): string {
  return pick(r, [
    () => `${1 + Math.floor(r() * 9999)} ${pick(r, ['Maple', 'Oak', 'Cedar Hill', 'Main', 'Sunset'])} ${pick(r, ['Street', 'Ave', 'Road', 'Blvd', 'Lane'])}`,
    () => `${pick(r, ['Haupt', 'Linden', 'Berg'])}straße ${1 + Math.floor(r() * 200)}`,
    () => `${1 + Math.floor(r() * 99)} rue de la ${pick(r, ['Paix', 'Gare', 'République'])}`,
  ])();
}

type Gen = readonly [string, (r: Rng) => string, readonly string[], readonly string[]];
/** [entity, generator, dev templates, test templates]; `{}` is the value. */
const GENS: readonly Gen[] = [
  ['email', email, ['Contact me at {}.', 'email: {}'], ['Send the invoice to <{}> please', 'Reply-To: {}']],
  ['phone', phone, ['Call me on {}', 'phone: {}'], ['You can reach the front desk at {} after 9am.', 'Tel. {} (mobile)']],
  ['credit_card', card, ['My card number is {}', 'card: {}'], ['Charge it to {} please, expiry 04/27', 'Payment method {} was declined']],
  ['iban', iban, ['IBAN: {}', 'Please transfer to {}.'], ['Wire the deposit to account {} by Friday', 'Bankverbindung {}']],
  ['us_ssn', ssn, ['SSN: {}', 'my social security number is {}'], ['Employee record: {} (SSN)', 'The form lists {} as the applicant SSN']],
  ['de_tax_id', deTax, ['Steuer-ID: {}', 'Meine Steueridentifikationsnummer ist {}'], ['Tax ID (DE): {}', 'IdNr {} laut Bescheid']],
  ['fr_nir', frNir, ['NIR : {}', 'numéro de sécurité sociale {}'], ['Mon numéro INSEE est le {}.', 'Assuré social n° {}']],
  ['es_dni', esDni, ['DNI: {}', 'mi DNI es {}'], ['Documento {} del titular', 'Titular con NIF {} registrado']],
  ['es_nie', esNie, ['NIE {}', 'número NIE: {}'], ['Residente con tarjeta {} vigente', 'extranjero {} en el padrón']],
  ['it_fiscal_code', itCf, ['codice fiscale: {}', 'CF {}'], ['Il contribuente {} risulta iscritto', 'Intestatario: {}']],
  ['nl_bsn', nlBsn, ['BSN: {}', 'mijn burgerservicenummer is {}'], ['Burgerservicenummer {} staat op de pas', 'bsn {} van de aanvrager']],
  ['pl_pesel', pesel, ['PESEL: {}', 'numer PESEL {}'], ['Pacjent PESEL {} przyjęty', 'pesel={}']],
  ['se_personnummer', sePnr, ['personnummer {}', 'Personnummer: {}'], ['Kunden med {} har betalat', 'Sökande: {}, Stockholm']],
  ['ip_address', ipv4, ['client ip {}', 'connect to {}:8080'], ['Failed login from {} at 03:12', 'X-Forwarded-For: {}']],
  ['ip_address', ipv6, ['ipv6 {}', 'addr {}'], ['Listening on [{}]:443', 'peer {} disconnected']],
  ['date_of_birth', dob, ['born on {}', 'date of birth: {}'], ['DOB {} (verified)', 'Geburtsdatum: {}']],
  ['person', person, ['My name is {}.', 'Dear {},'], ['Regards, {}', 'Patient: {} was admitted']],
  ['street_address', street, ['I live at {}.', 'Address: {}'], ['Ship to {} by Monday', 'Office moved to {}, 2nd floor']],
];

const CLEAN_DEV = [
  'Order #{n8} shipped on 2024-03-01.',
  'The build took {n3} ms and used {n4} MB.',
  'Version 1.{n2}.{n2} is out.',
  'Invoice total: $1,{n3}.{n2}',
  'Meeting moved to 12/05/2024 at 10:30.',
  'commit {h40}',
  'Rows affected: {n6}',
];
const CLEAN_TEST = [
  'Tracking number {n12} is in transit.',
  'ISBN 978-3-16-148410-0 is the second edition.',
  'Temperature readings: 21.5, 22.1, 23.8, 24.0',
  'Build {n5} finished at 2023-11-14T09:31:00Z',
  'uuid {h8}-{h4}-4{h3}-a{h3}-{h12}',
  'The population grew from {n7} to {n7}.',
  'Call stack depth {n3}, heap {n9} bytes',
  'Use npm i @types/node@20.{n2}.{n1} and std::vector.',
  'Room {n3}, floor {n1}, table {n2}',
];

function fillClean(r: Rng, t: string): string {
  return t.replace(/\{([nh])(\d+)\}/g, (_m, k: string, n: string) => (k === 'n' ? num(r, Number(n)) : str(r, HEX, Number(n))));
}

export interface PiiRow {
  readonly text: string;
  readonly entities: { type: string; start: number; end: number }[];
}

export function piiSet(split: 'dev' | 'test', seed: number, per = 12, clean = 150): PiiRow[] {
  const r = rng(seed);
  const rows: PiiRow[] = [];
  for (const [entity, gen, dev, test] of GENS) {
    for (let i = 0; i < per; i++) {
      const tpl = pick(r, split === 'dev' ? dev : test);
      const v = gen(r);
      const at = tpl.indexOf('{}');
      rows.push({ text: tpl.replace('{}', v), entities: [{ type: entity, start: at, end: at + v.length }] });
    }
  }
  const cleans = split === 'dev' ? CLEAN_DEV : CLEAN_TEST;
  for (let i = 0; i < clean; i++) rows.push({ text: fillClean(r, cleans[i % cleans.length] ?? ''), entities: [] });
  return rows;
}
