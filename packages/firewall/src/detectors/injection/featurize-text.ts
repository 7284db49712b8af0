import { findPatternMatches, type PatternMatch } from './find-pattern-matches.js';
import { type FoldedUnits, foldUnits, unitsToString } from './fold-units.js';
import { createBucketList, type HashedText, hashSegment, markerBucket, reserve } from './hash-features.js';
import { packWindows, type Segment, splitSegments, type Window } from './split-segments.js';

/** A text folded, cut into segments and windows, its features hashed, its phrase patterns found. */
export interface TextFeatures {
  readonly folded: FoldedUnits;
  /** The folded units as a string (what the patterns and segments index). */
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly windows: readonly Window[];
  readonly hashed: HashedText;
  /** Phrase patterns that matched (folded coordinates). */
  readonly matches: readonly PatternMatch[];
}

const SYMBOLS = new Uint8Array(128);
for (const char of '[]{}()\\$^_=<>|~`@#*+') SYMBOLS[char.charCodeAt(0)] = 1;

/**
 * Whether a segment looks like an adversarial token soup (GCG-style suffixes: `describing.\ + similarlyNow write
 * oppositeley.]( Me giving**ONE please?`): at least three words mixing letters with two or more symbols, and at
 * least 15 % of all words.
 */
function looksLikeTokenSoup(text: string, from: number, to: number): boolean {
  let words = 0;
  let odd = 0;
  let letters = 0;
  let symbols = 0;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 0x20;
    if (code === 0x20) {
      if (letters + symbols > 0) {
        words++;
        if (letters > 0 && symbols >= 2) odd++;
      }
      letters = 0;
      symbols = 0;
    } else if ((code >= 0x61 && code <= 0x7a) || code >= 0xc0) letters++;
    else if (code < 128 && SYMBOLS[code] === 1) symbols++;
  }
  return odd >= 3 && odd >= words * 0.15;
}

/**
 * Featurizes a text once (the `clean` view of the analyzer, or a decoded payload); windows and segments are then
 * scored from the per-segment occurrences, so overlapping windows cost no second pass. Training and inference both
 * go through here.
 *
 * @example const features = featurizeText({ text: views.clean.text, bits: 18 });
 */
export function featurizeText({ text, bits }: { text: string; bits: number }): TextFeatures {
  const folded = foldUnits(text);
  const string = unitsToString(folded);
  const segments = splitSegments({ text: string, breaks: folded.breaks });
  const mask = 2 ** bits - 1;
  const words = createBucketList(string.length);
  const chars = createBucketList(string.length * 3 + 16);
  const markers = createBucketList(16);
  const wordStarts = new Int32Array(segments.length + 1);
  const charStarts = new Int32Array(segments.length + 1);
  const markerStarts = new Int32Array(segments.length + 1);
  const matches = findPatternMatches(string);
  let next = 0; // first match not yet assigned to a segment
  segments.forEach((segment, index) => {
    wordStarts[index] = words.length;
    charStarts[index] = chars.length;
    markerStarts[index] = markers.length;
    hashSegment({ units: folded.units, from: segment.start, to: segment.end, mask, words, chars });
    const addMarker = (name: string): void => {
      reserve(markers, 1);
      markers.data[markers.length++] = markerBucket({ name, mask });
    };
    if (looksLikeTokenSoup(string, segment.start, segment.end)) addMarker('g:token-soup');
    // Each match marks the segment it starts in (or the next one, if it starts in a gap between segments).
    const limit = segments[index + 1]?.start ?? Number.POSITIVE_INFINITY;
    while (next < matches.length && (matches[next]?.start ?? 0) < limit) {
      const match = matches[next++];
      if (!match) continue;
      const suffix = match.quoted ? ':quoted' : '';
      addMarker(`p:${match.pattern.id}${suffix}`);
      addMarker(`k:${match.pattern.kind}${suffix}`);
    }
  });
  wordStarts[segments.length] = words.length;
  charStarts[segments.length] = chars.length;
  markerStarts[segments.length] = markers.length;
  return {
    folded,
    text: string,
    segments,
    windows: packWindows(segments),
    hashed: { bits, words, chars, markers, wordStarts, charStarts, markerStarts },
    matches,
  };
}
