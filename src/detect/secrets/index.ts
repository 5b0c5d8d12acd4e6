// The `secrets` detector: credentials in text (provider keys, JWTs, PEM private keys, passwords
// in URLs and connection strings, generic `password=` / `secret:` / `token` assignments).
//
// How: one Aho–Corasick pass finds the literal keywords of every rule (rules.ts); each hit runs
// only its own rule's sticky regex at that position; generic assignments are then judged by
// Shannon entropy, character classes and a placeholder filter (`${DB_PASSWORD}`, `changeme`,
// `xxxx`, `process.env.X`, identifiers, type names). Specific formats win over generic ones
// when they overlap.
// Misses: credentials with neither a known prefix nor a context keyword; keys split across
// lines or string concatenations; non-ASCII keywords. Values containing `EXAMPLE` (documented
// sample keys) are reported at a low score (0.3), below the default redact threshold.
// Cost: O(n) for the keyword pass plus O(window) per keyword hit; a match is at most
// MAX_SECRET_MATCH characters. What keeps the per-hit constant small (dense text is all hits):
// no `d` flag (group `s` is located from the match, `locate`), no per-hit objects (`scanFlat`),
// the (rule, position) dedupe only for rules whose keywords can collide, a rule `precheck`
// where a keyword storm would otherwise pay a failing regex per hit, allocation-free entropy /
// placeholder / fake-value checks, and overlap resolution per cluster (resolve.ts). The per-hit
// judgement is its own function (`examine`) so that the first calls on dense text do not pay the
// optimising compiler for one very large function, twice (bench/detectors.ts measures those).
// Failure mode: pure, throws only on programming errors (a rule table that breaks an
// INVARIANT below throws at module load).

import type { DetectContext, Detector, Match, TextView } from '../../engine/types.js';
import { AhoCorasick } from '../aho-corasick.js';
import type { RunMemo, SecretRule } from './rules.js';
import { maxRegexLength } from './length.js';
import { MAX_SECRET_MATCH, SECRET_RULES } from './rules.js';
import { resolveOverlaps } from './resolve.js';

const keywordList: string[] = [];
/** keyword index -> rule indexes that own it. */
const owners: number[][] = [];
{
  const byKw = new Map<string, number>();
  SECRET_RULES.forEach((rule, ri) => {
    for (const kw of new Set(rule.keywords.map((k) => k.toLowerCase()))) {
      let k = byKw.get(kw);
      if (k === undefined) {
        k = keywordList.length;
        byKw.set(kw, k);
        keywordList.push(kw);
        owners.push([]);
      }
      (owners[k] as number[]).push(ri);
    }
  });
}
const AC = new AhoCorasick(keywordList);
/** Keyword lengths by keyword index. */
const kwLen = Int32Array.from(keywordList, (k) => k.length);
/**
 * Rules that can be hit twice at the same position: one of their keywords is a prefix of another
 * (`pass` / `password`). Only these need the (rule, position) dedupe set; for the others two hits
 * of the rule at one start would be the same keyword twice, which the automaton never reports.
 */
// The per-hit fields of every rule as flat arrays: the rules are object literals of many shapes,
// so reading `rule.lead` etc. in the hit loop is a megamorphic property load each time.
const LEAD = Int32Array.from(SECRET_RULES, (r) => r.lead ?? 0);
const BOUNDARY = Uint8Array.from(SECRET_RULES, (r) => ((r.boundary ?? true) ? 1 : 0));
/** Generic rules whose keyword inside a lower-case word is no key name (not bearer / ADO). */
const CAMEL = Uint8Array.from(SECRET_RULES, (r) => (r.generic && r.id !== 'bearer_token' && r.id !== 'connection_string' ? 1 : 0));
const REGEX: readonly RegExp[] = SECRET_RULES.map((r) => r.re);
const PRECHECK: readonly (SecretRule['precheck'] | undefined)[] = SECRET_RULES.map((r) => r.precheck);
// INVARIANT: fewer than 128 rules, so at * 128 + ri identifies (rule, position).
if (SECRET_RULES.length >= 128) throw new Error('secrets: the dedupe key assumes < 128 rules');
const needsDedupe: readonly boolean[] = SECRET_RULES.map((r) => {
  const kws = [...new Set(r.keywords.map((k) => k.toLowerCase()))];
  return kws.some((a) => kws.some((b) => a !== b && b.startsWith(a)));
});

/** Index just past the group or class that opens at `i` (escapes and classes skipped). */
function closeOf(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k++;
      while (k < src.length && src[k] !== ']') k += src[k] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  throw new Error('unbalanced parenthesis in regex');
}
/** True when `part` is a sequence of top-level lookarounds (matches no characters). */
function zeroWidth(part: string): boolean {
  for (let i = 0; i < part.length; ) {
    if (!/^\((?:\?[=!]|\?<[=!])/.test(part.slice(i))) return false;
    i = closeOf(part, i);
  }
  return true;
}
/** Where group `s` sits in a match found without the `d` flag. */
type Locate = 'whole' | 'start' | 'end' | 'indices';
/**
 * From a rule's source: `start` when everything before `(?<s>` is zero-width (s begins at the
 * match), `end` when everything after the group is (s ends with the match), `whole` without a
 * group `s`. Otherwise the rule must carry the `d` flag (`indices`); a rule with neither is a
 * programming error and throws at load (the module tests import it).
 */
function locateOf(re: RegExp): Locate {
  const src = re.source;
  let at = -1;
  for (let k = 0, depth = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k++;
      while (k < src.length && src[k] !== ']') k += src[k] === '\\' ? 2 : 1;
    } else if (c === '(') {
      if (depth === 0 && src.startsWith('(?<s>', k)) {
        at = k;
        break;
      }
      depth++;
    } else if (c === ')') depth--;
  }
  if (re.hasIndices) return 'indices';
  if (at < 0) {
    if (src.includes('(?<s>')) throw new Error(`secrets: group s nested in ${src}`);
    return 'whole';
  }
  if (zeroWidth(src.slice(0, at))) return 'start';
  if (zeroWidth(src.slice(closeOf(src, at)))) return 'end';
  throw new Error(`secrets: rule needs the d flag: ${src}`);
}
// INVARIANT: `s` is a top-level group (never inside an alternative or quantifier), so a match
// always defines groups.s and the located span is exact.
const locate: readonly Locate[] = SECRET_RULES.map((r) => locateOf(r.re));

/** Longest match each rule can make (PEM blocks: MAX_SECRET_MATCH), from its regex and lead. */
const ruleMax: readonly number[] = SECRET_RULES.map((r) => (r.pem ? MAX_SECRET_MATCH : Math.min(MAX_SECRET_MATCH, (r.lead ?? 0) + maxRegexLength(r.re.source))));
/** Longest `lead` of any rule. */
const MAX_LEAD = SECRET_RULES.reduce((m, r) => Math.max(m, r.lead ?? 0), 0);
/**
 * Detector.streamLeftContext: the left context scanSecrets reads before a match — the `lead`
 * characters and one boundary character (lookbehinds, the camel-case check).
 */
export const SECRETS_LEFT_CONTEXT = MAX_LEAD + 1;
/**
 * A trie of every proper keyword prefix, read backwards (last character first), so the text's
 * end is matched against all of them in one walk that stops at the first character no prefix
 * has. `lead`: the longest `lead` of the rules owning a keyword with that prefix (-1: none ends here).
 */
interface PrefixNode {
  lead: number;
  readonly next: Map<number, PrefixNode>;
}
const REVERSED_PREFIXES: PrefixNode = { lead: -1, next: new Map() };
keywordList.forEach((kw, k) => {
  const lead = (owners[k] ?? []).reduce((m, ri) => Math.max(m, LEAD[ri] ?? 0), 0);
  for (let j = 1; j < kw.length; j++) {
    let node = REVERSED_PREFIXES;
    for (let i = j - 1; i >= 0; i--) {
      const c = kw.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { lead: -1, next: new Map() }));
      node = child;
    }
    node.lead = Math.max(node.lead, lead);
  }
});

/**
 * Hold-back for a keyword not seen whole yet: a keyword whose first k characters end `text`
 * starts a match `lead + k` characters back; one that has not begun yet starts it at most
 * `lead` characters back, and only over lead characters.
 * INVARIANT: no rule's `lead` characters can be whitespace (length.test.ts checks the rules'
 * lead patterns), so that second case is bounded by the trailing run of non-blank characters.
 */
function pendingKeywordHold(text: string): number {
  const len = text.length;
  let run = 0;
  while (run < MAX_LEAD && run < len && !isBlankCode(text.charCodeAt(len - 1 - run))) run++;
  let hold = run;
  let node: PrefixNode | undefined = REVERSED_PREFIXES;
  for (let k = 1; k <= len; k++) {
    let c = text.charCodeAt(len - k);
    if (c >= 65 && c <= 90) c += 32; // ASCII case folding, as the automaton does
    node = node.next.get(c);
    if (!node) break;
    if (node.lead >= 0 && node.lead + k > hold) hold = node.lead + k;
  }
  return hold;
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/**
 * Detector.streamHoldBack: the tail of streamed output that could still be part of an
 * incomplete secret. A match starts `lead` characters before one of its rule's keywords, so only
 * keyword hits whose rule's longest match could still run past the end of `text` extend the hold,
 * plus a keyword still arriving (pendingKeywordHold); clean prose holds back its trailing partial
 * token (0 after a blank) instead of a PEM block's 4200. The left context is separate
 * (SECRETS_LEFT_CONTEXT). Cost: one Aho–Corasick pass over the last MAX_SECRET_MATCH characters.
 */
export function secretsStreamHoldBack(text: string): number {
  let hold = pendingKeywordHold(text);
  const from = Math.max(0, text.length - MAX_SECRET_MATCH);
  const tail = from > 0 ? text.slice(from) : text;
  for (const hit of AC.scan(tail)) {
    for (const ri of owners[hit.keyword] ?? []) {
      const at = from + hit.start - (LEAD[ri] ?? 0);
      // scanSecrets' positional checks read only characters before the keyword's end (final
      // text): a hit they reject (`sk` in "asked") can never start a match.
      if (at > 0 && BOUNDARY[ri] === 1 && isWordCode(text.charCodeAt(at - 1))) continue;
      if (CAMEL[ri] === 1 && at > 0 && isLower(text.charCodeAt(at - 1)) && isLower(text.charCodeAt(at))) continue;
      const need = text.length - at;
      // INVARIANT: a match of this rule starting `need` characters before the end and at most
      // ruleMax long is complete (and seen whole by the guard, which adds one character) unless
      // need <= ruleMax.
      if (need <= (ruleMax[ri] ?? MAX_SECRET_MATCH) && need > hold) hold = need;
    }
  }
  return Math.min(hold, MAX_SECRET_MATCH);
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Per-code-unit counts for `entropy`; always all-zero between calls. */
const COUNTS = new Uint32Array(65536);
/** The distinct code units of `entropy`'s input in order of first occurrence (grown on demand). */
let FIRST = new Uint16Array(256);
/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  // One pass counts and lists each distinct code unit at its first occurrence; the sum then runs
  // over that list, in that order (the order a Map would iterate), resetting each count as it is
  // used: the same floating-point result as before, no allocation once FIRST is large enough.
  // INVARIANT: COUNTS is all-zero again when this returns (the function cannot throw midway).
  if (FIRST.length < n) FIRST = new Uint16Array(Math.max(n, 2 * FIRST.length));
  let d = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = COUNTS[c] ?? 0;
    if (k === 0) FIRST[d++] = c;
    COUNTS[c] = k + 1;
  }
  let h = 0;
  const tabled = n <= PLOGP_MAX_N;
  const row = (n * (n - 1)) / 2 - 1;
  for (let j = 0; j < d; j++) {
    const c = FIRST[j] ?? 0;
    const k = COUNTS[c] ?? 0;
    COUNTS[c] = 0;
    if (tabled) {
      // The same p * log2(p) as below, computed once per (k, n) and then looked up.
      let t = PLOGP[row + k] ?? NaN;
      if (Number.isNaN(t)) {
        const p = k / n;
        PLOGP[row + k] = t = p * Math.log2(p);
      }
      h -= t;
    } else {
      const p = k / n;
      h -= p * Math.log2(p);
    }
  }
  return h;
}
/** Memo of p * log2(p) for p = k / n, n ≤ PLOGP_MAX_N, at n(n−1)/2 + k − 1 (NaN: not yet). */
const PLOGP_MAX_N = 256;
const PLOGP = new Float64Array((PLOGP_MAX_N * (PLOGP_MAX_N + 1)) / 2).fill(NaN);

const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change_me', 'changeit', 'password', 'passwd', 'pass', 'secret', 'secrets', 'example', 'dummy', 'placeholder',
  'redacted', 'removed', 'hidden', 'none', 'null', 'nil', 'undefined', 'true', 'false', 'string', 'str', 'required',
  'optional', 'sample', 'test', 'testing', 'foobar', 'foo', 'bar', 'todo', 'fixme', 'mypassword', 'yourpassword',
  'your_password', 'your-password', 'mysecret', 'yoursecret', 'your_secret', 'your-secret', 'secret123', 'password123',
  'admin', 'root', 'default', 'token', 'apikey', 'api_key', 'your_api_key', 'your-api-key', 'yourapikey', 'your_token',
  'empty', 'notset', 'not_set', 'unset', 'masked', 'xxx', 'bytes', 'buffer', 'int', 'number', 'boolean', 'bool', 'any',
  'object', 'secretstr', 'secretstring', 'optional[str]', 'self', 'this', 'env', 'environ', 'config', 'settings',
]);

// The literal markers of a placeholder (`${`, `process.env`, `xxxx`, `your_`, `example`, …), as
// one Aho–Corasick automaton instead of two alternations of ~40 literals each (which irregexp
// tries at every position): one table lookup per character. Every alternative of the former
// regexes is listed expanded (`x{4,}` is "contains xxxx", `my[_-]?key` its three spellings);
// `<[a-z_]` is covered by `<`. `…` is non-ASCII and tested with `includes`.
const NOT_A_REAL = ['', '_', '-'].flatMap((a) => ['', '_', '-'].map((b) => `not${a}a${b}real`));
const PLACEHOLDER_MARKS = new AhoCorasick([
  '${', '#{', '{{', '%(', 'process.env', 'os.environ', 'getenv', 'env[', 'env(', 'secretkeyref', 'valuefrom', 'vault:', 'ssm:', 'arn:aws',
  'xxxx', '***', '...', '____', '----', '000000', '###', 'your_', 'your-',
  ...['', '_', '-'].flatMap((sep) => ['password', 'secret', 'token', 'key'].map((w) => `my${sep}${w}`)),
  'example', 'dummy', 'sample', 'placeholder', 'changeme', 'redacted', 'insert', 'replace', 'enter_', 'enter-', 'fake',
  ...NOT_A_REAL, '<', '>',
]);
/** Longest entry of PLACEHOLDER_WORDS: longer values skip the set lookup. */
const PLACEHOLDER_WORD_MAX = Math.max(...[...PLACEHOLDER_WORDS].map((w) => w.length));
const FOO_BAR = /^(?:foo|bar|baz|qux|test|demo)(?:[-_]?(?:foo|bar|baz|qux|test|demo|[0-9]))*$/;

/** True for values that stand in for a secret rather than being one. */
export function isPlaceholder(raw: string): boolean {
  const v = raw.toLowerCase();
  if (v.length === 0) return true;
  const c0 = v.charCodeAt(0);
  // $VAR ${VAR} {{var}} <value> [value] (value) *** :param @var
  if (c0 === 36 || c0 === 123 || c0 === 60 || c0 === 91 || c0 === 40 || c0 === 42 || c0 === 58 || c0 === 64) return true;
  // %VAR% %(name)s %s — but not a random value that happens to start with '%'.
  if (c0 === 37 && /^%(?:\(|[a-z_][a-z0-9_]*%|[sd]$)/.test(v)) return true;
  if (v.length <= PLACEHOLDER_WORD_MAX && PLACEHOLDER_WORDS.has(v)) return true;
  if (PLACEHOLDER_MARKS.test(v) || v.includes('…')) return true;
  // One repeated character (aaaaaaaa, 11111111): `^(.)\1+$` without the regex.
  if (v.length >= 2 && c0 !== 10 && c0 !== 13 && c0 !== 0x2028 && c0 !== 0x2029) {
    let i = 1;
    while (i < v.length && v.charCodeAt(i) === c0) i++;
    if (i === v.length) return true;
  }
  // foo-bar style names (only these first letters can start one).
  if ((c0 === 102 || c0 === 98 || c0 === 113 || c0 === 116 || c0 === 100) && FOO_BAR.test(v)) return true;
  return false;
}

/**
 * Provider-format values that are visibly made up: a run of 6 identical characters or of 8
 * consecutive alphabet/digit characters ("aBcDeFgH", "12345678"). A random token has either
 * with negligible probability.
 */
export function looksFake(value: string): boolean {
  // One pass over ASCII values (all provider formats); other values take the original route, whose
  // toLowerCase may change lengths.
  let sameRun = 1;
  let seqRun = 1;
  let p = -1;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c >= 128) return looksFakeSlow(value);
    if (c >= 65 && c <= 90) c += 32;
    // `(.)\1{5}`: `.` excludes line terminators.
    sameRun = c === p && c !== 10 && c !== 13 ? sameRun + 1 : 1;
    if (sameRun >= 6) return true;
    const alnum = (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    seqRun = i > 0 && alnum && c === p + 1 ? seqRun + 1 : 1;
    if (seqRun >= 8) return true;
    p = c;
  }
  return false;
}
function looksFakeSlow(value: string): boolean {
  const v = value.toLowerCase();
  if (/(.)\1{5}/.test(v)) return true;
  let run = 1;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const p = v.charCodeAt(i - 1);
    const alnum = (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    run = alnum && c === p + 1 ? run + 1 : 1;
    if (run >= 8) return true;
  }
  return false;
}

const URL_PLACEHOLDER = /^(?:password|passwd|pass|pwd|secret|changeme|mypassword|yourpassword|your_password|replace_with_password|\*+|x+)$/i;

// Identifier tails allowed after a generic keyword (db_PASSWORD, clientSecret, api_key_value…).
// Anything else (token_type, max_tokens, tokenizer, secret_name, password_policy) is not a secret.
// INVARIANT (ReDoS): no string splits into these words two ways (`access_key` is `access` + `_key`),
// so the starred group cannot backtrack exponentially.
const SUFFIX_OK = /^(?:[_.-]?(?:key|value|val|word|phrase|str|string|hash|b64|base64|hex|token|secret|id|access|v[0-9]|[0-9]))*[sS]?$/i;

const CALL = /^[A-Za-z_$][\w$.]{0,80}\(/;
const KWARG = /^[a-z_]{3,30}=(?!=)/;
const SLUG = /^[a-z]{1,30}[0-9]{0,3}(?:[-_/.:][a-z]{1,30}[0-9]{0,3}){1,8}$/;

interface GenericCtx {
  readonly password: boolean;
  readonly quoted: boolean;
}

/** How many of lower, upper, digit, other occur in `value` (one pass, no regex). */
function charClasses(value: string): number {
  let seen = 0;
  for (let i = 0; i < value.length && seen !== 15; i++) {
    const c = value.charCodeAt(i);
    seen |= c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 4 : 8;
  }
  return (seen & 1) + ((seen >> 1) & 1) + ((seen >> 2) & 1) + ((seen >> 3) & 1);
}

/** `/example/i.test(v)` without the regex: ASCII letters either case (c | 32 folds exactly those). */
export function hasExample(v: string): boolean {
  // Jump between the x / X (the only codes with c | 32 === 120) by the native indexOf: values are
  // up to a PEM block long and mostly hold no x, so a per-character loop was a visible share of
  // dense-text scans.
  let lx = v.indexOf('x', 1);
  let ux = v.indexOf('X', 1);
  while (lx >= 0 || ux >= 0) {
    const i = ux < 0 || (lx >= 0 && lx < ux) ? lx : ux;
    if (i + 5 >= v.length) return false;
    if (i === lx) lx = v.indexOf('x', i + 1);
    else ux = v.indexOf('X', i + 1);
    if ((v.charCodeAt(i - 1) | 32) === 101 && (v.charCodeAt(i + 1) | 32) === 97 && (v.charCodeAt(i + 2) | 32) === 109 && (v.charCodeAt(i + 3) | 32) === 112 && (v.charCodeAt(i + 4) | 32) === 108 && (v.charCodeAt(i + 5) | 32) === 101) return true;
  }
  return false;
}
/**
 * Published sample credentials (API docs, jwt.io) that are not in an EXAMPLE-style form: found
 * anywhere in a value they mark it as documentation. Fragments long enough not to occur by chance
 * (split literals so that this file does not trip secret scanners itself).
 */
const KNOWN_SAMPLES = [
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', // jwt.io's HS256 sample signature
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', // jwt.io's sample payload (John Doe)
  'sk_' + 'test_4eC39HqLyjWDarjtT1zdp7dc', // Stripe API reference test key
  'sk_' + 'test_BQokikJOvBiI2HlWgH4olfQ2', // Stripe's older docs test key
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCY', // AWS docs secret access key
];
export function isKnownSample(v: string): boolean {
  if (v.length < 24) return false;
  for (const k of KNOWN_SAMPLES) if (v.includes(k)) return true;
  return false;
}

/** Score a generic assignment's value; 0 means "not a secret". */
export function judgeGeneric(value: string, ctx: GenericCtx): number {
  if (isPlaceholder(value)) return 0;
  if (value.includes('://')) return 0; // a URL, not a secret (credentials in URLs have their own rule)
  // A function call (`getenv(`, `os.environ.get(`): an identifier right before the first '('. A
  // '(' after other punctuation is part of a random value (Django keys use it).
  // Each anchored regex below runs only when the value's first character (or the position of
  // its first '(' / '=') allows a match: dense text pays ~10 regex calls per value otherwise.
  // INVARIANT: CALL's '(' is the first '(' (its prefix class excludes it), at index 1..81.
  const paren = value.indexOf('(');
  if (paren >= 1 && paren <= 81 && CALL.test(value)) return 0;
  // A keyword argument (`getenv("API_KEY", default=None)`): judge what is assigned.
  // INVARIANT: KWARG's '=' is the first '=' (its prefix class excludes it), at index 3..30.
  const eq = value.indexOf('=');
  const kw = eq >= 3 && eq <= 30 ? KWARG.exec(value) : null;
  if (kw) {
    // One level only: `a=b=c=…` (a `password=` storm) is no keyword argument, and recursing on
    // each would make a storm quadratic.
    const rest = value.slice(kw[0].length);
    return KWARG.test(rest) ? 0 : judgeGeneric(rest, ctx);
  }
  if (isKnownSample(value)) return 0;
  // A lower-case slug or path of words (`billing-api/prod`, a secret's name or id), not a value.
  const c0 = value.charCodeAt(0);
  const lower = c0 >= 97 && c0 <= 122;
  const upper = c0 >= 65 && c0 <= 90;
  const identStart = lower || upper || c0 === 95 || c0 === 36;
  if (!ctx.password && lower && SLUG.test(value)) return 0;
  if (c0 === 47 || c0 === 126 || value.startsWith('./') || value.startsWith('../')) return 0; // a path
  if (((c0 >= 48 && c0 <= 57) || c0 === 46 || c0 === 44 || c0 === 95 || c0 === 45) && /^[0-9.,_-]+$/.test(value)) return 0; // a number, version or count
  // Identifiers only matter unquoted (a quoted value is a literal, whatever it looks like).
  const identifier = !ctx.quoted && identStart && /^[A-Za-z_$][A-Za-z_$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*$/.test(value);
  if (!ctx.quoted && (identifier || (identStart && /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)))) return 0; // code reference
  if (!ctx.quoted && upper && /^[A-Z][A-Za-z]+(?:\[[A-Za-z]+\])?$/.test(value)) return 0; // type annotation
  const h = entropy(value);
  const classes = charClasses(value);
  if (ctx.password) {
    if (value.length < 6) return 0;
    if (identifier && !ctx.quoted) return 0;
    if (/^[a-z]+$/.test(value) && !ctx.quoted) return 0; // a word in prose or a type name
    return Math.min(0.9, 0.55 + 0.05 * classes + (h > 3 ? 0.1 : 0));
  }
  if (value.length < 12) return 0;
  if (classes < 2 && !/^[a-f0-9]{16,}$/i.test(value)) return 0;
  if (h < 3.0) return 0;
  return Math.min(0.9, 0.5 + 0.08 * classes + (h > 4 ? 0.1 : 0));
}

/** End of a PEM block that starts at `begin` (after its BEGIN line ends at `afterHeader`). */
function pemEnd(text: string, begin: number, afterHeader: number): number {
  // INVARIANT: the block ends by begin + MAX_SECRET_MATCH (END line ≤ 65 chars past `limit`), so
  // maxMatchLength and the stream hold-back bound it.
  const limit = Math.min(text.length, begin + MAX_SECRET_MATCH - 70);
  const end = text.indexOf('-----END', afterHeader);
  if (end >= 0 && end < limit) {
    const close = text.indexOf('-----', end + 8);
    if (close >= 0 && close < end + 60) return close + 5;
  }
  // Unterminated: take the body characters that follow (base64, headers, escaped newlines).
  let i = afterHeader;
  while (i < limit) {
    const c = text.charCodeAt(i);
    const ok = isWordCode(c) || c === 43 || c === 47 || c === 61 || c === 32 || c === 10 || c === 13 || c === 9 || c === 92 || c === 58 || c === 44 || c === 45;
    if (!ok) break;
    i++;
  }
  return i;
}

interface Cand {
  readonly rule: SecretRule;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** All secret matches in `text` (raw coordinates), overlaps resolved. */
export function scanSecrets(text: string): Cand[] {
  const cands: Cand[] = [];
  const seen = new Set<number>();
  // Per rule: end of the last generic value examined. A keyword inside that value
  // ("password=password=…") is not re-examined, which keeps adversarial input linear.
  const valueEnd = new Int32Array(SECRET_RULES.length);
  const memos: (RunMemo | undefined)[] = [];
  const hits = AC.scanFlat(text);
  for (let h = 0; h < hits.length; h += 2) {
    const kw = hits[h] ?? 0;
    const hitStart = (hits[h + 1] ?? 0) - (kwLen[kw] ?? 0);
    for (const ri of owners[kw] ?? []) {
      const at = hitStart - (LEAD[ri] ?? 0);
      if (at < 0 || at < (valueEnd[ri] ?? 0)) continue;
      // The cheap positional checks run before the dedupe set (they depend only on rule and
      // position, so the order does not change the result).
      if (at > 0 && BOUNDARY[ri] === 1 && isWordCode(text.charCodeAt(at - 1))) continue;
      if (CAMEL[ri] === 1 && at > 0) {
        // Keyword inside a word is only a key name at a camelCase/snake boundary (dbPassword,
        // DB_PASSWORD), not in `bypass`, `compass`, `keepass`.
        const prev = text.charCodeAt(at - 1);
        if (isLower(prev) && isLower(text.charCodeAt(at))) continue;
      }
      if (needsDedupe[ri]) {
        // A small integer key while at < 2^23 (no heap number per entry); exact beyond.
        const key = at * 128 + ri;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const precheck = PRECHECK[ri];
      if (precheck) {
        let memo = memos[ri];
        if (!memo) memos[ri] = memo = { from: -1, to: -1, closed: false };
        if (!precheck(text, hitStart + (kwLen[kw] ?? 0), memo)) continue;
      }
      examine(text, ri, at, valueEnd, cands);
    }
  }
  return resolveOverlaps(cands, tier);
}

/**
 * Runs rule `ri` at `at` and judges its value, pushing a candidate to `cands`. A function of its
 * own, not inline in scanSecrets' loop: the optimising compiler then compiles (and, when a branch
 * first runs late, re-compiles) two moderate functions instead of one large one, whose compile
 * CPU showed up in the first calls on dense text.
 */
function examine(text: string, ri: number, at: number, valueEnd: Int32Array, cands: Cand[]): void {
  const re = REGEX[ri];
  if (!re) return;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return;
  const rule = SECRET_RULES[ri];
  if (!rule) return;
  let s = m.index;
  let e = s + m[0].length;
  const how = locate[ri];
  if (how === 'indices') {
    const idx = m.indices?.groups?.['s'] ?? m.indices?.[0];
    if (!idx) return;
    s = idx[0];
    e = idx[1];
  } else if (how !== 'whole') {
    const len = m.groups?.['s']?.length ?? 0;
    if (how === 'start') e = s + len;
    else s = e - len;
  }
  if (rule.generic) valueEnd[ri] = e;
  let value = text.slice(s, e);
  let score = rule.score;
  if (rule.pem) {
    e = pemEnd(text, s, e);
    value = text.slice(s, e);
  }
  if (rule.generic) {
    const g = m.groups ?? {};
    if (rule.id === 'password_assignment' || rule.id === 'secret_assignment') {
      if (!SUFFIX_OK.test(g['suffix'] ?? '')) return;
    }
    // A quoted string that goes on after a blank ("Passwort zurücksetzen", a UI label or
    // translation) is text when its first word is letters only.
    if ((g['q'] ?? '') !== '' && e < text.length && isJsSpaceCode(text.charCodeAt(e)) && LETTERS.test(value)) return;
    // Trim trailing punctuation that ends a statement, not the value.
    let cutAt = value.length;
    while (cutAt > 0 && ',;)]}>'.includes(value.charAt(cutAt - 1))) cutAt--;
    const trimmed = value.slice(0, cutAt);
    e = s + trimmed.length;
    value = trimmed;
    const quoted = (g['q'] ?? '') !== '';
    const j = judgeGeneric(value, { password: rule.entity === 'password' || rule.id === 'connection_string', quoted });
    if (j === 0) return;
    score = Math.min(rule.score, j) + (quoted ? 0.05 : 0);
  } else if (rule.id === 'connection_string') {
    // scheme://user:password@ — templates, dictionary placeholders, user == password, and
    // very short or single-character passwords are documentation, not credentials.
    const user = text.slice(at + 3, s - 1);
    if (isPlaceholder(value) || URL_PLACEHOLDER.test(value) || value.length < 4 || value === user || /^(.)\1*$/.test(value)) return;
    if (/[${}()]/.test(user)) return;
  } else if (rule.pem) {
    // A real key body is long base64; `***`, `xxx`, `...` bodies are placeholders.
    const body = value.replace(/-----[A-Z ]+-----/g, '').replace(/\\n|\s/g, '');
    if (body.length < 64 || !/^[A-Za-z0-9+/=:,.-]+$/.test(body.slice(0, 64))) return;
  } else if (looksFake(value.slice(Math.min(8, value.length >> 2))) || PLACEHOLDER_MARKS.test(value) || isKnownSample(value)) {
    // Made-up or documented values in a provider's format (`xoxb-not-a-real-token-…`, the
    // Stripe docs key): reported below the redact threshold, like EXAMPLE keys.
    score = 0.3;
  }
  if (rule.validate && !rule.validate(value)) return;
  if (hasExample(value)) score = 0.3;
  if (e > s) cands.push({ rule, start: s, end: e, score });
}

const LETTERS = /^\p{L}{1,40}$/u;
function isJsSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

/** Overlap tier: specific formats (0) beat generic assignments (1); then score, then length. */
function tier(c: Cand): number {
  return c.rule.generic ? 1 : 0;
}

function detect(view: TextView, _ctx: DetectContext): Match[] {
  return scanSecrets(view.text).map((c) => ({
    kind: c.rule.id,
    score: c.score,
    start: c.start,
    end: c.end,
    entity: c.rule.entity,
    evidence: c.score < 0.5 ? `${c.rule.id} (example or placeholder value)` : `${c.rule.id} (${c.end - c.start} chars)`,
  }));
}

// Examples are assembled by concatenation so this file does not itself trip secret scanners.
const A = 'AKIA';
const G = 'gh' + 'p_';
export const secretsDetector: Detector = {
  id: 'secrets',
  version: '1.0.0',
  maxMatchLength: MAX_SECRET_MATCH,
  views: ['raw'],
  detect,
  streamHoldBack: secretsStreamHoldBack,
  streamLeftContext: SECRETS_LEFT_CONTEXT,
  examples: {
    positive: [
      { text: `aws_access_key_id = ${A}Q3EGRDJWSLPY2NHZ`, kind: 'aws_access_key' },
      { text: `export GITHUB_TOKEN=${G}${'a1B2c3D4e5F6g7H8i9J0'}${'kQmRwZxTpLvNsY'}yz`, kind: 'github_token' },
      { text: `const key = "${'sk-ant-'}api03-${'Zx9'.repeat(30)}${'abcAA'}"`, kind: 'anthropic_api_key' },
      { text: `SLACK=${'xox'}b-2847561930-7730194628-${'Qm7RtZx2Lp9WvKc4Nb8Hy3Jd'}`, kind: 'slack_token' },
      { text: `stripe: ${'sk_'}live_${'4eC39HqLyjWDarjtT1zdp7dc'}`, kind: 'stripe_key' },
      { text: `DATABASE_URL=postgres://app:${'S3cr'}etPw0rd!@db.internal:5432/app`, kind: 'connection_string' },
      { text: `-----BEGIN RSA ${'PRIVATE'} KEY-----\nMIIEowIBAAKCAQEA${'q7BFUxk2'.repeat(12)}\n-----END RSA ${'PRIVATE'} KEY-----`, kind: 'private_key' },
      { text: `Authorization: Bearer ${'eyJhbGciOiJIUzI1NiJ9'}.${'eyJzdWIiOiIxMjM0NTY3ODkwIn0'}.${'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'}`, kind: 'jwt' },
      { text: `db_password = "${'Tr0ub4dor'}&3horse"`, kind: 'password_assignment' },
      { text: `{"client_secret": "${'q8Xr2Lp0Vz'}${'Tn4Yk7Wd1Hs6'}"}`, kind: 'secret_assignment' },
      { text: `HF_TOKEN=${'hf_'}${'QmRtZxLpWvKcNbHyJdGs'}${'Tf5aE8uB2oI7eY'}`, kind: 'huggingface_token' },
      { text: `SENDGRID=${'SG.'}${'q7Rt2ZxLp9WvKc4Nb8Hy3J'}.${'dGs5Tf1aE8uB2oI7eY4wXq6Mn0Pr3Lk9Jh2Gf5Ds8Az'}`, kind: 'sendgrid_api_key' },
    ],
    negative: [
      { text: 'password: ${DB_PASSWORD}' },
      { text: 'DB_PASSWORD=changeme' },
      { text: 'const password = req.body.password;' },
      { text: 'commit 3f786850e387550fdab836ed7e6dc881de23001b' },
      { text: 'id: 123e4567-e89b-12d3-a456-426614174000' },
      { text: 'color: #ff00aa; background: url(data:image/png;base64,iVBORw0KGgo=)' },
      { text: 'max_tokens: 1024' },
      { text: 'token_type: "bearer"' },
      { text: 'api_key: "xxxxxxxxxxxxxxxxxxxxxxxx"' },
      { text: 'version = "4.17.21"' },
      { text: 'if (password.length < 8) throw new Error("too short")' },
      { text: 'postgres://app:${PGPASSWORD}@db:5432/app' },
    ],
  },
};
