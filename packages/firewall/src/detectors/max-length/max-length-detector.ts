import type { Detector } from '../detector.js';

/**
 * Texts longer than the policy's `maxLength` (UTF-16 units). The finding covers the excess, so `redact` truncates the
 * text to the limit and `block` refuses it.
 *
 * @example parsePolicy({ version: 1, maxLength: 32_000, detectors: { 'max-length': { action: 'redact' } } }) // truncates
 */
export const maxLengthDetector = {
  id: 'max-length',
  category: 'length',
  directions: ['input', 'output', 'context'],
  description: "texts longer than the policy's maxLength",
  prepare({ policy }) {
    return policy.maxLength;
  },
  detect({ text, state: maxLength }) {
    if (maxLength === undefined || text.length <= maxLength) return [];
    return [
      {
        severity: 'medium',
        type: 'max_length',
        start: maxLength,
        end: text.length,
        message: `text is ${text.length} characters long, over the limit of ${maxLength}`,
      },
    ];
  },
} satisfies Detector<number | undefined>;
