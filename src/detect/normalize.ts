// PLACEHOLDER (being replaced by the full normalizer): raw view only.
import type { TextView, ViewName } from '../engine/types.js';

export interface NormalizeOptions {
  /** Views to build; `raw` is always built. */
  readonly views?: ReadonlySet<ViewName>;
}

export function rawView(text: string): TextView {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { name: 'raw', text, starts, ends, depth: 0, hidden: false };
}

export function normalize(text: string, _opts: NormalizeOptions = {}): TextView[] {
  return [rawView(text)];
}
