import { extractWords } from '../detectors/system-prompt-leakage/extract-words.js';
import { overlapFindings } from '../detectors/system-prompt-leakage/system-prompt-leakage-detector.js';
import { replacementFor } from '../redact/replacement-for.js';
import type { Direction, Finding } from '../verdict.js';
import type { EmissionReplacement } from './build-emission.js';
import { tokenStartAtOrBefore } from './choose-cut.js';
import type { StreamRules } from './resolve-stream-rules.js';
import { toFinding } from './to-finding.js';

/** The system-prompt overlap check over a whole stream. */
export interface StreamOverlap {
  /**
   * Feeds the complete words of the pending text not fed yet (all of it when `final`) and applies what the check
   * asks for: `block` (with the findings to record), or — for `redact` — replacements of the copied runs within the
   * released piece [0, cut) pushed onto `replacements`. Non-blocking findings are returned once, when `final`.
   */
  check(args: {
    pending: string;
    released: number;
    cut: number;
    final: boolean;
    replacements: EmissionReplacement[];
  }): { block: boolean; findings: Finding[] };
}

/**
 * Keeps the overlap tracker of a stream fed — ahead of what is released (up to the last complete word), so a leak is
 * usually blocked before the copy is out.
 *
 * @example const overlap = trackStreamOverlap({ rule: rules.overlap, direction: 'output' });
 */
export function trackStreamOverlap({
  rule,
  direction,
}: {
  rule: StreamRules['overlap'];
  direction: Direction;
}): StreamOverlap {
  let fed = 0; // absolute offset up to which words were fed
  let reported = false;
  const labelled = new Set<number>();
  const label = replacementFor({ category: 'system_prompt_leakage', type: 'system_prompt_overlap', detector: '' });
  return {
    check({ pending, released, cut, final, replacements }) {
      if (!rule) return { block: false, findings: [] };
      const feedEnd = final ? pending.length : Math.max(cut, tokenStartAtOrBefore(pending, pending.length));
      const from = fed - released;
      if (feedEnd > from) {
        rule.tracker.push(extractWords(pending.slice(from, feedEnd), fed));
        fed = released + feedEnd;
      }
      if (!rule.tracker.isLeak()) return { block: false, findings: [] };
      const made = overlapFindings(rule.tracker).map((raw) => toFinding({ entry: rule.entry, direction, raw }));
      const action = made[0]?.mode ?? 'allow';
      const report = (block: boolean) => {
        const findings = reported ? [] : made.map(({ finding }) => finding);
        reported = true;
        return { block, findings };
      };
      if (action === 'block') return report(true);
      if (action === 'redact' || action === 'pseudonymize') {
        for (const run of rule.tracker.runs) {
          const start = Math.max(0, run.start - released);
          const end = Math.min(cut, run.end - released);
          if (end <= start) continue;
          replacements.push({ start, end, text: labelled.has(run.start) ? '' : label });
          labelled.add(run.start);
        }
      }
      return final ? report(false) : { block: false, findings: [] };
    },
  };
}
