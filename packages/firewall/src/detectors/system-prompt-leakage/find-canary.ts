import type { TextViews } from '../../normalize/create-text-views.js';
import type { FindingSource } from '../../verdict.js';
import { type CompactToken, findCompact } from './compact-text.js';

/** Where a canary was found: original offsets, and whether in the text or a decoded payload. */
export interface CanaryHit {
  readonly start: number;
  readonly end: number;
  readonly source: FindingSource;
}

/**
 * Every occurrence of a canary token in a text, seen through spacing, punctuation, case, zero-width characters,
 * fullwidth letters and homoglyphs — and inside base64/hex/percent-encoded payloads.
 *
 * @example findCanary({ views: createTextViews('s g c _ K2J9 x2m8 …'), token: compactToken(canary.token) })
 */
export function findCanary({ views, token }: { views: TextViews; token: CompactToken }): CanaryHit[] {
  const hits: CanaryHit[] = findCompact({ view: views.clean, token }).map((hit) => ({ ...hit, source: 'text' }));
  for (const payload of views.payloads) {
    for (const hit of findCompact({ view: payload.view, token })) hits.push({ ...hit, source: payload.encoding });
  }
  return hits;
}
