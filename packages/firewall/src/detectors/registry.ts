import { bannedWordsDetector } from './banned-words/index.js';
import { customRegexDetector } from './custom-regex/index.js';
import type { Detector } from './detector.js';
import { injectionDetector } from './injection/index.js';
import { invisibleTextDetector } from './invisible-text/index.js';
import { maxLengthDetector } from './max-length/index.js';
import { piiDetector } from './pii/index.js';
import { secretsDetector } from './secrets/index.js';
import { systemPromptLeakageDetector } from './system-prompt-leakage/index.js';
import { urlsDetector } from './urls/index.js';

/**
 * Every detector, in the order they run. Adding one = one folder + one line here (+ its DEFAULT_POLICY entry).
 *
 * @example DETECTORS.map((detector) => detector.id) // ['max-length', 'invisible-text', 'secrets', …]
 */
export const DETECTORS = [
  maxLengthDetector,
  invisibleTextDetector,
  secretsDetector,
  piiDetector,
  urlsDetector,
  bannedWordsDetector,
  customRegexDetector,
  injectionDetector,
  systemPromptLeakageDetector,
] as const satisfies readonly Detector[];
