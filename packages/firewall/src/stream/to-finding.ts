import type { DetectorFinding } from '../detectors/detector.js';
import type { CompiledDetector } from '../policy/compile-policy.js';
import type { DetectorAction } from '../policy/policy-schema.js';
import { type Direction, type Finding, SEVERITY_SCORE } from '../verdict.js';

/**
 * Turns what a detector reports into a finding the way the analyzer does (detector id, category, default score, the
 * configured action unless the score is below the threshold) — for the checks the stream scanner runs itself
 * (maximum length and system-prompt overlap, which need the whole stream so far). Returns the finding and the
 * detector action it earned (`pseudonymize` shows as `redact` in the finding).
 *
 * @example toFinding({ entry, direction: 'output', raw: { severity: 'medium', message: 'too long' } })
 */
export function toFinding({
  entry,
  direction,
  raw,
}: {
  entry: CompiledDetector;
  direction: Direction;
  raw: DetectorFinding;
}): { finding: Finding; mode: DetectorAction } {
  const score = raw.score ?? SEVERITY_SCORE[raw.severity];
  const mode: DetectorAction = score >= entry.threshold ? (raw.action ?? entry.actions[direction]) : 'allow';
  const finding: Finding = {
    detector: entry.detector.id,
    category: raw.category ?? entry.detector.category,
    severity: raw.severity,
    ...(raw.type === undefined ? {} : { type: raw.type }),
    score,
    ...(raw.start === undefined ? {} : { start: raw.start, end: raw.end ?? raw.start }),
    action: mode === 'pseudonymize' ? 'redact' : mode,
    message: raw.message,
  };
  return { finding, mode };
}
