import type { Direction, Finding } from '../verdict.js';
import type { StreamRules } from './resolve-stream-rules.js';
import { toFinding } from './to-finding.js';

/** The maximum-length check over a whole stream. */
export interface StreamLength {
  /**
   * Counts a chunk. `keep` is what of it goes on (in enforce with `redact`: up to the limit, then nothing);
   * `block` is set when the limit was just crossed and the action is `block` (enforce); `truncated` when this chunk
   * was cut at the limit.
   */
  accept(chunk: string): { keep: string; block: Finding | undefined; truncated: boolean };
  /** The finding for the stream so far (start = the limit, end = characters received), if it is too long. */
  finding(): Finding | undefined;
}

/**
 * Counts what a stream receives against the policy's `maxLength` (a window is never too long, so the scanner cannot
 * leave this to the detector).
 *
 * @example const length = trackStreamLength({ rule: rules.maxLength, direction: 'output', enforce: true });
 */
export function trackStreamLength({
  rule,
  direction,
  enforce,
}: {
  rule: StreamRules['maxLength'];
  direction: Direction;
  enforce: boolean;
}): StreamLength {
  let received = 0;
  const make = () =>
    rule &&
    toFinding({
      entry: rule.entry,
      direction,
      raw: {
        severity: 'medium',
        type: 'max_length',
        start: rule.limit,
        end: received,
        message: `text is ${received} characters long, over the limit of ${rule.limit}`,
      },
    });
  const action = make()?.mode ?? 'allow';
  return {
    accept(chunk) {
      const before = received;
      received += chunk.length;
      if (!rule || !enforce || received <= rule.limit || action === 'allow') {
        return { keep: chunk, block: undefined, truncated: false };
      }
      if (before > rule.limit) return { keep: '', block: undefined, truncated: false };
      if (action === 'block') return { keep: '', block: make()?.finding, truncated: false };
      return { keep: chunk.slice(0, rule.limit - before), block: undefined, truncated: true };
    },
    finding() {
      return rule && received > rule.limit ? make()?.finding : undefined;
    },
  };
}
