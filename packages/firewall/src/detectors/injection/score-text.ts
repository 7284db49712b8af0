import { featurizeText, type TextFeatures } from './featurize-text.js';
import { sumSegments, windowLogit } from './hash-features.js';
import type { InjectionModel } from './injection-model.js';
import type { Segment } from './split-segments.js';

/** The strongest evidence the classifier found in one text. */
export interface ViewScores {
  readonly features: TextFeatures;
  /** Highest window logit, and the folded range of that window. */
  readonly window: number;
  readonly windowRange: Segment | undefined;
  /** Highest segment logit (only computed when asked), and that segment. */
  readonly segment: number;
  readonly segmentRange: Segment | undefined;
}

/**
 * Scores one text: for an `input` text the maximum of the `input` model over its windows; for a `context` text the
 * maximum of the `window` model over its windows and of the `segment` model over its segments. Logits (log-odds);
 * −Infinity when the text has nothing to score.
 *
 * @example scoreView({ text: views.clean.text, model, direction: 'context' }).segment
 */
export function scoreView({
  text,
  model,
  direction,
}: {
  text: string;
  model: InjectionModel;
  direction: 'input' | 'context';
}): ViewScores {
  const segments = direction === 'context';
  const windowModel = segments ? model.window : model.input;
  const features = featurizeText({ text, bits: model.bits });
  const sums = sumSegments({
    hashed: features.hashed,
    weights: segments ? [model.window.weights, model.segment.weights] : [model.input.weights],
  });
  let window = Number.NEGATIVE_INFINITY;
  let windowRange: Segment | undefined;
  for (const range of features.windows) {
    const logit = windowLogit({
      sums,
      model: 0,
      first: range.first,
      last: range.last,
      bias: windowModel.bias,
      scale: windowModel.scale,
    });
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
      const logit = windowLogit({
        sums,
        model: 1,
        first: index,
        last: index,
        bias: model.segment.bias,
        scale: model.segment.scale,
      });
      if (logit > segment) {
        segment = logit;
        segmentRange = features.segments[index];
      }
    }
  }
  return { features, window, windowRange, segment, segmentRange };
}
