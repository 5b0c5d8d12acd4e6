// Detector.streamHoldBack for the `pii` detector: how much of the tail of streamed output could
// still belong to a PII match that is not final yet (src/surfaces/stream-guard.ts releases the
// rest).
//
// How: a candidate of scanPii is FINAL once nothing after the end of `text` can change it. For
// each candidate family we find the earliest OPEN start q: a position from which the family's
// pattern, run on some continuation of `text`, would read past the end — i.e. text[q..] is a
// prefix of a possible match (or of the characters its right-context checks read):
//   - NUM (phones, cards, national ids, dates, IPv4): a [+(]digit in the trailing run of
//     [0-9 ./()+-], at most 84 characters back (a raw NUM match is ≤ 82 characters, its checks
//     read 2 more);
//   - IBAN: a word start in the trailing [A-Za-z0-9 ] run whose text fits `LLDD`, ≤ 45 back;
//   - LETTER_ID (DNI/NIE/codice fiscale): the trailing [A-Z0-9-] run, ≤ 17 back;
//   - email: the trailing run of local/domain characters (a trailing `:` is skipped: the
//     scp-remote check reads the character after it), from ≤ 64 before its first `@`;
//   - IPv6: the trailing [0-9A-Fa-f:.] run, ≤ 46 back;
//   - names: a cue whose NAME_WORDS run is a prefix of a longer possible name;
//   - month-name dates of birth: the last NAMED_DATE_MAX + 1 characters when a DOB cue is near;
//   - addresses: a word start whose rest of text is a prefix of a US or EU address (prefix
//     regexes built from the address grammar below, so optional trailing parts count).
// Text before the earliest open start is final, but overlap resolution works on clusters of
// overlapping candidates: a final candidate that overlaps an open one could lose (or win) once
// the open one changes. So the hold also covers every candidate cluster that reaches past the
// open start (one piiCandidates pass). Result: len − start, ≤ MAX_PII_MATCH — on clean prose the
// trailing partial token (the email run), 0 after a space.
//
// INVARIANT (Detector.streamHoldBack contract): for every continuation T of `text`, the matches
// of scanPii(T) that start before len − hold are exactly the matches of scanPii(text) that start
// there (property-tested in stream.test.ts). PII_LEFT_CONTEXT = 48 bounds the left context scanPii
// reads before a match: the 48-character cue window of numeric candidates (`before`), a name's
// cue (≤ 1 + 15 + 16 characters since NAME_CUE's blank run is bounded), the IPv6 back-scan (45).
// It is the detector's `streamLeftContext` (already-released text the guard keeps to read), not
// part of the hold: left context never changes by appending, so it cannot make a match unfinal.
// Misses: the cap at MAX_PII_MATCH — a cluster of overlapping candidates longer than 256
// characters, or a digit/IBAN run longer than the guard's window, is only covered for its last
// 256 characters (as with the fixed hold-back before). The address prefix grammar mirrors
// ADDRESS_US / ADDRESS_EU in index.ts by hand: a change there must be made here too (the
// property test generates addresses to catch a drift). A name whose cue is followed by more than
// 16 blanks is no longer reported at all (NAME_CUE's bound, which makes the left context finite).
// Cost: O(len) character scans over the last MAX_PII_MATCH characters, an anchored prefix-regex
// test per word start in that tail that can begin an address (a cheap first-word check skips
// prose), and one piiCandidates pass over the last 1024 characters: ~12 µs CPU per call on the
// bench reply window, ≤ ~0.4 ms on adversarial 4 KB runs of spaced digits, colons or cues.
// Failure mode: pure; never throws.

// INVARIANT: index.ts imports this module too (to register the hold-back); the bindings below are
// only read inside functions, never while the modules are being evaluated, so the cycle is safe.
import { DOB_CUE, MAX_PII_MATCH, NAMED_DATE_MAX, NAME_CUE, piiCandidates } from './index.js';
// PII_LEFT_CONTEXT (index.ts) = 48 is the left context; see the INVARIANT above.

/** Longest text the cluster check reads: the stream guard's window (floor + hold + one delta) is
 * shorter unless a single delta is huge; a longer text is read from its last 1024 characters. */
const CLUSTER_WINDOW = 1024;

// ---- prefix languages --------------------------------------------------------------------------
// A pattern is built twice: `f`, the pattern itself, and `p`, a pattern for every prefix of a
// string it matches (including the empty string and the whole match). Over-approximating `p` is
// safe (it only holds more back).
interface Pat {
  readonly f: string;
  readonly p: string;
}
const g = (s: string): string => `(?:${s})`;
/** A fixed piece; `p` is every prefix of it: (?:a(?:b(?:c)?)?)? */
function lit(s: string): Pat {
  const esc = [...s].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  let p = '';
  for (let i = esc.length - 1; i >= 0; i--) p = `(?:${esc[i] ?? ''}${p})?`;
  return { f: esc.join(''), p };
}
/** A character class `c` repeated lo..hi times. */
function cls(c: string, lo: number, hi: number): Pat {
  return { f: `${c}{${lo},${hi}}`, p: `${c}{0,${hi}}` };
}
const one = (c: string): Pat => ({ f: c, p: `${c}?` });
function seq(...ps: readonly Pat[]): Pat {
  const alts: string[] = [];
  let head = '';
  for (const x of ps) {
    alts.push(head + x.p);
    head += x.f;
  }
  return { f: head, p: g(alts.join('|')) };
}
function alt(...ps: readonly Pat[]): Pat {
  return { f: g(ps.map((x) => x.f).join('|')), p: g(ps.map((x) => x.p).join('|')) };
}
const opt = (x: Pat): Pat => ({ f: `${g(x.f)}?`, p: x.p });
function rep(x: Pat, lo: number, hi: number): Pat {
  return { f: `${g(x.f)}{${lo},${hi}}`, p: `${g(x.f)}{0,${hi}}${x.p}` };
}
const words = (ws: readonly string[]): Pat => alt(...ws.map(lit));
/** `[Rr]ue`-style words: both cases of the first letter. */
const capWords = (ws: readonly string[]): Pat => words(ws.flatMap((w) => [w, w.charAt(0).toLowerCase() + w.slice(1)]));
/** Sticky: `re.lastIndex = q; re.test(text)` tests text[q..] without copying it. */
/**
 * The one place this module builds a regex from a string. Every regex built here is listed in
 * streamRegexes(), which the ReDoS gate (test/redos.test.ts) imports and checks as compiled.
 */
function compile(src: string, flags: string): RegExp {
  return new RegExp(src, flags);
}
const anchored = (x: Pat): RegExp => compile(`${x.p}$`, 'uy');
function restFits(re: RegExp, text: string, q: number): boolean {
  re.lastIndex = q;
  return re.test(text);
}

// INVARIANT: mirrors ADDRESS_US in index.ts (the `\b` after the street type is left out of the
// prefix language: dropping a constraint only widens it).
const CAP_WORD = seq(one('\\p{Lu}'), cls("[\\p{L}'.-]", 0, 24), lit(' '));
const US_TYPES = words(['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Way', 'Place', 'Pl', 'Square', 'Sq', 'Terrace', 'Ter', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Circle', 'Cir', 'Trail', 'Trl', 'Loop', 'Crescent', 'Close', 'Row', 'Alley', 'Plaza', 'Path', 'Pike', 'Ridge']);
const CITY_WORD = seq(one('\\p{Lu}'), cls('[\\p{L}.]', 1, 20));
const US_ADDRESS = anchored(
  seq(
    cls('\\d', 1, 6),
    opt(one('[A-Za-z]')),
    opt(lit(',')),
    lit(' '),
    rep(CAP_WORD, 1, 4),
    US_TYPES,
    opt(lit('.')),
    opt(seq(opt(lit(',')), lit(' '), words(['Apt', 'Apartment', 'Suite', 'Ste', 'Unit', 'Floor', 'Fl', '#']), opt(lit('.')), opt(lit(' ')), cls('[A-Za-z0-9-]', 1, 6))),
    opt(
      seq(
        opt(lit(',')),
        lit(' '),
        CITY_WORD,
        rep(seq(lit(' '), CITY_WORD), 0, 2),
        alt(
          seq(opt(lit(',')), lit(' '), cls('[A-Z]', 2, 2), opt(lit(',')), lit(' '), cls('\\d', 5, 5), opt(seq(lit('-'), cls('\\d', 4, 4)))),
          seq(opt(lit(',')), lit(' '), cls('[A-Z]', 1, 2), one('\\d'), opt(one('[A-Z\\d]')), lit(' '), one('\\d'), cls('[A-Z]', 2, 2)),
        ),
      ),
    ),
  ),
);
// INVARIANT: mirrors ADDRESS_EU in index.ts.
const EU_WORD = seq(one('\\p{Lu}'), cls("[\\p{L}'-]", 1, 25));
const EU_NUMBER = seq(cls('\\d', 1, 4), opt(one('[a-zA-Z]')));
const EU_STREET_NUMBER = seq(cls('\\d', 1, 4), opt(alt(lit('bis'), lit('ter'), one('[a-zA-Z]'))));
const EU_STREET_WORDS = ['Rue', 'Avenue', 'Boulevard', 'Chemin', 'Impasse', 'Allée', 'Place', 'Calle', 'Avenida', 'Plaza', 'Paseo', 'Vía', 'Via', 'Viale', 'Piazza', 'Corso'];
// Unit (`3 A`, `69/A`, `int. 4`, `lgh 1102`, `4º C`), then postcode + town.
const EU_UNIT = alt(
  seq(one('[ /]'), one('[A-Z]')),
  seq(opt(lit(',')), lit(' '), words(['int.', 'lgh', 'apt', 'apt.']), opt(lit(' ')), cls('\\d', 1, 5)),
  seq(lit(', '), cls('\\d', 1, 2), one('[º°]'), opt(lit(' ')), cls('[A-Za-z]', 1, 5), opt(lit('.'))),
);
const EU_POSTCODE = alt(cls('\\d', 5, 5), seq(cls('\\d', 4, 4), opt(lit(' ')), cls('[A-Z]', 2, 2)), seq(cls('\\d', 3, 3), lit(' '), cls('\\d', 2, 2)), seq(cls('\\d', 2, 2), lit('-'), cls('\\d', 3, 3)), cls('\\d', 4, 4));
const EU_TOWN = seq(opt(lit(',')), lit(' '), EU_POSTCODE, lit(' '), EU_WORD, rep(seq(lit(' '), EU_WORD), 0, 2), opt(seq(lit(' ('), cls('[A-Z]', 2, 2), lit(')'))));
const EU_ADDRESS = anchored(
  alt(
    seq(
      alt(
        seq(one('\\p{Lu}'), cls('[\\p{Ll}-]', 1, 30), words(['straße', 'strasse', 'str.', 'weg', 'gasse', 'platz', 'allee', 'ring', 'damm', 'laan', 'straat', 'gracht', 'plein', 'vägen', 'gatan']), lit(' '), EU_STREET_NUMBER),
        seq(
          opt(seq(cls('\\d', 1, 4), opt(seq(opt(lit(' ')), words(['bis', 'ter']))), opt(lit(',')), lit(' '))),
          alt(capWords(EU_STREET_WORDS), lit('ul.')),
          lit(' '),
          rep(seq(words(['de', 'del', 'della', 'dei', 'di', 'des', 'du', 'la', 'le', 'les', "l'", "d'"]), opt(lit(' '))), 0, 3),
          EU_WORD,
          rep(seq(lit(' '), EU_WORD), 0, 2),
          opt(seq(opt(lit(',')), lit(' '), opt(seq(one('n[°º.]'), opt(lit(' ')))), EU_NUMBER)),
        ),
      ),
      opt(EU_UNIT),
      opt(EU_TOWN),
    ),
  ),
);
// The first word of an address (US house number, EU number, street word, or a word with a
// street suffix) and the separator after it. INVARIANT: every word that can begin a match of
// US_ADDRESS / EU_ADDRESS followed by more text is matched here (same word lists as above).
const FIRST_WORD = compile(
  `(?:\\d{1,6}[A-Za-z]?|\\d{1,4}(?:bis|ter)|${EU_STREET_WORDS.map((w) => `[${w.charAt(0)}${w.charAt(0).toLowerCase()}]${w.slice(1)}`).join('|')}|ul\\.|\\p{Lu}[\\p{Ll}-]{1,30}(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|laan|straat|gracht|plein|vägen|gatan))[ ,]`,
  'uy',
);
/** A run of characters an address word can hold (to see whether the first word is cut off). */
const WORD_RUN = /[\p{L}\d.'’-]*/uy;
/** First letters of ADDRESS_EU's street words that may be lower case (rue, avenue, …, ul.). */
const EU_LOWER_STARTS = [...'rabcipvu'].map((c) => c.charCodeAt(0)); // Allée, Place, Vía start with a, p, v
// INVARIANT: mirrors NAME_WORDS in index.ts.
const NAME_LOWER = cls("[\\p{Ll}'’-]", 1, 20);
const NAME_WORD = seq(one('\\p{Lu}'), NAME_LOWER, opt(seq(one('\\p{Lu}'), NAME_LOWER)));
const PARTICLE = words(['van', 'von', 'de', 'den', 'der', 'di', 'da', 'del', 'della', 'du', 'dos', 'ter', 'zu']);
const NAME_PREFIX = anchored(
  seq(NAME_WORD, opt(lit('.')), rep(seq(rep(seq(one('[ \\t]'), PARTICLE), 0, 2), one('[ \\t]'), alt(seq(one('\\p{Lu}'), lit('.')), NAME_WORD)), 0, 3)),
);
// A name match is ≤ 43 + 3 × (2 × 6 + 1 + 42) characters; one that starts further back is final.
const NAME_MAX = 208;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLetter = (c: number): boolean => isUpper(c) || (c >= 97 && c <= 122);
const isWord = (c: number): boolean => isDigit(c) || isLetter(c) || c === 95;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
// Characters a raw NUM match can contain: digits and + ( ) space . / -
const isNumChar = (c: number): boolean => isDigit(c) || c === 32 || c === 46 || c === 47 || c === 40 || c === 41 || c === 43 || c === 45;
// Characters of an email candidate: local part (word . % + -), `@`, domain (alnum - .).
const isEmailChar = (c: number): boolean => isWord(c) || c === 46 || c === 37 || c === 43 || c === 45 || c === 64;

/** Start of the run of characters satisfying `ok` that ends at `end`, not before `floor`. */
function runStart(text: string, end: number, floor: number, ok: (c: number) => boolean): number {
  let i = end;
  while (i > floor && ok(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Earliest open start of a candidate family (see header); `len` when there is none. */
function openStart(text: string): number {
  const len = text.length;
  const lo = Math.max(0, len - MAX_PII_MATCH);
  let p = len;
  // NUM: a raw match starts with [+(]?\d and its reads stay within 84 characters.
  for (let q = runStart(text, len, Math.max(lo, len - 84), isNumChar); q < p; q++) {
    const c = text.charCodeAt(q);
    if (isDigit(c) || c === 43 || c === 40) p = q;
  }
  // IBAN: \b[A-Za-z]{2}\d{2}… within 45 characters.
  const ibanRun = runStart(text, len, Math.max(lo, len - 45), (c) => isWord(c) || c === 32);
  for (let q = ibanRun; q < p; q++) {
    if (q > ibanRun && text.charCodeAt(q - 1) !== 32) continue;
    let fits = true;
    for (let i = 0; i < 4 && q + i < len && fits; i++) fits = i < 2 ? isLetter(text.charCodeAt(q + i)) : isDigit(text.charCodeAt(q + i));
    if (fits) {
      p = q;
      break;
    }
  }
  // LETTER_ID: [A-Z0-9-], at most 16 characters plus the closing \b.
  p = Math.min(p, runStart(text, len, Math.max(lo, len - 17), (c) => isUpper(c) || isDigit(c) || c === 45));
  // IPv6: hex, ':' and '.', a candidate spans ≤ 45 characters and reads one more.
  p = Math.min(p, runStart(text, len, Math.max(lo, len - 46), (c) => isHex(c) || c === 58 || c === 46));
  // Email: the local part reaches ≤ 64 characters before its '@' (the first '@' of the run, or
  // one still to come); a trailing ':' is read by the scp-remote check.
  const emailEnd = len > 0 && text.charCodeAt(len - 1) === 58 ? len - 1 : len;
  const emailRun = runStart(text, emailEnd, lo, isEmailChar);
  if (emailRun < emailEnd) {
    const at = text.indexOf('@', emailRun);
    const firstAt = at >= 0 && at < emailEnd ? at : len;
    p = Math.min(p, Math.max(emailRun, firstAt - 64));
  }
  // Month-name dates of birth: ≤ NAMED_DATE_MAX characters (plus one read after), reported only
  // with a DOB cue in the 48 characters before. DOB_CUE is literals only (index.ts INVARIANT), so
  // a cue inside any such window is found in the longer tail tested here.
  const dobFrom = Math.max(0, len - NAMED_DATE_MAX - 1 - 48);
  if (len - NAMED_DATE_MAX - 1 < p && DOB_CUE.test(text.slice(dobFrom).toLowerCase())) p = Math.max(0, len - NAMED_DATE_MAX - 1);
  // Names: a cue whose following words could still grow into (or become) a name.
  const cue = cueRegex();
  cue.lastIndex = Math.max(0, len - NAME_MAX - 36);
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= p) break;
    if (len - at <= NAME_MAX + 3 && restFits(NAME_PREFIX, text, at)) p = at;
  }
  // Addresses: a word start whose rest is a prefix of a US (house number first) or EU address.
  // Only a digit, a capital or the first letter of a lower-case street word can begin one.
  for (let q = lo; q < p; q++) {
    const c = text.charCodeAt(q);
    if (!(isDigit(c) || isUpper(c) || EU_LOWER_STARTS.includes(c)) || (q > 0 && isWord(text.charCodeAt(q - 1)))) continue;
    // Cheap necessary condition: the first word reaches the end of text, or it is a whole first
    // word of an address followed by ' ' or ','.
    WORD_RUN.lastIndex = q;
    WORD_RUN.test(text);
    if (WORD_RUN.lastIndex < len && !restFits(FIRST_WORD, text, q)) continue;
    if ((isDigit(c) && restFits(US_ADDRESS, text, q)) || restFits(EU_ADDRESS, text, q)) {
      p = q;
      break;
    }
  }
  return p;
}

// A private copy of the detector's cue regex (its own lastIndex), used synchronously only. Built on
// first use: index.ts imports this module, so NAME_CUE is not initialised yet at load time.
let cueCopy: RegExp | undefined;
const cueRegex = (): RegExp => (cueCopy ??= compile(NAME_CUE.source, NAME_CUE.flags));

/** Every regex this module compiles from strings (the ReDoS gate checks these). */
export function streamRegexes(): RegExp[] {
  return [US_ADDRESS, EU_ADDRESS, FIRST_WORD, NAME_PREFIX, cueRegex()];
}

/**
 * Detector.streamHoldBack for `pii`: the trailing characters of `text` that could still belong
 * to a match that is not final (see the header). ≥ 0, ≤ MAX_PII_MATCH.
 */
export function piiStreamHoldBack(text: string): number {
  const len = text.length;
  let p = openStart(text);
  if (len - p >= MAX_PII_MATCH) return MAX_PII_MATCH;
  // Clusters: a candidate that starts before p and ends after it shares a cluster with what may
  // still change; hold from its start (repeat: it may overlap an earlier one).
  const from = Math.max(0, len - CLUSTER_WINDOW);
  const cands = piiCandidates(from > 0 ? text.slice(from) : text);
  for (let moved = true; moved && len - p < MAX_PII_MATCH; ) {
    moved = false;
    for (const c of cands) {
      const s = c.start + from;
      if (s < p && c.end + from > p) {
        p = s;
        moved = true;
      }
    }
  }
  return Math.min(MAX_PII_MATCH, len - p);
}
