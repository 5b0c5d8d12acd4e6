// Indirect prompt injection in realistic documents and tool results (direction tool_result),
// revision 4 of the authored corpora (issue #3).
// What it does: combines ~105 base documents of 24 genres (documents-base.ts) with 260
// AI-addressed injected instructions of 11 styles plus two-part injections (documents-inject.ts),
// hidden by format-appropriate markup (HTML comments, display:none, zero-size / white text,
// alt / title / meta attributes, markdown comments, link titles, code comments, docstrings,
// JSON fields, CSV cells, SQL cells, log fields, chat lines, P.S., or plain sight) at the start,
// middle or end — and inserts human-addressed sentences with the SAME positions and markup as
// label-0 rows, so markup and position are never the signal. Also emits every clean base
// document and ~55 whole documents full of instructions for humans, prompt-injection-as-a-topic
// texts and legitimate tool descriptions (label 0). ~1 in 4 rows gets an outer tool-result
// wrapper (MCP content JSON, fetch header, retrieval delimiters), for both labels alike.
// Splits: documents, injected sentences, fillers and human documents are each partitioned by a
// seeded shuffle (per genre / per style, ~25 % held out); test rows combine ONLY held-out
// documents with held-out sentences (source pavise-authored-heldout-documents-v1), so no test
// row shares a base document or an injected sentence with train/dev. Dev is 15 % of the train
// documents, all variants of one document together.
// What it misses: one team's writing; documents < 2.5 KB; no images, no encodings (see
// obfuscated.ts), no payloads spread over several documents.
// Cost bound: O(#docs x variants) ~ 2,200 rows. Failure mode: throws if a marker is malformed.

import { type Row, makeRng, pick, shuffle } from './common.js';
import { type BaseDoc, type Fmt, BASE_DOCS, HUMAN_DOCS } from './documents-base.js';
import { type Style, FILLERS, INJECTIONS, SPLIT_INJECTIONS } from './documents-inject.js';

/** A corpus row plus the inserted sentence as it appears in `text` (the trainer locates it). */
export interface DocRow extends Row {
  payload?: string;
  style: string;
}

const SRC_TRAIN = 'pavise-authored-documents-v1';
const SRC_TEST = 'pavise-authored-heldout-documents-v1';
const TEST_FRACTION = 0.25;
const DEV_FRACTION = 0.15;
const MARKER = /\{\{INS\|([^}]*)\}\}/g;

interface Sent { readonly text: string; readonly lang: string; readonly style: string }

function parseSent(s: string, style: string): Sent {
  const m = /^([a-z]{2})\|/.exec(s);
  return m ? { text: s.slice(3), lang: m[1] ?? 'en', style } : { text: s, lang: 'en', style };
}

/** Seeded partition: ~fraction of xs (at least one when there are two or more) to test. */
function partition<T>(rng: () => number, xs: readonly T[], fraction: number): { train: T[]; test: T[] } {
  const sh = shuffle(rng, xs);
  const k = xs.length >= 2 ? Math.max(1, Math.round(xs.length * fraction)) : 0;
  return { test: sh.slice(0, k), train: sh.slice(k) };
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\n/g, ' ');
const oneLine = (s: string): string => s.replace(/\n/g, ' ');

/** Wrap a sentence in format-appropriate (often hidden) markup for a line insertion. */
function hide(fmt: Fmt, s: string, rng: () => number): string {
  const o = oneLine(s);
  switch (fmt) {
    case 'html':
      return pick(rng, [
        `<p>${s}</p>`, `<!-- ${s} -->`, `<div style="display:none">${s}</div>`,
        `<span style="color:#ffffff;font-size:1px">${s}</span>`, `<p style="font-size:0">${s}</p>`,
        `<meta name="description" content="${attr(s)}">`, `<img src="/img/spacer.gif" alt="${attr(s)}" width="1" height="1">`,
        `<a href="/help" title="${attr(s)}">Help</a>`, `<div hidden>${s}</div>`, `<span class="sr-only">${s}</span>`,
        `<div style="position:absolute;left:-9999px">${s}</div>`, `<noscript>${s}</noscript>`,
      ]);
    case 'md':
      return pick(rng, [
        s, `<!-- ${s} -->`, `[//]: # (${o})`, `> ${o}`, `[^1]: ${o}`, `See the [documentation](https://docs.example.com "${attr(s)}").`,
        `<details><summary>Notes</summary>\n\n${s}\n</details>`, `*${o}*`, `<span style="display:none">${s}</span>`,
      ]);
    case 'py':
      return pick(rng, [`# ${o}`, `"""${s}"""`, `NOTE = ${JSON.stringify(s)}`, `# TODO: ${o}`]);
    case 'js':
      return pick(rng, [`// ${o}`, `/* ${s} */`, `/**\n * ${o}\n */`, `// TODO: ${o}`, `const note = ${JSON.stringify(s)};`]);
    case 'go': case 'java': case 'rust':
      return pick(rng, [`// ${o}`, `/* ${s} */`, `// TODO: ${o}`, `/// ${o}`]);
    case 'sh': case 'yaml':
      return pick(rng, [`# ${o}`, `# NOTE: ${o}`, `#   ${o}`]);
    case 'sql':
      return pick(rng, [`-- ${o}`, `/* ${s} */`]);
    case 'email':
      return pick(rng, [s, s, `P.S. ${s}`, `\n\n\n\n\n${s}`, `-- \n${s}`, `> ${o}`, `<!-- ${s} -->`, `<span style="display:none">${s}</span>`, `[${o}]`]);
    case 'plain':
      return pick(rng, [s, s, `(${o})`, `Note: ${s}`, `* ${o}`, `¹ ${o}`, `[${o}]`]);
    case 'ics':
      return pick(rng, [`COMMENT:${o}`, `X-ALT-DESC;FMTTYPE=text/html:<p style="display:none">${attr(s)}</p>`, `X-NOTE:${o}`]);
    case 'log':
      return pick(rng, [`2024-04-11T09:14:07.001Z INFO  api  msg="${attr(s)}"`, `2024-04-11T09:14:07.310Z DEBUG worker note: ${o}`, `Apr 12 03:16:01 web-01 app[3120]: ${o}`]);
    case 'chat':
      return `[${pick(rng, ['10:16', '10:21', '16:58', '21:12', '09:31'])}] ${pick(rng, ['alex', 'guest_42', 'jordan.p', 'bot-relay', 'sam'])}: ${o}`;
    case 'json': case 'csv':
      return s; // markers only (see canLine)
  }
}

/** Escape a sentence for the field it lands in. */
function escapeField(fmt: Fmt, s: string): string {
  if (fmt === 'json') return JSON.stringify(s).slice(1, -1);
  if (fmt === 'csv') return s.replace(/"/g, '""');
  if (fmt === 'ics') return s.replace(/,/g, '\\,').replace(/\n/g, '\\n');
  return oneLine(s);
}

const canLine = (fmt: Fmt): boolean => fmt !== 'json' && fmt !== 'csv';
const hasMarker = (t: string): boolean => t.includes('{{INS|');
/** Room for a second insertion (a filler before the main sentence). */
const roomForTwo = (fmt: Fmt, t: string): boolean => canLine(fmt) || [...t.matchAll(MARKER)].length >= 2;

type Pos = 'start' | 'early' | 'middle' | 'late' | 'end';

/** Insert s into text (markers still unresolved); returns the new text and the inserted string. */
function insert(text: string, fmt: Fmt, s: string, rng: () => number, pos?: Pos): { text: string; ins: string } {
  const markers = [...text.matchAll(MARKER)];
  if (markers.length > 0 && (!canLine(fmt) || (pos === undefined && rng() < 0.5))) {
    const m = pick(rng, markers);
    const def = m[1] ?? '';
    const esc = escapeField(fmt, s);
    const val = def !== '' && rng() < 0.4 ? `${def} ${esc}` : esc;
    const at = m.index ?? 0;
    return { text: text.slice(0, at) + val + text.slice(at + m[0].length), ins: esc };
  }
  if (!canLine(fmt)) throw new Error('documents: no marker in a json/csv document');
  const lines = text.replace(/\n$/, '').split('\n');
  const p: Pos = pos ?? pick(rng, ['start', 'early', 'middle', 'middle', 'late', 'end', 'end']);
  const n = lines.length;
  const at = p === 'start' ? 0 : p === 'early' ? Math.min(n, 1 + Math.floor(rng() * 2)) : p === 'middle' ? Math.floor(n / 2) : p === 'late' ? Math.max(1, n - 2) : n;
  const wrapped = hide(fmt, s, rng);
  lines.splice(at, 0, wrapped);
  // The trainer locates the first line of the inserted sentence.
  return { text: lines.join('\n') + '\n', ins: s.split('\n')[0] ?? s };
}

const resolve = (text: string): string => text.replace(MARKER, (_m, def: string) => def);

/** Outer tool-result wrapper applied to ~1 in 4 rows of either label. */
function wrap(text: string, rng: () => number): { text: string; json: boolean } {
  const r = rng();
  if (r < 0.75) return { text, json: false };
  if (r < 0.85) return { text: JSON.stringify({ content: [{ type: 'text', text }] }), json: true };
  if (r < 0.93) return { text: `Tool result (fetch_url):\n${text}`, json: false };
  return { text: `--- retrieved document 2 of 4 ---\n${text}--- end of document ---\n`, json: false };
}

/** Language of a two-part injection (they carry no "xx|" tag); undefined for English. */
function pairLang(a: string): string | undefined {
  if (/[\u3040-\u30ff]/.test(a)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(a)) return 'zh';
  if (/[\u0400-\u04ff]/.test(a)) return 'ru';
  if (/\b(Pour l|suite)\b/.test(a)) return 'fr';
  if (/\b(wenn|merke|antworte)\b/.test(a)) return 'de';
  if (/\bIA\b|[ñ¿]/.test(a)) return 'es';
  return undefined;
}

export function documentRows(seed: number): DocRow[] {
  const rng = makeRng(seed ^ 0x0d0c);
  // ---- partitions (documents per genre, sentences per style)
  const byGenre = new Map<string, BaseDoc[]>();
  for (const doc of BASE_DOCS) byGenre.set(doc.genre, [...(byGenre.get(doc.genre) ?? []), doc]);
  const trainDocs: BaseDoc[] = [];
  const testDocs: BaseDoc[] = [];
  for (const docs of byGenre.values()) {
    const p = partition(rng, docs, TEST_FRACTION);
    trainDocs.push(...p.train);
    testDocs.push(...p.test);
  }
  const trainInj: Sent[] = [];
  const testInj: Sent[] = [];
  for (const [style, list] of Object.entries(INJECTIONS) as [Style, readonly string[]][]) {
    const p = partition(rng, list, TEST_FRACTION);
    trainInj.push(...p.train.map((s) => parseSent(s, style)));
    testInj.push(...p.test.map((s) => parseSent(s, style)));
  }
  const pairs = partition(rng, SPLIT_INJECTIONS, TEST_FRACTION);
  const fill = partition(rng, FILLERS.map((s) => parseSent(s, 'filler')), TEST_FRACTION);
  const human = partition(rng, HUMAN_DOCS, TEST_FRACTION);

  const rows: DocRow[] = [];
  const add = (raw: string, label: 0 | 1, doc: BaseDoc, split: Row['split'], lang: string, style: string, method: Row['method'], ins?: string): void => {
    const w = wrap(raw, rng);
    let payload: string | undefined;
    if (ins !== undefined) {
      const cand = w.json ? JSON.stringify(ins).slice(1, -1) : ins;
      if (w.text.includes(cand)) payload = cand;
    }
    rows.push({
      text: w.text, label, source: split === 'test' ? SRC_TEST : SRC_TRAIN, family: `doc_${doc.genre}`, lang,
      split, direction: 'tool_result', task: label === 1 ? 'injection' : 'benign', method, style,
      ...(payload !== undefined ? { payload } : {}),
    });
  };

  const build = (docs: readonly BaseDoc[], inj: readonly Sent[], prs: readonly (readonly [string, string])[], fillers: readonly Sent[], test: boolean, nInj: number, nFill: number): void => {
    for (const doc of docs) {
      // INVARIANT: one split per base document, so dev/test never hold a variant of a train doc.
      const split: Row['split'] = test ? 'test' : rng() < DEV_FRACTION ? 'dev' : 'train';
      const used = new Set<string>();
      const draw = <T extends { text: string }>(xs: readonly T[]): T => {
        let x = pick(rng, xs);
        for (let t = 0; used.has(x.text) && t < 12; t++) x = pick(rng, xs);
        used.add(x.text);
        return x;
      };
      for (let k = 0; k < nInj; k++) {
        let text = doc.text;
        // ~30 % also carry a benign human-addressed sentence, so fillers are not a label-0 cue.
        if (roomForTwo(doc.fmt, text) && rng() < 0.3) text = insert(text, doc.fmt, draw(fillers).text, rng).text;
        if (canLine(doc.fmt) && prs.length > 0 && rng() < 0.12) {
          const [a, b] = pick(rng, prs);
          const first = insert(text, doc.fmt, a, rng, pick(rng, ['start', 'early']));
          const second = insert(first.text, doc.fmt, b, rng, 'end');
          const lang = pairLang(a) ?? doc.lang;
          add(resolve(second.text), 1, doc, split, lang, 'split', 'template', first.ins);
          continue;
        }
        const s = draw(inj);
        const r = insert(text, doc.fmt, s.text, rng);
        add(resolve(r.text), 1, doc, split, s.lang === 'en' ? doc.lang : s.lang, s.style, 'template', r.ins);
      }
      for (let k = 0; k < nFill; k++) {
        let text = doc.text;
        if (roomForTwo(doc.fmt, text) && rng() < 0.3) text = insert(text, doc.fmt, draw(fillers).text, rng).text;
        const f = draw(fillers);
        const r = insert(text, doc.fmt, f.text, rng);
        add(resolve(r.text), 0, doc, split, f.lang === 'en' ? doc.lang : f.lang, 'filler', 'template');
      }
      add(resolve(doc.text), 0, doc, split, doc.lang, 'clean', 'hand');
    }
  };
  build(trainDocs, trainInj, pairs.train, fill.train, false, 11, 9);
  build(testDocs, testInj, pairs.test, fill.test, true, 8, 7);

  // Whole human-instruction documents: as-is and once more with a benign sentence inserted
  // (so they carry the same insertion markup as the attack rows).
  for (const [docs, test, fillers] of [[human.train, false, fill.train], [human.test, true, fill.test]] as const) {
    for (const doc of docs) {
      const split: Row['split'] = test ? 'test' : rng() < DEV_FRACTION ? 'dev' : 'train';
      add(resolve(doc.text), 0, doc, split, doc.lang, 'human', 'hand');
      if (canLine(doc.fmt) || hasMarker(doc.text)) {
        const f = pick(rng, fillers);
        add(resolve(insert(doc.text, doc.fmt, f.text, rng).text), 0, doc, split, f.lang === 'en' ? doc.lang : f.lang, 'human', 'hand');
      }
    }
  }
  return rows;
}
