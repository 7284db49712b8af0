import { createTextViews, type TextViews } from '../../normalize/create-text-views.js';
import { foldText } from '../../normalize/fold-text.js';
import type { MappedText } from '../../normalize/mapped-text.js';
import type { Direction, FindingSource } from '../../verdict.js';
import type { InjectionModel } from './injection-model.js';
import { scoreView } from './score-text.js';
import type { Segment } from './split-segments.js';

/** The classifier's strongest evidence in a text, over the text itself and its decoded payloads. */
export interface InjectionAssessment {
  /** Highest window logit. */
  readonly window: number;
  /** Highest segment logit (context texts only; −Infinity otherwise). */
  readonly segment: number;
  /** Where the strongest window/segment came from, as a folded view and a range of it. */
  readonly windowAt: Evidence | undefined;
  readonly segmentAt: Evidence | undefined;
}

/** A range of a folded view, and whether that view is the text or a decoded payload. */
export interface Evidence {
  readonly view: MappedText;
  readonly range: Segment;
  readonly source: FindingSource;
}

/**
 * Scores a text with the classifier: windows of the folded text (and of each decoded payload — base64, hex, rot13…),
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
  const segments = direction === 'context';
  let window = Number.NEGATIVE_INFINITY;
  let segment = Number.NEGATIVE_INFINITY;
  let windowAt: Evidence | undefined;
  let segmentAt: Evidence | undefined;
  const consider = (view: MappedText, source: FindingSource, original?: string): void => {
    const scores = scoreView(original === undefined ? { folded: view, model, segments } : { folded: view, original, model, segments });
    if (scores.window > window && scores.windowRange) {
      window = scores.window;
      windowAt = { view, range: scores.windowRange, source };
    }
    if (scores.segment > segment && scores.segmentRange) {
      segment = scores.segment;
      segmentAt = { view, range: scores.segmentRange, source };
    }
  };
  consider(views.folded, 'text', text);
  for (const payload of views.payloads) consider(foldText(payload.view), payload.encoding);
  return { window, segment, windowAt, segmentAt };
}
