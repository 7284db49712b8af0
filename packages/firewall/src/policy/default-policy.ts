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
 * | pii             | report           | report           | redact                           |
 * | urls            | report           | report           | block (score ≥ 0.75: malicious, look-alike by homoglyph, script/data links, image exfiltration) |
 * | invisible-text  | redact (strip)   | redact (strip)   | redact (strip)                   |
 * | banned-words    | block            | block            | block                            |
 * | max-length      | block            | block            | block                            |
 * | custom-regex    | each pattern's own action                                           |
 *
 * Why secrets are redacted on input too: a key pasted into a prompt would otherwise reach the model provider and its
 * logs; replacing it with `[SECRET]` rarely breaks the task. PII on input is only reported: users mostly send their
 * own data on purpose ("write to my landlord at …"), and operators who must keep it from the provider switch `pii`
 * to `pseudonymize`, which restores the values in the answer. Prompt injection and jailbreaks (block on input and
 * context) join with the classifier.
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
      pii: { action: 'allow', directionActions: { output: 'redact' } },
      urls: { action: 'allow', directionActions: { output: 'block' }, threshold: 0.75 },
      'banned-words': { action: 'block' },
      'custom-regex': { action: 'allow' },
    },
  }),
);
