// The `pii` detector: personal data in text.
//
// Structured identifiers (validated): email, phone (E.164, 00-international, NANP, national
// trunk-0 formats), payment cards (issuer prefix + Luhn), IBAN (country length + mod-97), US SSN
// (area/group/serial rules), DE Steuer-ID, FR NIR, ES DNI/NIE, IT codice fiscale, NL BSN,
// PL PESEL, SE personnummer (each with its checksum), IPv4/IPv6, dates of birth (only next to a
// birth cue). Best effort, context-driven: person names after cues ("my name is", "Mr.",
// "Dear", "Name:") and street addresses (house number + capitalised street + street type, or
// European street words).
//
// Context words cut false positives: identifiers whose format is not distinctive (bare 9–11
// digit national numbers, undashed SSNs, bare 10-digit phones) are reported only with a cue
// word in the 48 characters before them, or at a score below the default threshold (0.55).
// Misses: names without a cue, addresses in free international formats, phone numbers written
// with words, identifiers of countries not listed, PII in non-Latin scripts.
// Cost: a few linear regex passes (every quantifier bounded, no nested ambiguity) plus O(1)
// validation per candidate (shape regexes behind length guards, the context window built only
// when a branch reads it); the IPv6 scan carries its back-scan limit forward so a `1:1:1:…`
// storm is O(n), the letter-ID and address regexes run only on the lines that hold their
// hint (perHintLine; the rest of the text in one scan once hint lines are most of it), names
// are found with test() and offsets (no match arrays or word slices per cue), and
// overlaps are resolved per cluster (../secrets/resolve.ts); maxMatchLength 256; streamed
// output holds back only what could still change (stream.ts, usually 48 characters plus the
// trailing word). Failure mode: pure; never throws on input.

import { isIPv6 } from 'node:net';
import type { DetectContext, Detector, Match, TextView } from '../../engine/types.js';
import {
  IBAN_LENGTHS,
  isCreditCard,
  isDeTaxId,
  isEsDni,
  isEsNie,
  isFrNir,
  isIban,
  isIpv4,
  isItFiscalCode,
  isNlBsn,
  isPlausibleDate,
  isPlPesel,
  isSePersonnummer,
  isUsSsn,
} from './validators.js';
import { trimEndChars } from '../../util/strings.js';
import { resolveOverlaps } from '../secrets/resolve.js';
import { piiStreamHoldBack } from './stream.js';

export const MAX_PII_MATCH = 256;

export interface PiiMatch {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

// Numeric candidates: a digit run with single separators (space . / -) or parentheses between
// digit groups. INVARIANT: alternatives start with disjoint characters, so matching is linear.
const NUM = /[+(]?\d(?:\d|[ ./-](?=[\d(])|\) ?(?=\d)|\((?=\d)){5,40}/g;
const IBAN_RE = /\b[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]|[ ](?=[A-Za-z0-9])){10,40}/g;
const LETTER_ID = /\b(?:[XYZ]-?\d{7}-?[A-Z]|\d{8}-?[A-Z]|[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])\b/g;
// INVARIANT: the cue's blank run is bounded (16) and every cue word is ≤ 17 characters (a
// closing's line break alternative ≤ 23 with its blanks), so a whole cue match is ≤ 33
// characters: the left context a name needs is bounded (1 + 33 ≤ PII_LEFT_CONTEXT), and
// stream.ts's cue rescan (36 characters before the longest name) still sees it.
// Cues: self-introductions, form labels, honorifics, role nouns ("customer", "klant", "kunden",
// "titular") and letter closings, in EN, DE, FR, ES, IT, NL, PL, SV. The alternatives are grouped
// by first letter (same order within a letter, so the same matches): irregexp then tries one
// group per position instead of every cue, which a `Mr. Mr. …` storm and clean text pay for.
/** Left context scanPii reads before a match (Detector.streamLeftContext; stream.ts INVARIANT). */
export const PII_LEFT_CONTEXT = 48;
export const NAME_CUE =
  /\b(?:(?:m(?:y name is|r\.?|rs\.?|s\.?|iss|e llamo|i chiamo|ijn naam is|me|evr\.|vh)|n(?:ame is|amed|ame ?:|om ?:|ombre ?:|ombre completo:|ome ?:|aam ?:|amn ?:|azwisko ?:|achname ?:|azywam się)|i(?: am|'m|mię i nazwisko:|nhaber|ch heiße|ch bin|k ben)|t(?:his is|itular)|c(?:all me|alled|ontact person:?|ustomer:?|ognome ?:|lient|liente|aller)|d(?:r\.?|ear|hr\.)|p(?:rof\.?|atient:?|rénom ?:)|s(?:incerely,|igned by|urname ?:|poke with|oy|ono|ig\.ra|ig\.|r\.|ra\.)|regards,|employee:?|a(?:ttn:?|pellidos ?:|chternaam ?:)|vorname ?:|f(?:ull name ?:|rau|r\.)|k(?:lant|unden|undin|lient)|beneficiary|j(?:e m'appelle|ag heter|e suis|estem)|herr)[ \t]{1,16}|(?:regards|s(?:incerely|aluti|aludo|aludos)|thanks|c(?:heers|ordialement)|best|g(?:roet|rüßen|rüssen)|pozdrawiam|hälsningar),?[ \t]{0,4}\r?\n[ \t]{0,4})/gi;
// A name word may hold a second capital (O'Connor, McDonald); lower-case particles (van den,
// de, di, von, …) may come before a later word. INVARIANT: mirrored by NAME_PREFIX in stream.ts;
// particles are lower case and words start upper case, so the parts cannot overlap.
export const NAME_WORDS =
  /(?:\p{Lu}[\p{Ll}'’-]{1,20}(?:\p{Lu}[\p{Ll}'’-]{1,20})?\.?)(?:[ \t](?:(?:van|von|de|den|der|di|da|del|della|du|dos|ter|zu)[ \t]){0,2}(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]{1,20}(?:\p{Lu}[\p{Ll}'’-]{1,20})?)){0,3}/uy;
// The street type after a space, as perHintLine's hint for ADDRESS_US (the same list; the
// type list is the only rare part of a match: capitalised street-type words are few in prose).
const ADDRESS_US_HINT = / (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Loop|Crescent|Close|Row|Alley|Plaza|Path|Pike|Ridge)\b/g;
const ADDRESS_US =
  /\b\d{1,6}[A-Za-z]?,? (?:\p{Lu}[\p{L}'.-]{0,24} ){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Loop|Crescent|Close|Row|Alley|Plaza|Path|Pike|Ridge)\b\.?(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\.? ?[A-Za-z0-9-]{1,6})?(?:,? \p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20}){0,2}(?:,? [A-Z]{2},? \d{5}(?:-\d{4})?|,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b))?/gu;
// European addresses, then an optional unit (`3 A`, `69/A`, `int. 4`, `lgh 1102`, `4º C`) and
// postcode + town (DE/FR/ES/IT 5 digits, NL `1234 AB`, SE `123 45`, PL `12-345`, 4 digits).
// INVARIANT: mirrored by EU_ADDRESS in stream.ts.
const ADDRESS_EU =
  /\b(?:\p{Lu}[\p{Ll}-]{1,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|laan|straat|gracht|plein|vägen|gatan) \d{1,4}(?:bis|ter|[a-zA-Z])?\b|(?:\d{1,4}(?: ?(?:bis|ter))?,? )?(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Ii]mpasse|[Aa]llée|[Pp]lace|[Cc]alle|[Aa]venida|[Pp]laza|[Pp]aseo|[Vv]ía|[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|ul\.) (?:(?:de|del|della|dei|di|des|du|la|le|les|l'|d') ?){0,3}\p{Lu}[\p{L}'-]{1,25}(?: \p{Lu}[\p{L}'-]{1,25}){0,2}(?:,? (?:n[°º.] ?)?\d{1,4}[a-zA-Z]?\b)?)(?:(?: |\/)[A-Z]\b|,? (?:int\.|lgh|apt\.?) ?\d{1,5}\b|, \d{1,2}[º°] ?[A-Za-z]{1,5}\.?)?(?:,? (?:\d{5}|\d{4} ?[A-Z]{2}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}) \p{Lu}[\p{L}'-]{1,25}(?: \p{Lu}[\p{L}'-]{1,25}){0,2}(?: \([A-Z]{2}\))?)?/gu;

// Capitalised words that follow a cue but are not names.
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'I', 'A', 'The', 'This', 'That', 'It', 'Here', 'There', 'Not', 'Sure', 'Sorry', 'Happy', 'Glad', 'Going', 'Just', 'Very',
  'So', 'Also', 'Still', 'Now', 'Today', 'Back', 'Done', 'Ready', 'Fine', 'Good', 'New', 'Your', 'My', 'Our', 'An', 'In',
  'On', 'At', 'To', 'For', 'From', 'With', 'And', 'But', 'Or', 'If', 'We', 'You', 'He', 'She', 'They', 'Sir', 'Madam',
  'Customer', 'Team', 'Friend', 'Friends', 'All', 'Everyone', 'Hiring', 'Looking', 'Writing', 'Interested', 'Unable', 'Able',
  'Trying', 'Working', 'Available', 'Confused', 'Excited', 'Afraid', 'Aware', 'Please', 'Thanks', 'Thank', 'Hello', 'Hi',
  'Service', 'Support', 'Portal', 'Account', 'Name', 'Number', 'Ticket', 'Order', 'Best', 'Regards', 'Kind', 'Dear',
]);

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function before(text: string, at: number, n = 48): string {
  return text.slice(Math.max(0, at - n), at).toLowerCase();
}
// Multilingual: DE Telefon/Handy/Mobil, FR téléphone/portable, ES teléfono/móvil/celular, IT
// telefono/cellulare/recapito, NL telefoon/mobiel/gsm, PL telefon/komórka, SV telefon/mobil.
const PHONE_CUE = /(?:phone|\btel\b|telephone|mobil|\bcell\b|\bfax\b|\bph[.:]|whatsapp|\bsms\b|text me|call (?:me|us)|reach (?:me|us)|telefon|téléphone|teléfono|telefono|telefoon|\bhandy\b|m[óo]vil|celular|cellulare|\bcel\b|recapito|portable|mobiel|\bgsm\b|komórk)/;
// A number introduced as another kind of number is not a phone.
const OTHER_NUMBER = /(?:order|tracking|invoice|account|licen[cs]e|card|policy|serial|ticket|case|reference|ref\.|isbn|id)\s?(?:number|no\.?|#)?\s?(?:is|:)?\s?$/;
const SSN_CUE = /(?:ssn|social security|soc\. sec)/;
// INVARIANT: literals only (no \b or other context assertion): a cue found in a window is found
// in any longer text holding that window (stream.ts relies on it for dates of birth).
// EN, DE (Geburtsdatum, geb.), FR (né(e) le, naissance), ES, IT (nato/nata il), NL (geboren,
// geboortedatum), PL (data urodzenia), SV (född, födelsedatum).
export const DOB_CUE = /(?:born|birth|dob|d\.o\.b|geburt|geboren|geb\.|né le|née le|né\(e\) le|naissance|nacimiento|nascita|nato il|nata il|geboorte|urodz|födelse|född)/;
const VERSION_BEFORE = /(?:\bv|\bver\.?)\s?$|(?:version|firmware|\brelease|\bbuild)[a-z .:]{0,20}$/;
const CARD_CUE = /(?:card|visa|mastercard|amex|credit|debit|cc|kreditkarte|carte|tarjeta)/;
const ID_CUES: readonly (readonly [string, RegExp, (s: string) => boolean])[] = [
  ['de_tax_id', /(?:steuer|tax id|tin\b|idnr|identifikationsnummer|steuer-id)/, isDeTaxId],
  ['pl_pesel', /pesel/, isPlPesel],
  ['nl_bsn', /(?:bsn|burgerservicenummer|sofi)/, isNlBsn],
  ['se_personnummer', /(?:personnummer|personal identity number|personnr|\bpnr\b)/, isSePersonnummer],
  ['fr_nir', /(?:nir|sécurité sociale|securite sociale|insee|social security)/, isFrNir],
  ['us_ssn', SSN_CUE, isUsSsn],
];

/** How many ASCII digits `cand` holds. */
function digitCount(cand: string): number {
  let n = 0;
  for (let i = 0; i < cand.length; i++) {
    const c = cand.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
function hasSeparator(cand: string): boolean {
  for (let i = 0; i < cand.length; i++) {
    const c = cand.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 43)) return true;
  }
  return false;
}

// Classification of one numeric candidate. Each shape regex is guarded by a necessary
// condition on its length or digit count (cheaper than the regex, and it does not change which
// branch decides): on digit-dense text most candidates skip most shapes.
function numeric(text: string, out: PiiMatch[]): void {
  NUM.lastIndex = 0;
  for (let m = NUM.exec(text); m; m = NUM.exec(text)) {
    let s = m.index;
    let cand = trimEndChars(m[0], ' ./(-');
    // Drop an opening parenthesis that has no partner: "(see 555-123-4567)".
    if (cand.charCodeAt(0) === 40 && !cand.includes(')')) {
      s++;
      cand = cand.slice(1);
    }
    const e = s + cand.length;
    const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
    const next = e < text.length ? text.charCodeAt(e) : 32;
    // Inside a longer token (hashes, ids, versions like v1.2.3.4) it is not PII.
    if (isWord(prev) || prev === 46 || prev === 45 || prev === 47 || prev === 58 || prev === 35) {
      if (!(prev === 58 && text.charCodeAt(s - 2) !== 47)) continue; // allow "Tel:555…" but not "http://1.2"
    }
    if (isWord(next) && !(next >= 65 && next <= 90)) continue;
    if (next === 46 && isWord(text.charCodeAt(e + 1))) continue;
    if (next >= 65 && next <= 90) continue; // handled by LETTER_ID (DNI) or part of a code
    const entity = classifyNumber(text, s, cand);
    if (entity !== undefined) out.push({ entity, start: s, end: e, score: numberScore });
  }
}

/** Score of the last classifyNumber result (avoids an object per candidate). */
let numberScore = 0;
function found(score: number): true {
  numberScore = score;
  return true;
}

/** The entity of a numeric candidate `cand` at `s` (score in numberScore), or undefined. */
function classifyNumber(text: string, s: number, cand: string): string | undefined {
  const nd = digitCount(cand);
  // INVARIANT: no branch below accepts more than 19 digits (cards; the rest stop at 15).
  if (nd > 19) return undefined;
  const len = cand.length;
  const digits = nd === len ? cand : cand.replace(/\D/g, '');
  // The 48 characters before, lower-cased: built on first use (most shapes decide without it).
  let ctx: string | undefined;
  // IPv4
  if (len >= 7 && len <= 15 && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(cand)) {
    // Four dotted numbers after a version word ("v1.2.3.4", "firmware updated to 7.4.23.206") are a version.
    return isIpv4(cand) && !VERSION_BEFORE.test((ctx ??= before(text, s))) && found(0.85) ? 'ip_address' : undefined;
  }
  // Dates: PII only as a date of birth.
  if (len >= 6 && len <= 12 && /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(cand) && isPlausibleDate(cand)) {
    return DOB_CUE.test((ctx ??= before(text, s))) && found(0.8) ? 'date_of_birth' : undefined;
  }
  // FR NIR before cards: 15 digits starting 1/2 with its key.
  if (nd === 15 && /^[12](?: ?\d){14}$/.test(cand) && isFrNir(digits)) return found(0.85) && 'fr_nir';
  // Payment cards: uniform groups of digits.
  if (nd >= 12 && nd <= 19 && /^\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?$|^\d{4}[ -]?\d{6}[ -]?\d{4,5}$/.test(cand) && isCreditCard(digits)) {
    return found(CARD_CUE.test((ctx ??= before(text, s))) ? 0.95 : 0.9) && 'credit_card';
  }
  // US SSN
  if (len === 11 && (/^\d{3}-\d{2}-\d{4}$/.test(cand) || (/^\d{3} \d{2} \d{4}$/.test(cand) && isUsSsn(digits)))) {
    // The 3-2-4 dashed shape is an SSN or nothing (never a phone format).
    return isUsSsn(digits) && found(SSN_CUE.test((ctx ??= before(text, s))) ? 0.95 : 0.8) ? 'us_ssn' : undefined;
  }
  // SE personnummer with its separator is distinctive.
  if ((len === 11 || len === 13) && /^(?:\d{2})?\d{6}[-+]\d{4}$/.test(cand) && isSePersonnummer(digits)) return found(0.85) && 'se_personnummer';
  // Every branch above that builds ctx returns; the tail builds its own (before() is pure).
  return classifyTail(text, s, cand, nd, len, digits);
}

/**
 * classifyNumber's second half (cue-word national numbers, phones). Its own function so that
 * the optimising compiler handles two moderate functions: it compiles them sooner and cheaper
 * than one large one, which bench/detectors.ts's first calls on dense text paid for.
 */
function classifyTail(text: string, s: number, cand: string, nd: number, len: number, digits: string): string | undefined {
  let ctx: string | undefined;
  // National numbers that need a cue word (each validator checks the length first).
  // Group separators: spaces, dots (NL BSN "1234.56.789"), dashes.
  if (/^[\d .-]+$/.test(cand)) {
    for (const [entity, cue, valid] of ID_CUES) if (valid(digits) && cue.test((ctx ??= before(text, s)))) return found(0.9) && entity;
  }
  // Phones.
  if (cand.charCodeAt(0) === 43) return nd >= 8 && nd <= 15 && found(0.85) ? 'phone' : undefined;
  const seps = hasSeparator(cand);
  if (nd >= 11 && nd <= 15 && seps && digits.startsWith('00')) return found(0.7) && 'phone';
  if (len >= 12 && len <= 16 && /^(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/.test(cand) && /^1?[2-9]\d{2}[2-9]/.test(digits)) return found(0.8) && 'phone';
  // Only the branches below can still report: when none applies, the OTHER_NUMBER test is moot.
  const lead0 = digits.charCodeAt(0) === 48 && nd >= 9 && nd <= 12 && seps;
  if (!lead0 && !(nd >= 7 && nd <= 13) && !((nd === 11 || nd === 9) && nd === len)) return undefined;
  if (OTHER_NUMBER.test((ctx ??= before(text, s)))) return undefined;
  // INVARIANT: past the OTHER_NUMBER check, the phone cue reduces to PHONE_CUE.
  if (lead0 && /^\(?0\d{1,4}\)?[ ./-]?\d{2,4}(?:[ ./-]?\d{2,4}){1,4}$/.test(cand)) {
    return found(PHONE_CUE.test((ctx ??= before(text, s))) ? 0.85 : 0.7) && 'phone';
  }
  if (nd >= 7 && nd <= 13 && /^[\d ()./-]+$/.test(cand) && PHONE_CUE.test((ctx ??= before(text, s)))) return found(0.7) && 'phone';
  // Checksum-valid national numbers without a cue: below the default threshold.
  if ((nd === 11 || nd === 9) && nd === len) {
    if (nd === 11 && isDeTaxId(digits)) return found(0.55) && 'de_tax_id';
    if (nd === 11 && isPlPesel(digits)) return found(0.55) && 'pl_pesel';
    if (nd === 9 && isUsSsn(digits) && SSN_CUE.test((ctx ??= before(text, s)))) return found(0.9) && 'us_ssn';
  }
  return undefined;
}

// Necessary conditions for a LETTER_ID / ADDRESS_EU match (every alternative needs 7 digits or 6
// capitals in a row; a street suffix before a digit or a street word before a space). A literal
// test is several times cheaper than the full regexes on text that has none (most prose).
const LETTER_ID_HINT = /\d{7}|[A-Z]{6}/g;
// Global (g): perHintLine finds the lines that hold one. Written as a space with lookbehinds (the
// same spaces as "street word + space" or "suffix + space + digit"): irregexp then looks for a
// literal space first instead of trying ~30 alternatives at every position (about half the cost),
// and the class (the last letters of those words) turns away most spaces before the alternatives.
// The negative lookahead first: what follows the space in a match is a digit (after a street
// suffix), a particle (de, del, la, l', …: d or l) or a capital (\p{Lu}), never another ASCII
// lower-case letter, which is what follows most spaces in prose; testing it first turns those
// away with one class test (about 1.5x faster on clean text, the same lines).
const ADDRESS_EU_HINT = / (?![a-ce-km-z])(?<=[adegmnotz.] )(?:(?<=(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|laan|straat|gracht|plein|vägen|gatan) )\d|(?<=(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Ii]mpasse|[Aa]llée|[Pp]lace|[Cc]alle|[Aa]venida|[Pp]laza|[Pp]aseo|[Vv]ía|[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|ul\.) ))/g;

/**
 * Runs the global regex `re` only over the lines of `text` that hold a match of `hint`, calling
 * `found(index, length)` with text coordinates, in the order a scan of the whole text would.
 * INVARIANT (callers): no match of `re` contains '\n', every match of `re` contains a match of
 * `hint`, and `re`'s only context assertion is `\b` (a line cut at '\n' looks the same to `\b`
 * as the whole text). Then the lines without a hint hold no match, a match never spans two
 * lines, and a global scan of the whole text enters each line with lastIndex at or before its
 * start: the matches are the same. On dense text most lines have no hint, and the full regex
 * (several times costlier than the literal hint) runs only on the rest; when the hint lines are
 * most of the text, the rest is scanned whole (see `covered`).
 */
function perHintLine(text: string, hint: RegExp, re: RegExp, found: (index: number, m: string) => void): void {
  hint.lastIndex = 0;
  // Characters of the hint lines so far: when they are over half the text read (dense text, after
  // a few lines), the per-line slices and restarts cost more than they skip, and the rest of the
  // text gets one global scan from the next line start. That is exact too: no match holds a
  // '\n', so a whole-text scan has lastIndex at or before that line start when it gets there.
  let covered = 0;
  let lines = 0;
  for (let h = hint.exec(text); h; h = hint.exec(text)) {
    const ls = text.lastIndexOf('\n', h.index) + 1;
    let le = text.indexOf('\n', h.index);
    if (le < 0) le = text.length;
    const line = ls === 0 && le === text.length ? text : text.slice(ls, le);
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      found(ls + m.index, m[0]);
      if (m[0].length === 0) re.lastIndex++;
    }
    if (le >= text.length) break;
    covered += le + 1 - ls;
    if (++lines >= 8 && 2 * covered > le + 1) {
      re.lastIndex = le + 1;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        found(m.index, m[0]);
        if (m[0].length === 0) re.lastIndex++;
      }
      return;
    }
    hint.lastIndex = le + 1;
  }
}

function letterIds(text: string, out: PiiMatch[]): void {
  // LETTER_ID meets perHintLine's INVARIANT: no '\n' in any part, only `\b`, and every
  // alternative holds 7 digits or 6 capitals in a row. On long text some line nearly always holds
  // the hint, and the full regex over the whole text cost about twice the hint's own scan.
  perHintLine(text, LETTER_ID_HINT, LETTER_ID, (index, m) => {
    const v = m.replace(/-/g, '');
    const entity = isEsNie(v) ? 'es_nie' : isEsDni(v) ? 'es_dni' : isItFiscalCode(v) ? 'it_fiscal_code' : undefined;
    if (entity) out.push({ entity, start: index, end: index + m.length, score: 0.9 });
  });
}

function ibans(text: string, out: PiiMatch[]): void {
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(text); m; m = IBAN_RE.exec(text)) {
    const len = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (len === undefined) continue;
    // Take exactly `len` compact characters; the greedy run may have eaten a following word.
    let compact = '';
    let i = 0;
    const raw = m[0];
    for (; i < raw.length && compact.length < len; i++) if (raw[i] !== ' ') compact += raw[i];
    // Upper or lower case, not mixed (a lower-case compact IBAN is still an IBAN).
    const upper = compact.toUpperCase();
    if (upper !== compact && compact.toLowerCase() !== compact) continue;
    if (compact.length !== len || !isIban(upper)) continue;
    const end = m.index + i;
    if (end < text.length && isWord(text.charCodeAt(end))) continue;
    out.push({ entity: 'iban', start: m.index, end, score: 0.95 });
    IBAN_RE.lastIndex = end;
  }
}

// Dates of birth written with a month name ("20 avril 1960", "13. Oktober 1977", "September 28,
// 1965", "26 de diciembre de 1972", "8 maja 1996"): EN, DE, FR, ES, IT, NL, PL (genitive), SV.
// Like numeric dates they are PII only with a DOB cue in the 48 characters before.
// Months (longest first, so no alternative is cut short): EN, DE, FR, ES, IT, NL, PL (genitive), SV.
// INVARIANT: every quantifier bounded, the month is a plain alternation of literals; a match is
// at most NAMED_DATE_MAX characters.
const NAMED_DATE =
  /(?:\d{1,2}(?:\.|er|st|nd|rd|th)?,? (?:de )?(?:października|septiembre|september|septembre|setiembre|noviembre|diciembre|settembre|listopada|february|november|december|dezember|novembre|décembre|febbraio|dicembre|februari|augustus|stycznia|kwietnia|sierpnia|września|january|october|februar|oktober|janvier|février|juillet|octobre|febrero|octubre|gennaio|ottobre|januari|augusti|czerwca|grudnia|august|januar|jänner|agosto|aprile|maggio|giugno|luglio|lutego|march|april|avril|enero|marzo|abril|junio|julio|maart|marca|lipca|june|july|sept|märz|juni|juli|mars|juin|août|mayo|maja|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mai|mei|maj)\.?,? (?:de )?\d{4}|(?:października|septiembre|september|septembre|setiembre|noviembre|diciembre|settembre|listopada|february|november|december|dezember|novembre|décembre|febbraio|dicembre|februari|augustus|stycznia|kwietnia|sierpnia|września|january|october|februar|oktober|janvier|février|juillet|octobre|febrero|octubre|gennaio|ottobre|januari|augusti|czerwca|grudnia|august|januar|jänner|agosto|aprile|maggio|giugno|luglio|lutego|march|april|avril|enero|marzo|abril|junio|julio|maart|marca|lipca|june|july|sept|märz|juni|juli|mars|juin|août|mayo|maja|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mai|mei|maj)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})(?!\d)/gi;
/** Longest NAMED_DATE match ("31st października, 2000" and the like stay well below). */
export const NAMED_DATE_MAX = 34;
// A named date ends with its year: the scan looks for years (first character 1 or 2, far rarer
// than letters) and runs NAMED_DATE only over the NAMED_DATE_MAX characters before each.
const YEAR = /(?:19|20)\d\d(?!\d)/g;

/**
 * Month-name dates of birth. For each year 19xx/20xx, NAMED_DATE runs over the NAMED_DATE_MAX
 * characters before it (a date ends with its year, so it starts there); a match must end with
 * that year, which keeps each date to one region (no duplicates) and the cost O(n) (≤ 35
 * characters per year). Each date is then held to the same test as numeric ones: a DOB cue in
 * the 48 characters before it.
 */
function namedBirthDates(text: string, out: PiiMatch[]): void {
  YEAR.lastIndex = 0;
  for (let y = YEAR.exec(text); y; y = YEAR.exec(text)) {
    const ye = y.index + 4;
    // Cheap necessary condition: the year follows a blank, and a lower-case letter (of the month
    // word) occurs in the 30 characters before it. Digit storms skip the regex.
    if (text.charCodeAt(y.index - 1) !== 32 || !lowerBefore(text, y.index - 1, 30)) continue;
    const rs = Math.max(0, ye - NAMED_DATE_MAX);
    const region = text.slice(rs, Math.min(text.length, ye + 1));
    NAMED_DATE.lastIndex = 0;
    for (let m = NAMED_DATE.exec(region); m; m = NAMED_DATE.exec(region)) {
      const s = rs + m.index;
      const e = s + m[0].length;
      if (e !== ye) continue;
      if (s > 0 && isWord(text.charCodeAt(s - 1))) continue;
      if (plausibleNamedDate(m[0]) && DOB_CUE.test(before(text, s))) out.push({ entity: 'date_of_birth', start: s, end: e, score: 0.8 });
      break;
    }
  }
}
/** A lower-case letter (ASCII or not) in the `n` characters before `at`. */
function lowerBefore(text: string, at: number, n: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - n; i--) if (text.charCodeAt(i) >= 97) return true;
  return false;
}
/** Day 1–31 and year 1900–2100 (the month is a word). */
function plausibleNamedDate(d: string): boolean {
  const day = /\d{1,2}/.exec(d);
  const year = /\d{4}/.exec(d);
  if (!day || !year) return false;
  const dd = Number(d.charCodeAt(0) >= 48 && d.charCodeAt(0) <= 57 ? day[0] : (/ (\d{1,2})/.exec(d)?.[1] ?? '0'));
  const yy = Number(year[0]);
  return dd >= 1 && dd <= 31 && yy >= 1900 && yy <= 2100;
}

const LOCAL = (c: number): boolean => isWord(c) || c === 46 || c === 37 || c === 43 || c === 45;
const DOMAIN = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;

function emails(text: string, out: PiiMatch[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL(text.charCodeAt(s - 1))) s--;
    while (s < at && text.charCodeAt(s) === 46) s++;
    let e = at + 1;
    while (e < text.length && e - at < 190 && DOMAIN(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    if (s === at || e === at + 1) continue;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    if (dot <= 0 || !/^[A-Za-z]{2,24}$/.test(domain.slice(dot + 1)) || domain.includes('..')) continue;
    // Package specifiers and git remotes: scope@version, git@github.com.
    if (s > 0 && (text.charCodeAt(s - 1) === 47 || text.charCodeAt(s - 1) === 58)) continue;
    if (text.charCodeAt(e) === 58 && e + 1 < text.length && text.charCodeAt(e + 1) > 32) continue; // scp-style remote host:path
    out.push({ entity: 'email', start: s, end: e, score: 0.95 });
  }
}

function hex(x: number): boolean {
  return (x >= 48 && x <= 57) || (x >= 65 && x <= 70) || (x >= 97 && x <= 102);
}

function ipv6(text: string, out: PiiMatch[]): void {
  let examined = 0;
  // Last index before `scanned` whose character is not hex or ':' (where a back scan stops).
  let lastBreak = -1;
  let scanned = 0;
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // INVARIANT: each character is examined by at most one candidate (linear on "1:1:1:…").
    if (c < examined) continue;
    const p = text.charCodeAt(c - 1);
    const n = text.charCodeAt(c + 1);
    if (!(hex(p) || p === 58) || !(hex(n) || n === 58)) continue;
    // The start is at most 45 characters back, after the last character that is not hex or ':'.
    // lastBreak advances monotonically, so the back scans cost O(n) in all, not 45 per colon.
    // Breaks further back than 45 characters do not matter: skip straight to the window.
    if (scanned < c - 45) scanned = c - 45;
    for (; scanned < c; scanned++) {
      const x = text.charCodeAt(scanned);
      if (!(hex(x) || x === 58)) lastBreak = scanned;
    }
    const s = Math.max(c - 45, lastBreak + 1);
    let e = c + 1;
    while (e < text.length && e - s < 45 && (hex(text.charCodeAt(e)) || text.charCodeAt(e) === 58 || text.charCodeAt(e) === 46)) e++;
    while (e > c && text.charCodeAt(e - 1) === 46) e--;
    examined = e;
    c = Math.max(c, e - 1);
    if ((s > 0 && isWord(text.charCodeAt(s - 1))) || (e < text.length && isWord(text.charCodeAt(e)))) continue;
    // The longest IPv6 text is 45 characters (six groups + dotted IPv4); a longer run is none.
    if (e - s > 45) continue;
    let colons = 0;
    let digit = false;
    for (let i = s; i < e; i++) {
      const x = text.charCodeAt(i);
      if (x === 58) colons++;
      else if (x >= 48 && x <= 57) digit = true;
    }
    // An IPv6 address has at most 8 colons (`1:2:3:4:5:6:7::`); more cannot pass isIPv6.
    if (colons < 2 || colons > 8 || !digit) continue;
    const v = text.slice(s, e);
    if (!isIPv6(v)) continue;
    if (colons < 7 && !v.includes('::')) continue;
    out.push({ entity: 'ip_address', start: s, end: e, score: 0.85 });
  }
}

const CUE_HONORIFIC = 1;
const CUE_WEAK = 2;
/** Cue text (as matched) -> kind bits. NAME_CUE's alternatives make a small finite set. */
const cueKinds = new Map<string, number>();
function cueKind(matched: string): number {
  let k = cueKinds.get(matched);
  if (k === undefined) {
    const cue = matched.trim().toLowerCase();
    k = (/^(?:mr|mrs|ms|miss|dr|prof)\.?$|^dear$/.test(cue) ? CUE_HONORIFIC : 0) | (/^(?:i am|i'm|this is|named|called|soy|sono|je suis|ich bin|ik ben|jestem)$/.test(cue) ? CUE_WEAK : 0);
    // Bounded: the trailing [ \t]+ and letter case make the matched texts vary.
    if (cueKinds.size < 512) cueKinds.set(matched, k);
  }
  return k;
}

/** Index of the separator before the word that ends at `end` (a word of the name at `s`). */
function lastSeparator(text: string, s: number, end: number): number {
  let k = end - 1;
  while (k > s && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) k--;
  return k;
}

// A filter in front of NOT_NAMES: one bit per hash of (length, first, last character). A word
// whose bit is clear is not in the set, so most words (every name) are decided without the
// slice and string hash a Set lookup needs. INVARIANT: every NOT_NAMES entry sets its bit.
const notNameHash = (len: number, first: number, last: number): number => ((len * 61 + first) * 61 + last) & 0xffff;
const NOT_NAME_BITS = new Uint8Array(0x10000);
for (const w of NOT_NAMES) NOT_NAME_BITS[notNameHash(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
/** NOT_NAMES.has(text.slice(s, e)), slicing only when the filter cannot rule it out. */
function isNotName(text: string, s: number, e: number): boolean {
  if (e <= s || NOT_NAME_BITS[notNameHash(e - s, text.charCodeAt(s), text.charCodeAt(e - 1))] !== 1) return false;
  return NOT_NAMES.has(text.slice(s, e));
}

/**
 * The text of the NAME_CUE match that names()' scan from `from` found ending at `at`. That match
 * starts at the first position p >= from where NAME_CUE matches, and p >= at - 33 (a cue is at
 * most 33 characters, NAME_CUE's INVARIANT; PII_LEFT_CONTEXT bounds it). A scan from
 * max(from, at - PII_LEFT_CONTEXT) finds no match before p either, so it returns the same match
 * and leaves NAME_CUE.lastIndex at `at`, where names() continues (it is set back to be sure).
 */
function cueText(text: string, from: number, at: number): string {
  NAME_CUE.lastIndex = Math.max(from, at - PII_LEFT_CONTEXT);
  const m = NAME_CUE.exec(text);
  NAME_CUE.lastIndex = at;
  // INVARIANT (above): m ends at `at`; anything else would be a broken invariant, read as no cue.
  return m && m.index + m[0].length === at ? m[0] : '';
}

function names(text: string, out: PiiMatch[]): void {
  // test(), not exec(): only the match's end (lastIndex) is read, so no match array or match
  // string is built per cue or per name (a `Mr. Mr. …` storm is a cue and a name every 4
  // characters). The rare branch that needs the cue's text reads it back (cueText).
  NAME_CUE.lastIndex = 0;
  let from = 0;
  while (NAME_CUE.test(text)) {
    const at = NAME_CUE.lastIndex;
    const searched = from;
    from = at;
    // NAME_WORDS starts with \p{Lu}: an ASCII character other than A-Z cannot start a name.
    const c0 = text.charCodeAt(at);
    if (c0 < 128 && (c0 < 65 || c0 > 90)) continue;
    NAME_WORDS.lastIndex = at;
    if (!NAME_WORDS.test(text)) continue;
    const we = NAME_WORDS.lastIndex;
    // Words are separated by exactly one space or tab (NAME_WORDS), so the name is a prefix of
    // the match text[at, we) and only word boundaries are needed, not split/join copies. One
    // pass finds the first and last separators and counts the words (charCodeAt on a text that
    // is a concatenation costs an indirection each: a storm reads few characters per name).
    let first = -1;
    let lastSep = -1;
    let count = 1;
    for (let k = at; k < we; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9) continue;
      if (first < 0) first = k;
      lastSep = k;
      count++;
    }
    if (first < 0) first = we;
    if (isNotName(text, at, text.charCodeAt(first - 1) === 46 ? first - 1 : first)) continue;
    // Trim trailing sentence words that are not part of the name ("Dr. Smith The …").
    let end = we;
    let sp = lastSep;
    while (count > 1) {
      if (!isNotName(text, sp + 1, end)) break;
      end = sp;
      count--;
      if (count > 1) sp = lastSeparator(text, at, end);
    }
    // The cue only matters for a single word (several words score 0.7 whatever the cue).
    const cue = count === 1 ? cueKind(cueText(text, searched, at)) : 0;
    const honorific = (cue & CUE_HONORIFIC) !== 0;
    // "I am Happy" is not a name: a single word after a weak cue needs a strong one.
    if (count === 1 && (cue & CUE_WEAK) !== 0) continue;
    if (text.charCodeAt(end - 1) === 46 && !/\b\p{Lu}\.$/u.test(text.slice(at, end))) end--;
    out.push({ entity: 'person', start: at, end, score: honorific || count > 1 ? 0.7 : 0.65 });
  }
}

function addresses(text: string, out: PiiMatch[]): void {
  // ADDRESS_US meets perHintLine's INVARIANT: no '\n' in any part (literal spaces only), only
  // `\b`, and every match holds a space, a street type and a word boundary (the hint).
  perHintLine(text, ADDRESS_US_HINT, ADDRESS_US, (index, m) => {
    // INVARIANT: an address carries a house number; "Via Email" is not an address.
    if (/\d/.test(m)) out.push({ entity: 'street_address', start: index, end: index + m.length, score: 0.7 });
  });
  // ADDRESS_EU meets perHintLine's INVARIANT: no '\n' in any part, only `\b`, and each
  // alternative holds its hint (street suffix + space + digit, or street word + space).
  perHintLine(text, ADDRESS_EU_HINT, ADDRESS_EU, (index, m) => {
    if (/\d/.test(m)) out.push({ entity: 'street_address', start: index, end: index + m.length, score: 0.7 });
  });
}

/** Every PII candidate in `text` before overlap resolution (stream.ts reads them to find clusters). */
export function piiCandidates(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  emails(text, out);
  if (/\d/.test(text)) {
    numeric(text, out);
    namedBirthDates(text, out);
    letterIds(text, out);
    ibans(text, out);
    ipv6(text, out);
    addresses(text, out);
  }
  names(text, out);
  return out;
}

/** All PII matches in `text`, overlaps resolved (structured identifiers win, then longer). */
export function scanPii(text: string): PiiMatch[] {
  return resolveOverlaps(piiCandidates(text), rank);
}

/** Overlap tier: structured identifiers (0) beat names and addresses (1); then score, then length. */
function rank(m: PiiMatch): number {
  return m.entity === 'person' || m.entity === 'street_address' ? 1 : 0;
}

// Evidence strings by entity and length, built once each: a storm reports thousands of matches
// of one entity and length, and a fresh string per match was a share of its allocation.
// Bounded: lengths 0..MAX_PII_MATCH per entity (a handful of entities).
const evidenceCache = new Map<string, (string | undefined)[]>();
function evidence(entity: string, len: number): string {
  if (len > MAX_PII_MATCH) return `${entity} (${len} chars)`;
  let row = evidenceCache.get(entity);
  if (!row) evidenceCache.set(entity, (row = []));
  return (row[len] ??= `${entity} (${len} chars)`);
}

function detect(view: TextView, _ctx: DetectContext): Match[] {
  return scanPii(view.text).map((m) => ({ kind: m.entity, entity: m.entity, score: m.score, start: m.start, end: m.end, evidence: evidence(m.entity, m.end - m.start) }));
}

const at = '@';
export const piiDetector: Detector = {
  id: 'pii',
  version: '1.0.0',
  maxMatchLength: MAX_PII_MATCH,
  views: ['raw'],
  detect,
  streamHoldBack: piiStreamHoldBack,
  streamLeftContext: PII_LEFT_CONTEXT,
  examples: {
    positive: [
      { text: `Write to jane.doe${at}example.org for details`, kind: 'email' },
      { text: 'Call me at +44 20 7946 0958 tomorrow', kind: 'phone' },
      { text: 'Office: (415) 555-2671', kind: 'phone' },
      { text: 'Card 4111 1111 1111 1111 exp 12/29', kind: 'credit_card' },
      { text: 'IBAN DE89 3704 0044 0532 0130 00', kind: 'iban' },
      { text: 'SSN 536-22-1234 on file', kind: 'us_ssn' },
      { text: 'Steuer-ID: 65929970489', kind: 'de_tax_id' },
      { text: 'DNI 12345678Z', kind: 'es_dni' },
      { text: 'codice fiscale RSSMRA85T10A562S', kind: 'it_fiscal_code' },
      { text: 'PESEL 44051401359', kind: 'pl_pesel' },
      { text: 'server at 192.168.10.24 responded', kind: 'ip_address' },
      { text: 'born on 12/05/1987 in Lyon', kind: 'date_of_birth' },
      { text: 'My name is Maria Gonzalez', kind: 'person' },
    ],
    negative: [
      { text: 'Order #12345678 shipped on 2024-03-01' },
      { text: 'version 1.2.3.4 released' },
      { text: 'commit 3f786850e387550fdab836ed7e6dc881de23001b' },
      { text: 'The total was $1,234.56 for 3 items' },
      { text: 'npm i @scope/pkg@1.2.3' },
      { text: 'git clone git@github.com:org/repo.git' },
      { text: 'Card 4111 1111 1111 1112 (fails Luhn)' },
      { text: 'SSN 000-12-3456 is not valid' },
      { text: 'std::vector<int> v; a::b::c' },
      { text: 'I am happy to help you today' },
      { text: 'timestamp 1700000000123 latency 250ms' },
      { text: 'meeting on 12/05/2024 at 10:30' },
    ],
  },
};
