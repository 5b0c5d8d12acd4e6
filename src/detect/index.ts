// The built-in detectors, in the order the pipeline runs them. One line per detector.
import { DetectorRegistry } from '../engine/registry.js';
import type { Detector } from '../engine/types.js';
import { exfiltrationDetector } from './exfiltration.js';
import { hiddenTextDetector } from './hidden-text.js';
import { piiDetector } from './pii/index.js';
import { secretsDetector } from './secrets/index.js';
import { injectionDetector } from './injection/index.js';
import { jailbreakDetector } from './jailbreak.js';

export const BUILTIN_DETECTORS: readonly Detector[] = [
  hiddenTextDetector,
  injectionDetector,
  jailbreakDetector,
  secretsDetector,
  piiDetector,
  exfiltrationDetector,
];

export function builtinRegistry(): DetectorRegistry {
  return new DetectorRegistry(BUILTIN_DETECTORS);
}
