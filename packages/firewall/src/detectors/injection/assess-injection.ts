import { createTextViews, type TextViews } from '../../normalize/create-text-views.js';
import { type MappedText, toOriginalRange } from '../../normalize/mapped-text.js';
import type { Direction, FindingSource } from '../../verdict.js';
import type { TextFeatures } from './featurize-text.js';
import type { InjectionModel } from './injection-model.js';
import { scoreView } from './score-text.js';
import type { Segment } from './split-segments.js';

/** Where the strongest window or segment is: in the text or a decoded payload, as features and a folded range. */
export interface Evidence {
  readonly source: FindingSource;
  /** The view that was featurized (the clean view, or a payload's view); its map leads to the original. */
  readonly view: MappedText;
  readonly features: TextFeatures;
  /** Folded-unit range of the window or segment. */
  readonly range: Segment;
}

/** The classifier's strongest evidence in a text, over the text itself and its decoded payloads. */
export interface InjectionAssessment {
  /** Highest window logit. */
  readonly window: number;
  /** Highest segment logit (context texts only; −Infinity otherwise). */
  readonly segment: number;
  readonly windowAt: Evidence | undefined;
  readonly segmentAt: Evidence | undefined;
}

/**
 * The original range `[start, end)` an evidence range covers.
 *
 * @example const { start, end } = evidenceRange(assessment.segmentAt);
 */
export function evidenceRange(evidence: Evidence): { start: number; end: number } {
  const { origin } = evidence.features.folded;
  const first = origin[evidence.range.start] ?? 0;
  const last = origin[Math.max(evidence.range.start, evidence.range.end - 1)] ?? first;
  const code = evidence.view.text.codePointAt(last) ?? 0;
  return toOriginalRange({ view: evidence.view, start: first, end: last + (code > 0xffff ? 2 : 1) });
}

/**
 * Scores a text with the classifier: windows of the clean text (and of each decoded payload — base64, hex, rot13 …),
 * plus single segments in the `context` direction, where an injection is one foreign instruction in a document.
 *
 * @example assessInjection({ text, views: createTextViews(text), direction: 'context', model }).segment
 */
export function assessInjection({
  text,
  views = createTextViews(text),
  direction,
  model,
}: {
  text: string;
  views?: TextViews;
  direction: Direction;
  model: InjectionModel;
}): InjectionAssessment {
  const scoring = direction === 'context' ? 'context' : 'input';
  let window = Number.NEGATIVE_INFINITY;
  let segment = Number.NEGATIVE_INFINITY;
  let windowAt: Evidence | undefined;
  let segmentAt: Evidence | undefined;
  const consider = (view: MappedText, source: FindingSource): void => {
    const scores = scoreView({ text: view.text, model, direction: scoring });
    if (scores.window > window && scores.windowRange) {
      window = scores.window;
      windowAt = { source, view, features: scores.features, range: scores.windowRange };
    }
    if (scores.segment > segment && scores.segmentRange) {
      segment = scores.segment;
      segmentAt = { source, view, features: scores.features, range: scores.segmentRange };
    }
  };
  consider(views.clean, 'text');
  for (const payload of views.payloads) consider(payload.view, payload.encoding);
  return { window, segment, windowAt, segmentAt };
}
