// Aho–Corasick keyword pre-filter: one pass over a text reports every occurrence of every
// keyword, so the cost of scanning does not grow with the number of rules (only the number of
// hits does). The secrets and PII detectors and the injection rules' gate use it to decide which
// rules to run, and where.
//
// What it does: ASCII, case-insensitive matching of a fixed keyword set, built once at module
// load. A hit reports the keyword index and the [start, end) range in the scanned text.
// What it misses: non-ASCII keywords (they are rejected at build time); a non-ASCII character in
// the text simply resets the automaton, which is right for the ASCII keywords we use.
// Cost: build O(total keyword length × columns); scan O(text length + hits): per character one
// lookup in a 128-byte class table and one in the transition table (rows pre-multiplied; a
// negative entry marks states where keywords end); `scanFlat` gives the same hits without an
// object each. Memory: states × columns × 4 bytes, where the columns are the distinct characters
// of the keywords (upper and lower case share one) plus one for every other character: the
// injection gate list (1,111 words: ~6,000 states × 46 columns) takes 1.1 MB instead of the
// 3.1 MB of 128-wide rows.
// Failure mode: none at scan time; `build` throws on an empty or non-ASCII keyword (a
// programming error, caught by the module's tests).

const ALPHA = 128;

export interface AcHit {
  /** Index of the keyword in the list given to the constructor. */
  readonly keyword: number;
  readonly start: number;
  readonly end: number;
}

export class AhoCorasick {
  readonly keywords: readonly string[];
  /**
   * ASCII code → column of the transition table. Column 0 is every character that occurs in no
   * keyword: from any state it leads back to the root. `A`–`Z` share the column of `a`–`z`
   * (case-insensitive for free at scan time).
   */
  private readonly cls: Uint8Array;
  /** Columns per row (distinct keyword characters + 1). */
  private readonly width: number;
  /**
   * Dense goto/failure-folded transition table over row offsets: the row of a state is
   * `state * width`, and next row = delta[row + cls[char]] (pre-multiplied, no multiply per
   * character). INVARIANT: an entry is `~row` (negative) exactly when some keyword ends at the
   * state it leads to: the only states the scan stops at.
   */
  private readonly delta: Int32Array;
  /** For each state, the keywords that end there (own + via failure links), flattened. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const lower = keywords.map((raw, k) => {
      const kw = raw.toLowerCase();
      if (kw.length === 0) throw new Error('aho-corasick: empty keyword');
      for (let i = 0; i < kw.length; i++) if (kw.charCodeAt(i) >= ALPHA) throw new Error(`aho-corasick: non-ASCII keyword ${k}`);
      return kw;
    });
    // Columns: one per distinct keyword character, in order of first use; 0 for the rest.
    const cls = new Uint8Array(ALPHA);
    let width = 1;
    for (const kw of lower) {
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (cls[c] === 0) cls[c] = width++;
      }
    }
    for (let c = 65; c <= 90; c++) cls[c] = cls[c + 32] ?? 0;
    const gotoRows: Int32Array[] = [new Int32Array(width).fill(-1)];
    const own: number[][] = [[]];
    lower.forEach((kw, k) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const col = cls[kw.charCodeAt(i)] ?? 0;
        const row = gotoRows[s] as Int32Array;
        let next = row[col] ?? -1;
        if (next < 0) {
          next = gotoRows.length;
          gotoRows.push(new Int32Array(width).fill(-1));
          own.push([]);
          row[col] = next;
        }
        s = next;
      }
      (own[s] as number[]).push(k);
    });
    const n = gotoRows.length;
    const delta = new Int32Array(n * width);
    const fail = new Int32Array(n);
    const outs: number[][] = own.map((o) => [...o]);
    // BFS: fold failure links into a full DFA so the scan never follows a failure chain.
    // Column 0 stays all zeros: no keyword contains those characters, so they lead to the root.
    const queue: number[] = [];
    const root = gotoRows[0] as Int32Array;
    for (let c = 1; c < width; c++) {
      const t = root[c] ?? -1;
      if (t >= 0) {
        delta[c] = t;
        fail[t] = 0;
        queue.push(t);
      } else {
        delta[c] = 0;
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      const row = gotoRows[s] as Int32Array;
      const f = fail[s] ?? 0;
      (outs[s] as number[]).push(...(outs[f] as number[]));
      for (let c = 1; c < width; c++) {
        const t = row[c] ?? -1;
        if (t >= 0) {
          fail[t] = delta[f * width + c] ?? 0;
          delta[s * width + c] = t;
          queue.push(t);
        } else {
          delta[s * width + c] = delta[f * width + c] ?? 0;
        }
      }
    }
    // Row offsets instead of state numbers (see `delta`), complemented where keywords end.
    for (let i = 0; i < delta.length; i++) {
      const t = delta[i] ?? 0;
      delta[i] = (outs[t] as number[]).length > 0 ? ~(t * width) : t * width;
    }
    this.cls = cls;
    this.width = width;
    this.delta = delta;
    const outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let s = 0; s < n; s++) {
      outStart[s] = flat.length;
      flat.push(...(outs[s] as number[]));
    }
    outStart[n] = flat.length;
    this.outStart = outStart;
    this.outList = Int32Array.from(flat);
  }

  /** Bytes held by the transition table (states × columns × 4): for memory tests and notes. */
  get tableBytes(): number {
    return this.delta.byteLength;
  }

  /** Every keyword occurrence (overlaps included), in order of end position. */
  scan(text: string, limit = Number.MAX_SAFE_INTEGER): AcHit[] {
    const hits: AcHit[] = [];
    const delta = this.delta;
    const cls = this.cls;
    const width = this.width;
    const outStart = this.outStart;
    const outList = this.outList;
    const kws = this.keywords;
    const n = text.length;
    let row = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // INVARIANT: a non-ASCII character can never be part of a keyword, so it resets to root.
      if (c >= ALPHA) {
        row = 0;
        continue;
      }
      const v = delta[row + (cls[c] as number)] as number;
      if (v >= 0) {
        row = v;
        continue;
      }
      row = ~v;
      const st = (row / width) | 0;
      const b = outStart[st + 1] ?? 0;
      for (let j = outStart[st] ?? 0; j < b; j++) {
        const k = outList[j] ?? 0;
        const len = (kws[k] as string).length;
        hits.push({ keyword: k, start: i + 1 - len, end: i + 1 });
        if (hits.length >= limit) return hits;
      }
    }
    return hits;
  }

  /**
   * The hits of `scan` as a flat array [keyword, end, keyword, end, …] (start = end − keyword
   * length), in the same order: no object per hit, for callers on hot paths.
   */
  scanFlat(text: string): Int32Array {
    let hits = new Int32Array(64);
    let n = 0;
    const delta = this.delta;
    const cls = this.cls;
    const width = this.width;
    const outStart = this.outStart;
    const outList = this.outList;
    const len = text.length;
    let row = 0;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHA) {
        row = 0;
        continue;
      }
      const v = delta[row + (cls[c] as number)] as number;
      if (v >= 0) {
        row = v;
        continue;
      }
      row = ~v;
      const st = (row / width) | 0;
      const b = outStart[st + 1] ?? 0;
      for (let j = outStart[st] ?? 0; j < b; j++) {
        if (n + 2 > hits.length) {
          const grown = new Int32Array(hits.length * 2);
          grown.set(hits);
          hits = grown;
        }
        hits[n++] = outList[j] ?? 0;
        hits[n++] = i + 1;
      }
    }
    return hits.subarray(0, n);
  }

  /** True when any keyword occurs (stops at the first hit). */
  test(text: string): boolean {
    return this.scan(text, 1).length > 0;
  }
}
