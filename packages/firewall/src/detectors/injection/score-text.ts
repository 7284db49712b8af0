import type { MappedText } from '../../normalize/mapped-text.js';
import { featurizeText, segmentVector, windowVector } from './featurize-text.js';
import { createScratch, dot, type VectorScratch } from './hash-features.js';
import type { InjectionModel } from './injection-model.js';
import type { Segment } from './split-segments.js';

/** The strongest evidence the classifier found in one view of a text. */
export interface ViewScores {
  /** Highest window logit, and the folded range of that window. */
  readonly window: number;
  readonly windowRange: Segment | undefined;
  /** Highest segment logit (only computed when asked), and that segment. */
  readonly segment: number;
  readonly segmentRange: Segment | undefined;
}

const scratches = new Map<number, VectorScratch>();

function scratchFor(bits: number): VectorScratch {
  let scratch = scratches.get(bits);
  if (!scratch) {
    scratch = createScratch(bits);
    scratches.set(bits, scratch);
  }
  return scratch;
}

/**
 * Scores one folded view with both linear models: the maximum over its windows and, when `segments` is true (context
 * texts), the maximum over its segments. Logits (log-odds); −Infinity when the view has no text.
 *
 * @example scoreView({ folded: views.folded, original: text, model, segments: true }).window
 */
export function scoreView({
  folded,
  original,
  model,
  segments,
}: {
  folded: MappedText;
  original?: string;
  model: InjectionModel;
  segments: boolean;
}): ViewScores {
  const scratch = scratchFor(model.bits);
  const features = featurizeText(
    original === undefined ? { folded, bits: model.bits } : { folded, original, bits: model.bits },
  );
  let window = Number.NEGATIVE_INFINITY;
  let windowRange: Segment | undefined;
  for (const range of features.windows) {
    const logit = dot(windowVector({ features, window: range, scratch }), model.window.weights) + model.window.bias;
    if (logit > window) {
      window = logit;
      windowRange = {
        start: features.segments[range.first]?.start ?? 0,
        end: features.segments[range.last]?.end ?? 0,
      };
    }
  }
  let segment = Number.NEGATIVE_INFINITY;
  let segmentRange: Segment | undefined;
  if (segments) {
    for (let index = 0; index < features.segments.length; index++) {
      const logit =
        dot(segmentVector({ features, index, scratch }), model.segment.weights) + model.segment.bias;
      if (logit > segment) {
        segment = logit;
        segmentRange = features.segments[index];
      }
    }
  }
  return { window, windowRange, segment, segmentRange };
}
