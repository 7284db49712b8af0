import type { MappedText } from '../../normalize/mapped-text.js';
import { addFeatures, type FeatureCounts, type SparseVector, toVector, type VectorScratch } from './hash-features.js';
import { packWindows, type Segment, splitSegments, type Window } from './split-segments.js';

/** A text cut into segments, the feature occurrences of each segment, and the windows grouping them. */
export interface TextFeatures {
  readonly segments: readonly Segment[];
  readonly counts: readonly FeatureCounts[];
  readonly windows: readonly Window[];
}

/**
 * Featurizes a folded text once; segment and window vectors are then built from the per-segment occurrences, so
 * overlapping windows cost no second pass over the text. Training and inference both go through here.
 *
 * @example const features = featurizeText({ folded: views.folded, original: text, bits: 18 });
 */
export function featurizeText({
  folded,
  original,
  bits,
}: {
  folded: MappedText;
  original?: string;
  bits: number;
}): TextFeatures {
  const segments = splitSegments(original === undefined ? { folded } : { folded, original });
  const counts = segments.map((segment) => {
    const out: FeatureCounts = { words: [], chars: [] };
    addFeatures({ text: folded.text, from: segment.start, to: segment.end, bits, out });
    return out;
  });
  return { segments, counts, windows: packWindows(segments) };
}

/**
 * The normalized vector of one segment.
 *
 * @example segmentVector({ features, index: 3, scratch })
 */
export function segmentVector({
  features,
  index,
  scratch,
}: {
  features: TextFeatures;
  index: number;
  scratch: VectorScratch;
}): SparseVector {
  return toVector({ counts: features.counts[index] ?? { words: [], chars: [] }, scratch });
}

/**
 * The normalized vector of one window (the occurrences of its segments added up).
 *
 * @example windowVector({ features, window: features.windows[0], scratch })
 */
export function windowVector({
  features,
  window,
  scratch,
}: {
  features: TextFeatures;
  window: Window;
  scratch: VectorScratch;
}): SparseVector {
  if (window.first === window.last) return segmentVector({ features, index: window.first, scratch });
  const words: number[] = [];
  const chars: number[] = [];
  for (let index = window.first; index <= window.last; index++) {
    const counts = features.counts[index];
    if (!counts) continue;
    for (const bucket of counts.words) words.push(bucket);
    for (const bucket of counts.chars) chars.push(bucket);
  }
  return toVector({ counts: { words, chars }, scratch });
}
