// Aho–Corasick keyword pre-filter: one pass over a text reports every occurrence of every
// keyword, so the cost of scanning does not grow with the number of rules (only the number of
// hits does). The secrets, PII and injection detectors use it to decide which rules to run, and
// where.
//
// What it does: ASCII, case-insensitive matching of a fixed keyword set, built once at module
// load. A hit reports the keyword index and the [start, end) range in the scanned text.
// What it misses: non-ASCII keywords (they are rejected at build time); a non-ASCII character in
// the text simply resets the automaton, which is right for the ASCII keywords we use.
// Cost: build O(total keyword length × 128); scan O(text length + hits). Per character, two
// array reads: the character's class (a 128-byte table that does not depend on the state, so it
// is off the critical path) and the next state (one dependent read). The scan is a chain of
// dependent reads, so their latency bounds it. Three choices keep that latency down:
//   - Columns are character CLASSES, not ASCII codes: one per keyword character (upper case
//     shares lower case's) and one for every other character, which always leads back to the
//     root.
//   - States are 16-bit. For the ~1,200 injection gate words that is 46 columns × 2 bytes,
//     0.58 MB instead of 3.2 MB.
//   - `scanFlat` runs two independent chains, one per half of the text, so their waits overlap.
// Measured per 2 KB prompt with the model pass run between scans, as in the pipeline: 42.7 →
// 34.0 µs median (load 8). States where a keyword ends are numbered last, so the scan tests
// `state >= firstFinal` and reads no second table. `scanFlat` gives the same hits as `scan`
// without an object each. Limit: 65,535 states (the constructor throws beyond; the gate words
// use ~6,300).
// Failure mode: none at scan time; the constructor throws on an empty or non-ASCII keyword or
// more than 65,535 states (a programming error, caught by the module's tests).

const ALPHA = 128;
/** Shortest text scanFlat splits into two streams (below it the lead-in is a large share). */
const TWO_STREAMS_MIN = 128;

export interface AcHit {
  /** Index of the keyword in the list given to the constructor. */
  readonly keyword: number;
  readonly start: number;
  readonly end: number;
}

export class AhoCorasick {
  readonly keywords: readonly string[];
  /**
   * Dense goto/failure-folded transition table over states and character classes: the next
   * state is delta[state * width + cls[char]] (16 bits per entry).
   */
  private readonly delta: Uint16Array;
  /** States from this number on are those where some keyword ends. */
  private readonly firstFinal: number;
  /** Column per ASCII code (upper case shares lower case's; 0 = in no keyword). */
  private readonly cls: Uint8Array;
  /** Columns per row. */
  private readonly width: number;
  /** For each state, the keywords that end there (own + via failure links), flattened. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  /** Longest keyword − 1: how far before mid scanFlat's second stream starts. */
  private readonly lap: number;
  /** scanFlat's per-stream hit buffers, reused (grown on demand; scanFlat is synchronous). */
  private bufA = new Int32Array(256);
  private bufB = new Int32Array(256);

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
    // Character classes: one per character that occurs in a keyword, upper-case letters with
    // their lower-case letter (case-insensitive for free at scan time), class 0 for the rest.
    // INVARIANT: a character in no keyword has no goto edge anywhere, so every state's
    // transition on it is the root's, which is the root: class 0's column is all zeros.
    const cls = new Uint8Array(ALPHA);
    const rep: number[] = [0];
    for (let c = 0; c < ALPHA; c++) {
      if (c >= 65 && c <= 90) continue;
      let used = false;
      for (let s = 0; s < n && !used; s++) used = ((gotoRows[s] as Int32Array)[c] ?? -1) >= 0;
      if (!used) continue;
      cls[c] = rep.length;
      rep.push(c);
    }
    for (let c = 65; c <= 90; c++) cls[c] = cls[c + 32] ?? 0;
    const width = rep.length;
    const final = Uint8Array.from(outs, (o) => (o.length > 0 ? 1 : 0));
    // State numbers: the states where no keyword ends first, then those where one does (so "a
    // keyword ends here" is `state >= firstFinal`, no second table to read), each group in BFS
    // order (the root and the shallow states the scan spends most of its time in are adjacent).
    const bfs = [0, ...queue];
    const order = [...bfs.filter((x) => final[x] === 0), ...bfs.filter((x) => final[x] === 1)];
    if (n > 0xffff) throw new Error('aho-corasick: too many keyword characters');
    const id = new Int32Array(n);
    order.forEach((x, i) => (id[x] = i));
    const table = new Uint16Array(n * width);
    for (let s = 0; s < n; s++) {
      for (let k = 1; k < width; k++) table[(id[s] ?? 0) * width + k] = id[delta[s * ALPHA + (rep[k] ?? 0)] ?? 0] ?? 0;
    }
    this.delta = table;
    this.cls = cls;
    this.width = width;
    this.firstFinal = n - bfs.filter((x) => final[x] === 1).length;
    const outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let i = 0; i < n; i++) {
      outStart[i] = flat.length;
      flat.push(...(outs[order[i] ?? 0] as number[]));
    }
    outStart[n] = flat.length;
    this.outStart = outStart;
    this.outList = Int32Array.from(flat);
    this.lap = Math.max(0, ...keywords.map((k) => k.length)) - 1;
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
    const firstFinal = this.firstFinal;
    const n = text.length;
    let st = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // INVARIANT: a non-ASCII character can never be part of a keyword, so it resets to root.
      if (c >= ALPHA) {
        st = 0;
        continue;
      }
      st = delta[st * width + (cls[c] as number)] as number;
      if (st < firstFinal) continue;
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
    const delta = this.delta;
    const cls = this.cls;
    const width = this.width;
    const firstFinal = this.firstFinal;
    const len = text.length;
    // Two streams over the two halves, interleaved: the scan is a chain of dependent table
    // reads, bound by their latency, and two independent chains overlap their waits (the CPU
    // runs both at once). Stream A covers [0, mid) and reports the hits that end at or before
    // mid; stream B starts from the root LAP characters before mid and reports the hits that end
    // after mid.
    // INVARIANT: the automaton's state after a character is the longest suffix of the text read
    // so far (since the last non-ASCII reset) that is a keyword prefix, at most LAP + 1 long; at
    // any position ≥ mid, B has read at least LAP + 1 characters, so its state (and the hits it
    // reports there) is exactly the one-stream scan's. Hits come out in the same order: A's (ends
    // ≤ mid), then B's (ends > mid), each in end order.
    const mid = len >> 1;
    const s2 = mid - this.lap;
    let nA = 0;
    let nB = 0;
    let ra = 0;
    let rb = 0;
    let from = 0;
    if (len >= TWO_STREAMS_MIN && s2 > 0) {
      for (let k = 0; k < mid; k++) {
        const ca = text.charCodeAt(k);
        const cb = text.charCodeAt(s2 + k);
        if (ca >= ALPHA) ra = 0;
        else {
          ra = delta[ra * width + (cls[ca] as number)] as number;
          if (ra >= firstFinal) nA = this.emit(0, nA, ra, k + 1);
        }
        if (cb >= ALPHA) rb = 0;
        else {
          rb = delta[rb * width + (cls[cb] as number)] as number;
          if (rb >= firstFinal && s2 + k >= mid) nB = this.emit(1, nB, rb, s2 + k + 1);
        }
      }
      from = s2 + mid;
    }
    // B alone: the rest of the second half (or the whole text when it is short). Every position
    // here is ≥ mid (s2 > 0 means mid > LAP, so s2 + mid ≥ mid).
    for (let i = from; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHA) {
        rb = 0;
        continue;
      }
      rb = delta[rb * width + (cls[c] as number)] as number;
      if (rb < firstFinal) continue;
      nB = this.emit(1, nB, rb, i + 1);
    }
    const out = new Int32Array(nA + nB);
    out.set(this.bufA.subarray(0, nA));
    out.set(this.bufB.subarray(0, nB), nA);
    return out;
  }

  /** Append [keyword, end] for every keyword ending in state `st` to stream `which`'s buffer. */
  private emit(which: 0 | 1, n: number, st: number, end: number): number {
    const outStart = this.outStart;
    const outList = this.outList;
    const b = outStart[st + 1] ?? 0;
    for (let j = outStart[st] ?? 0; j < b; j++) {
      let buf = which === 0 ? this.bufA : this.bufB;
      if (n + 2 > buf.length) {
        const grown = new Int32Array(buf.length * 2);
        grown.set(buf);
        buf = grown;
        if (which === 0) this.bufA = grown;
        else this.bufB = grown;
      }
      buf[n++] = outList[j] ?? 0;
      buf[n++] = end;
    }
    return n;
  }

  /** True when any keyword occurs (stops at the first hit). */
  test(text: string): boolean {
    return this.scan(text, 1).length > 0;
  }
}
