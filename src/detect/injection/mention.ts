// Use versus mention: is a rule match an instruction given to the reader, or a phrase being
// quoted, reported or discussed? "Translate into German: 'Ignore the previous email'", "my boss
// told me to ignore the formatting rules", a security advisory that cites "ignore previous
// instructions" as an example — each contains a strong override phrase that is the OBJECT of
// something else (a translation, a report, an example), not an order to the assistant.
//
// `isMention(lower, start, end)` says a span [start, end) of the lower-cased text is mentioned
// when one of these holds:
//   1. it lies inside a quotation ("…", “…”, ‘…’, «…», '…', `…`) AND the quotation is introduced
//      or followed by a mention frame: a reporting or language-task word (translate, wrote, said,
//      means, phrase, example, such as, grammar, …) in the same sentence, or the text is ABOUT
//      prompt attacks (aboutAttacks: ≥ 2 distinct meta terms — prompt injection, jailbreak,
//      attacker, red team, OWASP, …), where a quoted attack phrase is an example;
//   2. it follows reported speech addressed to a person in the same sentence ("told me to",
//      "asked us to", "I was told to") and the span itself does not address "you";
//   3. in a text about prompt attacks, it follows an example marker ("such as", "for example",
//      "e.g.", "like") within a few words.
// Unless the text ALSO tells the reader to act on the quotation ("… and then do what it says",
// "follow it", "execute the result"): then it is used, not mentioned.
//
// What it misses: quotations longer than QUOTE_REACH characters on either side of the match (they
// count as used, the safe side); attacks that are themselves framed as a translation with no
// instruction to obey them lose the rule (the model reads the text with the quotation blanked);
// unusual reporting verbs. An attacker can wrap an order in quotes plus "translate" or write
// "attackers, red team" around it in a document: the rule then drops out and only the model's
// view of the rest of the text remains — the evasion this trades for precision (JSON values,
// markup attributes and link titles are never treated as quotations, see mentionSpan).
// Cost: isMention is O(QUOTE_REACH) per call (bounded scans on either side, bounded regexes),
// called only for strong / medium rule hits; aboutAttacks is one linear pass over at most
// ABOUT_REACH characters (memoized per text); quotations and blank are linear.
// Failure mode: a wrong "mention" takes one rule hit out of the score (its bonus and floor; the
// hit stays in the evidence, the model still scores the rest of the text); a wrong "use" keeps
// the behaviour before revision 5.

/** How far (characters) a quotation may extend on either side of a match. */
export const QUOTE_REACH = 400;
/** How much of a text aboutAttacks reads. */
export const ABOUT_REACH = 8192;
/** How far before an opening quotation a frame word may be. */
const FRAME_REACH = 120;

// Words that make a following (or preceding) quotation an object being talked about.
// INVARIANT: every pattern here is linear (alternations of literals, bounded gaps).
const FRAME_BEFORE =
  /\b(?:translat\w{0,6}|how (?:do|would|can) (?:you|i|we) say|say(?:s|ing)?|said|wr(?:ote|ites|itten|iting)|told|tells|text(?:ed|s)|messag(?:ed|es)|emailed|posted|typed|replied|repl(?:y|ies)|reads?|mean(?:s|t|ing)?|phrase|sentence|line|wording|words?|quote[sd]?|quoting|example|such as|like|called|titled|labell?ed|rewrite|rephrase|paraphrase|proofread|fix|correct|grammar|punctuation|spelling|tone|rude|polite|verb|noun|synonyms?|antonyms?|count|capitali[sz]\w{0,6}|classify|categori[sz]e|detect|flag|is (?:this|it|that) (?:an? )?(?:attack|injection|jailbreak|safe|malicious)|sign|notice|slogan|lyrics?|caption|subtitle\w{0,3}|in (?:french|spanish|german|italian|portuguese|japanese|chinese|korean|russian|arabic|hindi|dutch|polish|turkish)|(?:french|spanish|german|italian|portuguese|japanese|chinese|korean|russian|arabic|hindi|dutch|polish|turkish) for)\b|\be\.g\./;
const FRAME_AFTER =
  /^[\s,.;:!?)\]'"”’»-]{0,6}(?:(?:she|he|they|it|someone|the (?:email|message|sign|note|client|customer|manager|boss)|my \w{2,12}) )?(?:said|says|wrote|writes|means?|is (?:an? )?(?:example|phrase|classic|common|typical|attack|injection|jailbreak)|in (?:french|spanish|german|japanese|chinese)|— ?(?:what|how|is|does)|grammatical(?:ly)?|(?:a )?(?:complete|correct|proper) sentence|attacks?|injections?|jailbreaks?|prompts? work)\b/;
// The reader is told to act on the quotation: the quote is used, not mentioned.
// Only an order to the reader: "and (then / please / just) follow it", not "and the model would obey".
const ACT_ON = /\b(?:(?:and|then|now)(?: (?:then|please|just|also|now|immediately|simply)){0,3},? (?:do (?:what|as) (?:it|they|that) says?|follow (?:it|them|that|those|the (?:result|instruction|combined)|what)|obey|execute|carry (?:it|them|that) out|carry out|act on|comply)|do (?:what|as) (?:it|they|that) says?|follow (?:it|them|that|those) (?:instructions?|exactly))\b/;
// Reported speech addressed to a person ("told me to", "asked us to", "I was told to").
const REPORTED = /\b(?:(?:told|asked|wants?|wanted|instructed|reminded|advised|said (?:to|for)|tells|asks|instructs|emailed|messaged|texted) (?:me|us|them|him|her|everyone|everybody|all of us|the team|the staff|staff|employees|students|people|the class)(?: all)? (?:to|that)|(?:i|we|they|he|she) (?:was|were|am|are|have been|had been) (?:told|asked|instructed|advised) to|(?:says|said) (?:that )?(?:we|i|they|he|she|staff|employees) (?:should|must|can|could|may))\b/;
const EXAMPLE_MARK = /\b(?:such as|for example|for instance|e\.g\.|like|e\. g\.|examples? (?:include|are|is))[\s:,"'“‘«`]{0,6}$/;
// URLs, host names and e-mail addresses (their words are not frame words).
const URLISH = /(?:https?:\/\/|www\.)[^\s"'“‘«]{0,300}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\b[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\.(?:com|org|net|io|dev|example)\b/g;
const ADDRESSES_YOU = /\byou(?:r|rs|rself|'re|'ll)?\b/;

// Terms of texts that DISCUSS prompt attacks (advisories, papers, training material), one
// alternation (one linear pass); distinct terms are counted by their first four letters.
const META_RE =
  /\b(?:prompt[- ]injections?|jailbreak(?:s|ing)?|attackers?|red[- ]team(?:s|ing|ers?)?|owasp|vulnerab(?:le|ility|ilities)|malicious|exploit(?:s|ed|ing)?|adversarial|advisory|mitigations?|defen[cs]es?|llm01|indirect injection|threat model)\b/g;

/** The text discusses prompt attacks: at least `min` distinct meta terms in its first ABOUT_REACH characters. */
export function aboutAttacks(lower: string, min = 2): boolean {
  // `injection` and `jailbreak` ask about the same lower-cased view one after the other.
  if (lower === aboutOf && min === aboutMin) return aboutVal;
  // What a document is about shows in its first ABOUT_REACH characters (bounds the cost on 64 KB).
  const head = lower.length > ABOUT_REACH ? lower.slice(0, ABOUT_REACH) : lower;
  const seen = new Set<string>();
  let val = false;
  META_RE.lastIndex = 0;
  for (let m = META_RE.exec(head); m; m = META_RE.exec(head)) {
    seen.add(m[0].slice(0, 4));
    if (seen.size >= min) { val = true; break; }
  }
  aboutOf = lower;
  aboutMin = min;
  aboutVal = val;
  return val;
}
// One-entry memo of aboutAttacks (pure: same string and min, same answer).
let aboutOf: string | undefined;
let aboutMin = 0;
let aboutVal = false;

// Quotations of up to QUOTE_REACH characters on one line: "…", “…”, «…», and '…' not inside a word.
const QUOTATION_RE = /"[^"\n]{1,400}"|“[^”\n]{1,400}”|«[^»\n]{1,400}»|(?<![\p{L}\p{N}])'[^'\n]{1,400}'(?![\p{L}\p{N}])/gu;

/** Content ranges [from, to) of every quotation in `lower` (bounded by QUOTE_REACH each). */
export function quotations(lower: string): [number, number][] {
  const out: [number, number][] = [];
  QUOTATION_RE.lastIndex = 0;
  for (let m = QUOTATION_RE.exec(lower); m; m = QUOTATION_RE.exec(lower)) out.push([m.index + 1, m.index + m[0].length - 1]);
  return out;
}

const OPEN_CLOSE: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '«': '»', '„': '“' };
const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The quotation enclosing [start, end), as [open, close] indices of the quote characters, or
 * undefined. Scans at most QUOTE_REACH characters each way and never crosses a blank line.
 */
export function enclosingQuote(lower: string, start: number, end: number): [number, number] | undefined {
  const lo = Math.max(0, start - QUOTE_REACH);
  const hi = Math.min(lower.length, end + QUOTE_REACH);
  // Symmetric quotes: the nearest unmatched opener before start, by parity of " / `.
  for (let i = start - 1; i >= lo; i--) {
    const c = lower[i];
    if (c === '\n' && lower[i - 1] === '\n') break;
    if (c === undefined) break;
    // A closer met first (not an apostrophe inside a word): the match is outside any quotation.
    if ((c === '”' || c === '»' || c === '’' || c === "'") && isWord(lower[i - 1]) && !isWord(lower[i + 1])) return undefined;
    const close = OPEN_CLOSE[c];
    if (close !== undefined) {
      // A curly opener: inside when no closer sits between it and start.
      if (lower.lastIndexOf(close, start - 1) > i && close !== c) continue;
      const j = lower.indexOf(close, end);
      if (j >= 0 && j < hi) return [i, j];
      continue;
    }
    if (c === '"' || c === '`') {
      // Count the same character from the opener's paragraph start: odd before start = inside.
      let count = 0;
      for (let k = i; k >= lo; k--) {
        if (lower[k] === '\n' && lower[k - 1] === '\n') break;
        if (lower[k] === c) count++;
      }
      if (count % 2 === 1) {
        const j = lower.indexOf(c, end);
        if (j >= 0 && j < hi && lower.slice(end, j).indexOf('\n\n') < 0) return [i, j];
      }
      return undefined;
    }
    if (c === "'" && !isWord(lower[i - 1]) && isWord(lower[i + 1])) {
      // An opening single quote (not an apostrophe): a closing one after end.
      for (let j = end; j < hi; j++) {
        if (lower[j] === "'" && !isWord(lower[j + 1]) && lower[j - 1] !== ' ') return [i, j];
        if (lower[j] === '\n' && lower[j + 1] === '\n') break;
      }
      return undefined;
    }
  }
  return undefined;
}

const ABBREV = /(?:^|[^a-z])(?:etc|vs|approx|incl|cf|e\.g|i\.e)$/;

/** The start of the sentence holding `i` (after the last . ! ? or newline), bounded by `reach`. */
function sentenceStart(lower: string, i: number, reach: number): number {
  const lo = Math.max(0, i - reach);
  for (let k = i - 1; k >= lo; k--) {
    const c = lower[k];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && (lower[k + 1] === ' ' || lower[k + 1] === '\n'))) {
      // An abbreviation's dot ("e.g.", "i.e.", "etc.", "vs.") does not end the sentence.
      if (c === '.' && (lower[k - 2] === '.' || ABBREV.test(lower.slice(Math.max(0, k - 6), k)))) continue;
      return k + 1;
    }
  }
  return lo;
}

/**
 * When [start, end) of `lower` is quoted, reported or cited rather than addressed to the reader:
 * the mentioned range (the quotation's content, or the match itself when unquoted) as
 * [from, to); otherwise undefined. `about` = aboutAttacks(lower), passed in when already known.
 */
export function mentionSpan(lower: string, start: number, end: number, about?: boolean): [number, number] | undefined {
  const meta = about ?? aboutAttacks(lower);
  const q = enclosingQuote(lower, start, end);
  if (q) {
    const [open, close] = q;
    const after = lower.slice(close + 1, Math.min(lower.length, close + 1 + 100));
    if (ACT_ON.test(after)) return undefined;
    const before = lower.slice(sentenceStart(lower, open, FRAME_REACH), open);
    if (ACT_ON.test(before)) return undefined;
    // A JSON value ("note": "…"), a markup attribute (title="…") or a markdown link title
    // ((https://… "…")) is data, not a quotation.
    if (!meta && /(?:["'`]\s{0,4}:|=|\(\s{0,4}(?:https?:\/\/|www\.)[^\s"'“‘«]{0,300}\s{1,4})\s{0,4}$/.test(before)) return undefined;
    // Frame words count in prose, not inside a URL or address ("docs.example.com").
    const prose = before.replace(URLISH, ' ');
    if (meta || FRAME_BEFORE.test(prose) || FRAME_AFTER.test(after)) return [open + 1, close];
    return undefined;
  }
  const s = sentenceStart(lower, start, FRAME_REACH);
  const before = lower.slice(s, start);
  const tail = lower.slice(end, Math.min(lower.length, end + 100));
  if (ACT_ON.test(tail)) return undefined;
  const rep = REPORTED.exec(before);
  // "told me to tell you to ignore your rules" addresses the reader: only a report with no "you"
  // between the reporting verb and the end of the match is a mention.
  if (rep && !ADDRESSES_YOU.test(lower.slice(s + rep.index + rep[0].length, end))) return [start, end];
  if (meta && EXAMPLE_MARK.test(before.slice(-40))) return [start, end];
  return undefined;
}

/** True when [start, end) of `lower` is quoted, reported or cited rather than addressed to the reader. */
export function isMention(lower: string, start: number, end: number, about?: boolean): boolean {
  return mentionSpan(lower, start, end, about) !== undefined;
}

/** `lower` with each [from, to) range replaced by spaces (same length: positions keep their meaning). */
export function blank(lower: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return lower;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of sorted) {
    const from = Math.max(at, a);
    if (b <= from) continue;
    out += lower.slice(at, from) + ' '.repeat(b - from);
    at = b;
  }
  return out + lower.slice(at);
}
