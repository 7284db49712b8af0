import { type MappedText, toOriginalRange } from '../../normalize/mapped-text.js';
import type { CustomRegex } from '../../policy/policy-schema.js';
import type { FindingSource } from '../../verdict.js';
import type { Detector, DetectorFinding } from '../detector.js';

interface CompiledCustomRegex {
  readonly rule: CustomRegex;
  readonly regex: RegExp;
}

const MAX_MATCHES_PER_RULE = 1000;

function scan({
  view,
  rules,
  source,
}: {
  view: MappedText;
  rules: readonly CompiledCustomRegex[];
  source: FindingSource;
}): DetectorFinding[] {
  const findings: DetectorFinding[] = [];
  for (const { rule, regex } of rules) {
    regex.lastIndex = 0;
    let count = 0;
    for (let match = regex.exec(view.text); match && count < MAX_MATCHES_PER_RULE; match = regex.exec(view.text)) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      count++;
      findings.push({
        ...toOriginalRange({ view, start: match.index, end: match.index + match[0].length }),
        category: rule.category,
        severity: rule.severity,
        type: rule.id,
        action: rule.action,
        source,
        message: rule.message ?? `matches custom pattern ${rule.id}`,
      });
    }
  }
  return findings;
}

/**
 * The policy's own patterns (`customRegexes`), each with its own action, category and severity. Patterns run on the
 * normalized text (so invisible characters cannot split a match) and on decoded payloads; the policy schema has
 * already refused patterns that do not compile or could backtrack catastrophically.
 *
 * @example parsePolicy({ version: 1, customRegexes: [{ id: 'employee-id', pattern: 'EMP-\\d{6}', action: 'redact' }] })
 */
export const customRegexDetector = {
  id: 'custom-regex',
  category: 'custom',
  directions: ['input', 'output', 'context'],
  description: "the policy's own regular expressions",
  prepare({ policy }) {
    return policy.customRegexes.map((rule) => ({ rule, regex: new RegExp(rule.pattern, `gu${rule.flags ?? ''}`) }));
  },
  detect({ views, state }) {
    if (state.length === 0) return [];
    const findings = scan({ view: views.clean, rules: state, source: 'text' });
    for (const payload of views.payloads)
      findings.push(...scan({ view: payload.view, rules: state, source: payload.encoding }));
    return findings;
  },
} satisfies Detector<readonly CompiledCustomRegex[]>;
