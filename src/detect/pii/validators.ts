// Checksum and structure validators for structured personal identifiers. Each takes the
// compact form (separators removed) and answers true only for a well-formed value; they are
// what keeps random digit strings from being reported.
//
// What it misses: formats issued before the checksum scheme (old ES/IT documents are fine;
// some pre-1999 identifiers of other countries are not covered), Corsican FR NIR (2A/2B).
// Cost: O(length) each, no allocation beyond small strings. Failure mode: pure; false on
// malformed input, never throws.

function digitsOk(s: string, n: number): boolean {
  if (s.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const d = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Luhn mod-10 (payment cards, SE personnummer). */
export function luhn(s: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let v = d(s, i);
    if (v < 0 || v > 9) return false;
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return s.length > 0 && sum % 10 === 0;
}

/** Payment card: 13–19 digits, a known issuer prefix, Luhn. */
export function isCreditCard(s: string): boolean {
  if (s.length < 12 || s.length > 19 || !digitsOk(s, s.length)) return false;
  // Visa 4, Mastercard 51–55 and 2221–2720 (16 digits), Amex 34/37, Discover 6011/65/644–649,
  // Diners 36/38/300–305, JCB 3528–3589 and legacy 1800/2131 (15 digits), UnionPay 62,
  // Maestro 50/56–58/6 (12–19 digits; the only 12-digit cards).
  const maestro = /^(?:5[06-8]|6)/.test(s);
  if (s.length === 12 && !maestro) return false;
  if (s.length === 15 && /^(?:1800|2131)/.test(s)) return luhn(s);
  if (/^2/.test(s) && s.length !== 16) return false;
  if (!/^(?:4|5[0-8]|2[2-7]|3[4678]|30[0-5]|35|6[0-7])/.test(s)) return false;
  if (/^(\d)\1+$/.test(s)) return false;
  return luhn(s);
}

/** IBAN lengths per country (ISO 13616 registry, common countries). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25,
  QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

/** ISO 7064 mod 97-10 over an alphanumeric string (letters A=10 … Z=35). */
export function mod97(s: string): number {
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return -1;
  }
  return rem;
}

export function isIban(s: string): boolean {
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (len === undefined || s.length !== len) return false;
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** US SSN: AAA-GG-SSSS with area not 000/666/9xx, group not 00, serial not 0000. */
export function isUsSsn(s: string): boolean {
  if (!digitsOk(s, 9)) return false;
  const area = Number(s.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (s.slice(3, 5) === '00' || s.slice(5) === '0000') return false;
  // Well-known invalid/advertising numbers.
  if (s === '078051120' || s === '219099999' || s === '123456789') return false;
  return true;
}

/** DE Steuerliche Identifikationsnummer: 11 digits, ISO 7064 MOD 11,10, digit-frequency rule. */
export function isDeTaxId(s: string): boolean {
  if (!digitsOk(s, 11) || s[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d(s, i)] = (counts[d(s, i)] ?? 0) + 1;
  const multi = counts.filter((c) => c > 1);
  // Exactly one digit repeats (twice or three times) in the first ten.
  if (multi.length !== 1 || (multi[0] ?? 0) > 3) return false;
  return deTaxCheck(s.slice(0, 10)) === d(s, 10);
}
export function deTaxCheck(ten: string): number {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d(ten, i) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** FR NIR (numéro de sécurité sociale): 13 digits + 2-digit key = 97 − (n mod 97). */
export function isFrNir(s: string): boolean {
  if (!digitsOk(s, 15)) return false;
  if (s[0] !== '1' && s[0] !== '2') return false;
  const month = Number(s.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99))) return false;
  return 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** ES DNI: 8 digits + control letter. */
export function isEsDni(s: string): boolean {
  if (s.length !== 9 || !digitsOk(s.slice(0, 8), 8)) return false;
  return DNI_LETTERS[Number(s.slice(0, 8)) % 23] === s[8];
}
/** ES NIE: X/Y/Z + 7 digits + control letter. */
export function isEsNie(s: string): boolean {
  if (s.length !== 9) return false;
  const p = 'XYZ'.indexOf(s[0] ?? '');
  if (p < 0 || !digitsOk(s.slice(1, 8), 7)) return false;
  return DNI_LETTERS[Number(`${p}${s.slice(1, 8)}`) % 23] === s[8];
}
export function esLetter(n: number): string {
  return DNI_LETTERS[n % 23] ?? 'T';
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** IT codice fiscale check character for the first 15 characters. */
export function itCfCheck(s15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s15.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? (CF_ODD[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}
export function isItFiscalCode(s: string): boolean {
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  return itCfCheck(s.slice(0, 15)) === s[15];
}

/** NL BSN: 9 digits, "11-proof" (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11). */
export function isNlBsn(s: string): boolean {
  if (!digitsOk(s, 9) || s === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * d(s, i);
  sum -= d(s, 8);
  return sum % 11 === 0;
}

function validDate(y: number, m: number, day: number): boolean {
  if (m < 1 || m > 12 || day < 1) return false;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (dim[m - 1] ?? 0);
}

/** PL PESEL: 11 digits, encoded birth date, weighted checksum. */
export function isPlPesel(s: string): boolean {
  if (!digitsOk(s, 11)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (w[i] ?? 0) * d(s, i);
  if ((10 - (sum % 10)) % 10 !== d(s, 10)) return false;
  const yy = Number(s.slice(0, 2));
  let mm = Number(s.slice(2, 4));
  const dd = Number(s.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)] ?? 1900;
  mm %= 20;
  return validDate(century + yy, mm, dd);
}
export function peselCheck(ten: string): number {
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (w[i] ?? 0) * d(ten, i);
  return (10 - (sum % 10)) % 10;
}

/** SE personnummer: (YY)YYMMDD + 4 digits; Luhn over the 10-digit form; valid date (or samordningsnummer day+60). */
export function isSePersonnummer(s: string): boolean {
  const ten = s.length === 12 ? s.slice(2) : s;
  if (!digitsOk(ten, 10)) return false;
  const mm = Number(ten.slice(2, 4));
  let dd = Number(ten.slice(4, 6));
  if (dd > 60) dd -= 60;
  if (!validDate(2000 + Number(ten.slice(0, 2)), mm, dd) && !validDate(1900 + Number(ten.slice(0, 2)), mm, dd)) return false;
  return luhn(ten);
}

export function isIpv4(s: string): boolean {
  const p = s.split('.');
  if (p.length !== 4) return false;
  return p.every((x) => x.length > 0 && x.length <= 3 && /^[0-9]+$/.test(x) && Number(x) <= 255 && !(x.length > 1 && x[0] === '0'));
}

/** A calendar date in d/m/y, m/d/y or y-m-d order. */
export function isPlausibleDate(s: string): boolean {
  const p = s.split(/[./-]/).map(Number);
  if (p.length !== 3) return false;
  const [a = 0, b = 0, c = 0] = p;
  if (a > 31) return validDate(a, b, c) && a >= 1900 && a <= 2100;
  const y = c < 100 ? 1900 + c : c;
  if (y < 1900 || y > 2100) return false;
  return validDate(y, b, a) || validDate(y, a, b);
}
