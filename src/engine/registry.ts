// The detector registry: the closed list of detectors the pipeline runs, in a fixed order.
//
// Adding a detector is one new file under src/detect/ and one line in BUILTIN_DETECTORS
// (src/detect/index.ts). The registry is immutable once built so that decisions are deterministic.

import type { Detector, ViewName } from './types.js';

export class DetectorRegistry {
  readonly detectors: readonly Detector[];
  /** Union of the views any registered detector reads; the normalizer builds only these. */
  readonly views: ReadonlySet<ViewName>;
  /** Longest match any detector can make: the stream scanner's hold-back. */
  readonly maxMatchLength: number;

  constructor(detectors: readonly Detector[]) {
    const ids = new Set<string>();
    for (const d of detectors) {
      if (ids.has(d.id)) throw new Error(`duplicate detector id \`${d.id}\``);
      ids.add(d.id);
    }
    this.detectors = Object.freeze([...detectors]);
    this.views = new Set(detectors.flatMap((d) => d.views));
    this.maxMatchLength = detectors.reduce((m, d) => Math.max(m, d.maxMatchLength), 0);
  }

  get(id: string): Detector | undefined {
    return this.detectors.find((d) => d.id === id);
  }

  /** A registry with some detectors removed or replaced (tests, config `detectors.disabled`). */
  with(options: { disable?: readonly string[]; add?: readonly Detector[] }): DetectorRegistry {
    const disabled = new Set(options.disable ?? []);
    const added = options.add ?? [];
    const addedIds = new Set(added.map((d) => d.id));
    return new DetectorRegistry([
      ...this.detectors.filter((d) => !disabled.has(d.id) && !addedIds.has(d.id)),
      ...added,
    ]);
  }
}
