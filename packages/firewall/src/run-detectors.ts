import type { TextViews } from './normalize/create-text-views.js';
import type { CompiledPolicy } from './policy/compile-policy.js';
import type { DetectorAction } from './policy/policy-schema.js';
import type { FirewallResources } from './resources.js';
import { type Direction, type Finding, SEVERITY_SCORE, type VerdictAction } from './verdict.js';

/** The findings of one text, each with the detector action it earned (`pseudonymize` is `redact` in the finding). */
export interface DetectedFindings {
  readonly findings: Finding[];
  readonly modes: ReadonlyMap<Finding, DetectorAction>;
}

function toVerdictAction(action: DetectorAction): VerdictAction {
  return action === 'pseudonymize' ? 'redact' : action;
}

/** Drops findings that lie inside a match of one of the policy's allowlist patterns. */
function applyAllowPatterns({
  text,
  findings,
  patterns,
}: {
  text: string;
  findings: Finding[];
  patterns: readonly RegExp[];
}): Finding[] {
  if (patterns.length === 0 || findings.length === 0) return findings;
  const allowed: [number, number][] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) allowed.push([match.index, match.index + match[0].length]);
  }
  return findings.filter(
    (finding) =>
      finding.start === undefined ||
      !allowed.some(([from, to]) => from <= (finding.start ?? 0) && (finding.end ?? 0) <= to),
  );
}

/**
 * Runs the compiled policy's detectors that apply to the direction and turns what they report into findings: the
 * detector id, category and default score filled in, and the action decided — the detector's configured action for
 * the direction (or the finding's own, for custom patterns), unless the score is below the detector's threshold,
 * then `allow` (reported only). A detector that throws yields a blocking `detector_error` finding (fail closed).
 * Findings inside allowlisted patterns are dropped; the rest are sorted by offset.
 *
 * @example const { findings } = runDetectors({ compiled: compilePolicy(DEFAULT_POLICY), text, direction: 'input', views, … });
 */
export function runDetectors({
  compiled,
  text,
  direction,
  views,
  conversationTerms,
  systemPrompt,
  canary,
  resources,
}: {
  compiled: CompiledPolicy;
  text: string;
  direction: Direction;
  views: TextViews;
  conversationTerms: readonly string[];
  systemPrompt: string | undefined;
  canary?: string | undefined;
  resources: FirewallResources;
}): DetectedFindings {
  const modes = new Map<Finding, DetectorAction>();
  const found: Finding[] = [];
  for (const entry of compiled.detectors) {
    if (!entry.directions.has(direction)) continue;
    const { detector } = entry;
    const configured = entry.actions[direction];
    try {
      const raws = detector.detect({
        text,
        direction,
        views,
        state: entry.state,
        conversationTerms,
        systemPrompt,
        canary,
        resources,
      });
      for (const raw of raws) {
        const score = raw.score ?? SEVERITY_SCORE[raw.severity];
        const mode: DetectorAction = score >= entry.threshold ? (raw.action ?? configured) : 'allow';
        const finding: Finding = {
          detector: detector.id,
          category: raw.category ?? detector.category,
          severity: raw.severity,
          ...(raw.type === undefined ? {} : { type: raw.type }),
          score,
          ...(raw.start === undefined ? {} : { start: raw.start, end: raw.end ?? raw.start }),
          ...(raw.source === undefined || raw.source === 'text' ? {} : { source: raw.source }),
          action: toVerdictAction(mode),
          message: raw.message,
        };
        modes.set(finding, mode);
        found.push(finding);
      }
    } catch (error) {
      const finding: Finding = {
        detector: detector.id,
        category: detector.category,
        severity: 'high',
        type: 'detector_error',
        score: SEVERITY_SCORE.high,
        action: 'block',
        message: `detector failed: ${error instanceof Error ? error.message : String(error)}`,
      };
      modes.set(finding, 'block');
      found.push(finding);
    }
  }
  const findings = applyAllowPatterns({ text, findings: found, patterns: compiled.allowPatterns });
  findings.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
  return { findings, modes };
}
