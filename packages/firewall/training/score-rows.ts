import { assessInjection } from '../src/detectors/injection/assess-injection.js';
import type { InjectionModel } from '../src/detectors/injection/injection-model.js';
import type { ScoredRow } from './choose-thresholds.js';
import { CONTEXT_CATEGORIES, type PromptRow } from './read-rows.js';

/**
 * Scores rows as the detector would — `context` direction for documents (benign_context, indirect_injection), `input`
 * for the rest.
 *
 * @example const scored = scoreRows({ rows: dev, model });
 */
export function scoreRows({
  rows,
  model,
}: {
  rows: readonly PromptRow[];
  model: InjectionModel;
}): (ScoredRow & { row: PromptRow })[] {
  return rows.map((row) => {
    const direction = CONTEXT_CATEGORIES.has(row.category) ? 'context' : 'input';
    const { window, segment } = assessInjection({ text: row.text, direction, model });
    return { row, window, segment, attack: row.label === 'attack' };
  });
}
