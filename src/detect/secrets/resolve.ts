// Overlap resolution shared by the secrets and PII detectors: among candidates that overlap,
// keep the best by priority (lower tier, then higher score, then longer, then found first), greedily (the best first, then the next one that does not
// overlap anything kept, …), and return the kept ones in text order.
//
// How: candidates only compete with those they overlap, so the greedy choice runs per cluster
// of transitively overlapping candidates, found by one sweep in start order. The result is the
// same as sorting every candidate by priority (stable: ties keep the order they were found in)
// and sweeping once, but dense text — where almost every cluster is one match — skips the global
// comparator sort. A cluster already in priority order and start order (a storm's chain of equal
// candidates) is swept in O(n) without a copy or bitmap (keepChain); the input is never modified. Misses: nothing (exact). Cost: O(n log n) numeric sort + O(total match length)
// for the coverage bitmaps. Failure mode: pure; empty spans (end <= start) are dropped.

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** 2^21: start * SHIFT + index stays an exact double while start < 2^31 and index < 2^21. */
const SHIFT = 2097152;

/** The non-overlapping subset the greedy priority sweep keeps, in start order. */
export function resolveOverlaps<T extends Span>(found: readonly T[], tier: (c: T) => number): T[] {
  const byPriority = (a: T, b: T): number => tier(a) - tier(b) || b.score - a.score || b.end - b.start - (a.end - a.start);
  // No copy when nothing is empty (the usual case): `cands` is then only read, never written.
  let empty = false;
  for (const c of found) if (c.end <= c.start) { empty = true; break; }
  const cands = empty ? found.filter((c) => c.end > c.start) : found;
  const n = cands.length;
  if (n <= 1) return cands.slice();
  if (n >= SHIFT) return greedy(cands.slice(), tier, byPriority);
  // Start order, ties in found order; `pos` maps it back to found order.
  let order = cands;
  let pos: Int32Array | undefined;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = (cands[i - 1] as T).start <= (cands[i] as T).start;
  if (!sorted) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (cands[i] as T).start * SHIFT + i;
    keys.sort();
    pos = new Int32Array(n);
    const o = new Array<T>(n);
    for (let i = 0; i < n; i++) {
      const k = (keys[i] ?? 0) % SHIFT;
      pos[i] = k;
      o[i] = cands[k] as T;
    }
    order = o;
  }
  const kept: T[] = [];
  for (let i = 0; i < n; ) {
    const first = order[i] as T;
    let end = first.end;
    let j = i + 1;
    while (j < n && (order[j] as T).start < end) end = Math.max(end, (order[j++] as T).end);
    if (j === i + 1) kept.push(first);
    else if (!pos && inOrder(order, i, j, byPriority)) keepChain(order, i, j, kept);
    else {
      // Found order inside the cluster keeps the stable-sort tie-break of a global sort.
      let cluster: T[];
      if (!pos) cluster = order.slice(i, j);
      else {
        const idx = pos.slice(i, j).sort();
        cluster = Array.from(idx, (k) => cands[k] as T);
      }
      for (const c of greedy(cluster, tier, byPriority)) kept.push(c);
    }
    i = j;
  }
  return kept;
}

/** True when list[from, to) is in priority order as it stands (a stable sort would keep it). */
function inOrder<T extends Span>(list: readonly T[], from: number, to: number, byPriority: (a: T, b: T) => number): boolean {
  for (let i = from + 1; i < to; i++) if (byPriority(list[i - 1] as T, list[i] as T) > 0) return false;
  return true;
}

/**
 * The greedy sweep over list[from, to) when its priority order is its start order (a storm's
 * chain of equal candidates): each kept span starts at or before the one examined, which is
 * non-empty, so that one overlaps a kept span iff it starts before the last kept end (kept spans
 * are disjoint and in order). O(n), no copy, no bitmap; pushes to `kept` in start order.
 */
function keepChain<T extends Span>(list: readonly T[], from: number, to: number, kept: T[]): void {
  let lastEnd = -Infinity;
  for (let i = from; i < to; i++) {
    const c = list[i] as T;
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
}

/** Greedy by priority over `cands` (in found order), result in start order. */
function greedy<T extends Span>(cands: T[], tier: (c: T) => number, byPriority: (a: T, b: T) => number): T[] {
  let lo = Infinity;
  let hi = 0;
  for (const c of cands) {
    lo = Math.min(lo, c.start);
    hi = Math.max(hi, c.end);
  }
  // Storm clusters are often already in priority order (equal tier, score and length): check.
  let ordered = true;
  for (let i = 1; i < cands.length && ordered; i++) ordered = byPriority(cands[i - 1] as T, cands[i] as T) <= 0;
  const kept: T[] = [];
  if (!ordered && (cands.length < 64 || !sortByKeys(cands, tier))) cands.sort(byPriority);
  if (cands.length <= 8) {
    // Small clusters (the usual case on dense text): compare with what is kept, no bitmap.
    for (const c of cands) {
      let free = true;
      for (const k of kept) if (c.start < k.end && k.start < c.end) { free = false; break; }
      if (free) kept.push(c);
    }
    return sortByStart(kept);
  }
  // Coverage bitmap over the cluster: O(total match length), not O(candidates²).
  const taken = new Uint8Array(Math.max(0, hi - lo));
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i - lo]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start - lo, c.end - lo);
    kept.push(c);
  }
  return sortByStart(kept);
}

/** `list` in start order (in place; a linear check first, as it often already is). */
function sortByStart<T extends Span>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) if ((list[i - 1] as T).start > (list[i] as T).start) return list.sort((a, b) => a.start - b.start);
  return list;
}

/**
 * Priority sort of a large cluster (keyword storms) by one numeric key per candidate instead of
 * a comparator: (tier, rank of score, longest first, found order) packed into an exact double.
 * The same order as the stable comparator sort. False (nothing done) when the key would not fit.
 */
function sortByKeys<T extends Span>(cands: T[], tier: (c: T) => number): boolean {
  const n = cands.length;
  const scores = [...new Set(cands.map((c) => c.score))].sort((a, b) => b - a);
  const rankOf = new Map(scores.map((s, i) => [s, i]));
  let maxLen = 0;
  let maxTier = 0;
  for (const c of cands) {
    maxLen = Math.max(maxLen, c.end - c.start);
    maxTier = Math.max(maxTier, tier(c));
  }
  const R = scores.length;
  const L = maxLen + 1;
  if ((maxTier + 1) * R * L * n >= Number.MAX_SAFE_INTEGER) return false;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cands[i] as T;
    const t = tier(c);
    // INVARIANT: tiers are small non-negative integers (0 or 1 here).
    if (!Number.isInteger(t) || t < 0) return false;
    keys[i] = ((t * R + (rankOf.get(c.score) ?? 0)) * L + (maxLen - (c.end - c.start))) * n + i;
  }
  keys.sort();
  const copy = cands.slice();
  for (let i = 0; i < n; i++) cands[i] = copy[(keys[i] ?? 0) % n] as T;
  return true;
}
