import type { PolicyMode } from './policy/policy-schema.js';
import { createPseudonymVault, type PseudonymVault } from './redact/create-pseudonym-vault.js';
import { type Replacement, redactText } from './redact/redact-text.js';
import { labelOf, replacementFor } from './redact/replacement-for.js';
import type { DetectedFindings } from './run-detectors.js';
import type { Verdict, VerdictAction } from './verdict.js';

/**
 * The verdict from a text's findings: `block` if any finding blocks, else `redact` — with `redactedText`, findings
 * replaced by their label or, when pseudonymized, by the vault's placeholder — if any finding redacts, else `allow`.
 * A redacting finding without offsets cannot be cut out and blocks instead. In shadow mode the action is reported
 * but the text passes unchanged. `latencyMs` is left to the caller.
 *
 * @example decideVerdict({ text, detected: runDetectors({ … }), mode: 'enforce' })
 */
export function decideVerdict({
  text,
  detected,
  mode,
  vault,
}: {
  text: string;
  detected: DetectedFindings;
  mode: Exclude<PolicyMode, 'off'>;
  vault?: PseudonymVault;
}): Omit<Verdict, 'latencyMs'> {
  const { findings, modes } = detected;
  let action: VerdictAction = 'allow';
  const replacements: Replacement[] = [];
  let pseudonyms = vault;
  for (const finding of findings) {
    if (finding.action === 'block') action = 'block';
    else if (finding.action === 'redact') {
      if (finding.start === undefined || finding.end === undefined) {
        action = 'block';
        continue;
      }
      if (action === 'allow') action = 'redact';
      const { start, end } = finding;
      if (modes.get(finding) === 'pseudonymize' && replacementFor(finding) !== '') {
        pseudonyms ??= createPseudonymVault();
        const placeholders = pseudonyms;
        const label = labelOf(finding);
        replacements.push({
          start,
          end,
          text: () => placeholders.placeholder({ label, value: text.slice(start, end) }),
        });
      } else replacements.push({ start, end, text: replacementFor(finding) });
    }
  }
  const score = findings.reduce((max, finding) => Math.max(max, finding.score), 0);
  if (mode === 'shadow') return { allowed: true, action, score, findings, shadow: true };
  return {
    allowed: action !== 'block',
    action,
    score,
    findings,
    ...(action === 'redact' ? { redactedText: redactText({ text, replacements }) } : {}),
  };
}
