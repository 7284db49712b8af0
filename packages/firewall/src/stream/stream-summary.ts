import type { PolicyMode } from '../policy/policy-schema.js';
import type { Finding, Verdict, VerdictAction } from '../verdict.js';

/**
 * What an output scanner saw and did, as a verdict (without `redactedText`: the redacted text is what the stream
 * emitted). Finding offsets index into the whole streamed text as it arrived. `latencyMs` is the time spent
 * scanning, summed over the stream; `complete` is false while the stream runs (or when it was aborted).
 */
export interface StreamSummary extends Omit<Verdict, 'redactedText'> {
  readonly complete: boolean;
  /** Characters received from the model. */
  readonly inputCharacters: number;
  /** Characters released to the reader. */
  readonly outputCharacters: number;
}

/**
 * The summary of a stream from its findings: `block` if any blocks, else `redact` if any redacts, else `allow`.
 *
 * @example summarizeStream({ findings, mode: 'enforce', complete: true, scanMs: 0.4, inputCharacters: 900, outputCharacters: 880 })
 */
export function summarizeStream({
  findings,
  mode,
  complete,
  scanMs,
  inputCharacters,
  outputCharacters,
}: {
  findings: readonly Finding[];
  mode: PolicyMode;
  complete: boolean;
  scanMs: number;
  inputCharacters: number;
  outputCharacters: number;
}): StreamSummary {
  let action: VerdictAction = 'allow';
  let score = 0;
  for (const finding of findings) {
    if (finding.action === 'block') action = 'block';
    else if (finding.action === 'redact' && action === 'allow') action = 'redact';
    score = Math.max(score, finding.score);
  }
  return {
    allowed: mode !== 'enforce' || action !== 'block',
    action,
    score,
    findings: [...findings].sort((a, b) => (a.start ?? -1) - (b.start ?? -1)),
    latencyMs: Math.round(scanMs * 1000) / 1000,
    ...(mode === 'shadow' ? { shadow: true as const } : {}),
    complete,
    inputCharacters,
    outputCharacters,
  };
}
