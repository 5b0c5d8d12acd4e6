// The built-in detectors, in the order the pipeline runs them. One line per detector.
import { DetectorRegistry } from '../engine/registry.js';
import type { Detector } from '../engine/types.js';

export const BUILTIN_DETECTORS: readonly Detector[] = [];

export function builtinRegistry(): DetectorRegistry {
  return new DetectorRegistry(BUILTIN_DETECTORS);
}
