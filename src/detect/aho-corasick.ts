// Aho–Corasick keyword pre-filter: one pass over a text reports every occurrence of every
// keyword, so the cost of scanning does not grow with the number of rules (only the number of
// hits does). The secrets and PII detectors use it to decide which rules to run, and where.
//
// What it does: ASCII, case-insensitive matching of a fixed keyword set, built once at module
// load. A hit reports the keyword index and the [start, end) range in the scanned text.
// What it misses: non-ASCII keywords (they are rejected at build time); a non-ASCII character in
// the text simply resets the automaton, which is right for the ASCII keywords we use.
// Cost: build O(total keyword length × 128); scan O(text length + hits), one Int32Array lookup
// per character (rows pre-multiplied, a byte flag marks states where keywords end); `scanFlat`
// gives the same hits without an object each. Memory: states × 128 × 4 bytes (a few hundred KB for ~1000 keyword chars).
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
   * Dense goto/failure-folded transition table over row offsets: the row of a state is
   * `state * 128`, and next row = delta[row + char] (pre-multiplied, no multiply per character).
   */
  private readonly delta: Int32Array;
  /** 1 for states (by row >> 7) where some keyword ends: the only ones the scan stops at. */
  private readonly final: Uint8Array;
  /** For each state, the keywords that end there (own + via failure links), flattened. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const gotoRows: Int32Array[] = [new Int32Array(ALPHA).fill(-1)];
    const own: number[][] = [[]];
    keywords.forEach((raw, k) => {
      const kw = raw.toLowerCase();
      if (kw.length === 0) throw new Error('aho-corasick: empty keyword');
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (c >= ALPHA) throw new Error(`aho-corasick: non-ASCII keyword ${k}`);
        const row = gotoRows[s] as Int32Array;
        let next = row[c] ?? -1;
        if (next < 0) {
          next = gotoRows.length;
          gotoRows.push(new Int32Array(ALPHA).fill(-1));
          own.push([]);
          row[c] = next;
        }
        s = next;
      }
      (own[s] as number[]).push(k);
    });
    const n = gotoRows.length;
    const delta = new Int32Array(n * ALPHA);
    const fail = new Int32Array(n);
    const outs: number[][] = own.map((o) => [...o]);
    // BFS: fold failure links into a full DFA so the scan never follows a failure chain.
    const queue: number[] = [];
    const root = gotoRows[0] as Int32Array;
    for (let c = 0; c < ALPHA; c++) {
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
      for (let c = 0; c < ALPHA; c++) {
        const t = row[c] ?? -1;
        if (t >= 0) {
          fail[t] = delta[f * ALPHA + c] ?? 0;
          delta[s * ALPHA + c] = t;
          queue.push(t);
        } else {
          delta[s * ALPHA + c] = delta[f * ALPHA + c] ?? 0;
        }
      }
    }
    // Fold upper-case letters onto lower-case ones: case-insensitive for free at scan time.
    for (let s = 0; s < n; s++) {
      for (let c = 65; c <= 90; c++) delta[s * ALPHA + c] = delta[s * ALPHA + c + 32] ?? 0;
    }
    // Row offsets instead of state numbers (see `delta`).
    for (let i = 0; i < delta.length; i++) delta[i] = (delta[i] ?? 0) * ALPHA;
    this.delta = delta;
    this.final = Uint8Array.from(outs, (o) => (o.length > 0 ? 1 : 0));
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

  /** Every keyword occurrence (overlaps included), in order of end position. */
  scan(text: string, limit = Number.MAX_SAFE_INTEGER): AcHit[] {
    const hits: AcHit[] = [];
    const delta = this.delta;
    const final = this.final;
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
      row = delta[row + c] as number;
      if (final[row >> 7] === 0) continue;
      const st = row >> 7;
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
    const final = this.final;
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
      row = delta[row + c] as number;
      if (final[row >> 7] === 0) continue;
      const st = row >> 7;
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
