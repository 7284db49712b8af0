import { type Policy, PolicySchema } from './policy-schema.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The policy used when none is given. It runs every detector and reports every finding; what acts:
 *
 * | detector        | input            | context          | output                           |
 * | --------------- | ---------------- | ---------------- | -------------------------------- |
 * | secrets         | redact           | redact           | redact                           |
 * | pii             | report           | report           | redact (every type but PERSON)   |
 * | urls            | report           | report           | block (score ≥ 0.75: malicious, look-alike by homoglyph, script/data links, image exfiltration) |
 * | invisible-text  | redact (strip)   | redact (strip)   | redact (strip)                   |
 * | banned-words    | block            | block            | block                            |
 * | max-length      | block            | block            | block                            |
 * | custom-regex    | each pattern's own action                                           |
 * | injection       | block (score ≥ 0.5) | block (score ≥ 0.5) | — (does not run)            |
 * | system-prompt-leakage | —          | —                | block (canary token; long runs of the system prompt) |
 *
 * Why secrets are redacted on input too: a key pasted into a prompt would otherwise reach the model provider and its
 * logs; replacing it with `[SECRET]` rarely breaks the task. PII on input is only reported: users mostly send their
 * own data on purpose ("write to my landlord at …"), and operators who must keep it from the provider switch `pii`
 * to `pseudonymize`, which restores the values in the answer. Person names (`PERSON`) are not in the default: answers
 * name public figures, authors and the user's own contacts all the time, and `[PERSON]` everywhere would make them
 * useless (and the name check is the costliest PII check); operators add `PERSON` to `pii.options.types` when their
 * data needs it — typically with `pseudonymize` on input. Prompt injections and jailbreaks are blocked on input and
 * context when the classifier's score reaches 0.5 (its threshold, chosen for ≤ 2 % false positives on the dev set);
 * weaker findings are reported only.
 *
 * @example analyzeText({ text, direction: 'output', policy: DEFAULT_POLICY })
 */
export const DEFAULT_POLICY: Policy = deepFreeze(
  PolicySchema.parse({
    version: 1,
    mode: 'enforce',
    detectors: {
      'max-length': { action: 'block' },
      'invisible-text': { action: 'redact' },
      secrets: { action: 'redact' },
      pii: {
        action: 'allow',
        directionActions: { output: 'redact' },
        options: {
          types: [
            'EMAIL',
            'PHONE',
            'IBAN',
            'CREDIT_CARD',
            'TAX_ID',
            'US_SSN',
            'IP_ADDRESS',
            'DATE_OF_BIRTH',
            'ADDRESS',
          ],
        },
      },
      urls: { action: 'allow', directionActions: { output: 'block' }, threshold: 0.75 },
      'banned-words': { action: 'block' },
      'custom-regex': { action: 'allow' },
      injection: { action: 'block', threshold: 0.5 },
      'system-prompt-leakage': { action: 'block' },
    },
  }),
);
