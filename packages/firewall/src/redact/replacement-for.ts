import type { Finding } from '../verdict.js';

/**
 * What a redacted finding becomes: `[EMAIL]`, `[IBAN]` … for PII, `[SECRET]`, `[URL]`, `[REDACTED]` for banned words,
 * the pattern id for custom patterns (`[EMPLOYEE_ID]`), and nothing at all for invisible characters (they are removed)
 * and for the excess of an over-long text (it is cut).
 *
 * @example replacementFor({ category: 'pii', type: 'EMAIL', … }) // '[EMAIL]'
 */
export function replacementFor(finding: Pick<Finding, 'category' | 'type' | 'detector'>): string {
  switch (finding.category) {
    case 'unicode_smuggling':
    case 'length':
      return '';
    case 'secret':
      return '[SECRET]';
    case 'malicious_url':
    case 'exfiltration':
      return '[URL]';
    case 'banned_word':
      return '[REDACTED]';
    default:
      return `[${labelOf(finding)}]`;
  }
}

/**
 * The label of a finding's kind, as used in `[LABEL]` and `<LABEL_1>`: the PII type or custom pattern id.
 *
 * @example labelOf({ category: 'pii', type: 'EMAIL', detector: 'pii' }) // 'EMAIL'
 */
export function labelOf(finding: Pick<Finding, 'category' | 'type' | 'detector'>): string {
  if (finding.category === 'secret') return 'SECRET';
  if (finding.category === 'malicious_url' || finding.category === 'exfiltration') return 'URL';
  const raw = finding.type ?? finding.category;
  return raw.toUpperCase().replace(/[^A-Z0-9]+/g, '_') || 'REDACTED';
}
