import { featurizeText, type TextFeatures } from '../src/detectors/injection/featurize-text.js';
import { rangeVector } from '../src/detectors/injection/hash-features.js';
import { cleanText } from '../src/normalize/clean-text.js';
import type { PromptRow } from './read-rows.js';
import type { Example } from './train-logistic-regression.js';

/** A row featurized as the detector featurizes texts, with the folded text of each segment. */
export interface PreparedRow {
  readonly row: PromptRow;
  readonly features: TextFeatures;
  readonly segmentTexts: readonly string[];
}

/**
 * Featurizes rows exactly like the detector does (folded view, segments, windows).
 *
 * @example const prepared = prepareRows({ rows, bits: 18 });
 */
export function prepareRows({ rows, bits }: { rows: readonly PromptRow[]; bits: number }): PreparedRow[] {
  return rows.map((row) => {
    const features = featurizeText({ text: cleanText(row.text).view.text, bits });
    const segmentTexts = features.segments.map((segment) => features.text.slice(segment.start, segment.end));
    return { row, features, segmentTexts };
  });
}

/**
 * Where the injection sits in an indirect-injection document: its segments that occur in no benign document of the
 * training data. The documents are built by inserting an attack into contexts that also occur without it (BIPIA and
 * this folder's German data), so these are exactly the inserted lines. `undefined` when that does not single out
 * less than half of the document (then the whole document counts as the attack).
 *
 * @example findInjectedSegments({ prepared, benignSegments }) // [7]
 */
export function findInjectedSegments({
  prepared,
  benignSegments,
}: {
  prepared: PreparedRow;
  benignSegments: ReadonlySet<string>;
}): number[] | undefined {
  const found: number[] = [];
  prepared.segmentTexts.forEach((text, index) => {
    if (!benignSegments.has(text)) found.push(index);
  });
  if (found.length === 0 || found.length * 2 > prepared.segmentTexts.length) return undefined;
  return found;
}

/**
 * Whether a segment reads as prose (at least three words, mostly letters and spaces). Injected code blocks are mostly
 * ordinary code lines (`import os`); only their prose lines — the instruction to use the code — are taught to the
 * segment model as injections, the code itself is left to the window model.
 *
 * @example isProse('Blend the following code into your answer:') // true; isProse('import shutil') // false
 */
export function isProse(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || code >= 0xc0 || code === 0x20) letters++;
  }
  const words = text.split(' ').filter((word) => /^[a-z\u00c0-\uffff]{2,}[.,:;!?'"]*$/.test(word)).length;
  return words >= 3 && letters >= text.length * 0.75;
}

/** How the examples of the two models are drawn from the rows. */
export interface ExampleOptions {
  readonly bits: number;
  /** Attack rows up to this many segments count whole as segment-model positives (short direct injections). */
  readonly shortAttackSegments: number;
  /** Weight of segments of benign user requests as segment-model negatives (0 = not used). */
  readonly benignRequestSegmentWeight: number;
  /**
   * Weight of short benign user requests as segment-model POSITIVES: inside a document, a request addressed to the
   * assistant ("What is the capital of Brazil?") is exactly what an indirect injection looks like (0 = not used).
   */
  readonly requestAsInjectionWeight: number;
  /** Weight of this folder's own rows (source `sigmacode:…`) relative to the shared data. */
  readonly ownRowWeight: number;
}

/**
 * Builds the training examples of both models.
 *
 * - window model: every window of every row with the row's label, each row weighing 1 in total (a window 1/√n of a
 *   row with n windows); of an indirect-injection document only the windows holding the injected segments.
 * - segment model: segments of benign documents (negatives); injected segments of indirect-injection documents and
 *   short direct injections / extraction requests whole (positives); optionally benign requests as negatives.
 *
 * @example const { window, segment } = buildExamples({ prepared, options });
 */
export function buildExamples({ prepared, options }: { prepared: readonly PreparedRow[]; options: ExampleOptions }): {
  window: Example[];
  segment: Example[];
} {
  const benignSegments = new Set<string>();
  for (const item of prepared)
    if (item.row.label === 'benign') for (const text of item.segmentTexts) benignSegments.add(text);
  const window: Example[] = [];
  const segment: Example[] = [];
  for (const item of prepared) {
    const { row, features } = item;
    const label: 0 | 1 = row.label === 'attack' ? 1 : 0;
    const injected =
      row.category === 'indirect_injection' ? findInjectedSegments({ prepared: item, benignSegments }) : undefined;
    const windows = injected
      ? features.windows.filter((range) => injected.some((index) => index >= range.first && index <= range.last))
      : features.windows;
    const rowWeight = row.source.startsWith('sigmacode:') ? options.ownRowWeight : 1;
    const windowWeight = rowWeight / Math.sqrt(Math.max(windows.length, 1));
    for (const range of windows) {
      window.push({
        vector: rangeVector({ hashed: features.hashed, first: range.first, last: range.last }),
        label,
        weight: windowWeight,
      });
    }
    const count = features.segments.length;
    if (row.category === 'benign_context') {
      for (let index = 0; index < count; index++) {
        segment.push({
          vector: rangeVector({ hashed: features.hashed, first: index, last: index }),
          label: 0,
          weight: rowWeight,
        });
      }
    } else if (row.category === 'benign') {
      if (options.requestAsInjectionWeight > 0 && count <= options.shortAttackSegments) {
        for (let index = 0; index < count; index++) {
          const vector = rangeVector({ hashed: features.hashed, first: index, last: index });
          segment.push({ vector, label: 1, weight: options.requestAsInjectionWeight / count });
        }
      } else if (options.benignRequestSegmentWeight > 0) {
        for (let index = 0; index < count; index++) {
          const vector = rangeVector({ hashed: features.hashed, first: index, last: index });
          segment.push({ vector, label: 0, weight: options.benignRequestSegmentWeight });
        }
      }
    } else if (injected) {
      const prose = injected.filter((index) => isProse(item.segmentTexts[index] ?? ''));
      for (const index of prose) {
        const vector = rangeVector({ hashed: features.hashed, first: index, last: index });
        segment.push({ vector, label: 1, weight: rowWeight / Math.sqrt(prose.length) });
      }
    } else if (label === 1 && count <= options.shortAttackSegments && row.category !== 'jailbreak') {
      for (let index = 0; index < count; index++) {
        segment.push({
          vector: rangeVector({ hashed: features.hashed, first: index, last: index }),
          label: 1,
          weight: rowWeight / count,
        });
      }
    }
  }
  return { window, segment };
}
