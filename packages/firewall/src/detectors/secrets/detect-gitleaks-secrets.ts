import { shannonEntropy } from '../../scan/shannon-entropy.js';
import { type CompiledAllow, compileGitleaksRules } from './compile-gitleaks-rules.js';
import { isPlaceholder } from './is-placeholder.js';
import type { SecretCandidate } from './secret-candidate.js';

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

function isAllowed({
  allow,
  secret,
  match,
  line,
}: {
  allow: CompiledAllow;
  secret: string;
  match: string;
  line: () => string;
}): boolean {
  if (allow.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    if (allow.stopwords.some((word) => lower.includes(word))) return true;
  }
  if (allow.regexes.length === 0) return false;
  const target = allow.target === 'secret' ? secret : allow.target === 'match' ? match : line();
  return allow.regexes.some((regex) => regex.test(target));
}

/**
 * Runs the translated gitleaks rules whose keywords occur in the text (one pass finds which), and keeps a match when
 * its secret passes the rule's entropy threshold and no allowlist or placeholder check excuses it.
 *
 * @example detectGitleaksSecrets('aws_access_key_id = AKIAZ7VRSQ5TJN2XKQ3P')[0].type // 'aws-access-token'
 */
export function detectGitleaksSecrets(text: string): SecretCandidate[] {
  const { rules, rulesByKeyword, keywords, globalAllow } = compileGitleaksRules();
  const enabled = new Set<number>();
  keywords.scan(text, (keyword) => {
    for (const rule of rulesByKeyword[keyword] ?? []) enabled.add(rule);
  });
  if (enabled.size === 0) return [];
  const found: SecretCandidate[] = [];
  for (const index of [...enabled].sort((a, b) => a - b)) {
    const compiled = rules[index];
    if (!compiled) continue;
    const { rule, regex, allow } = compiled;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      // The secret: the configured group, else the first group that matched, else the whole match.
      let group = rule.secretGroup ?? 0;
      if (rule.secretGroup === undefined) for (let g = 1; g < match.length && group === 0; g++) if (match[g]) group = g;
      const secret = match[group] ?? match[0];
      const span = match.indices?.[group] ?? [match.index, match.index + match[0].length];
      if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) continue;
      if (isPlaceholder(secret)) continue;
      const line = () => lineAround(text, span[0], span[1]);
      if (isAllowed({ allow: globalAllow, secret, match: match[0], line })) continue;
      if (allow.some((entry) => isAllowed({ allow: entry, secret, match: match[0], line }))) continue;
      found.push({
        start: span[0],
        end: span[1],
        type: rule.id,
        severity: rule.id === 'private-key' ? 'critical' : 'high',
        message: `${rule.id.replaceAll('-', ' ')} (gitleaks rule)`,
      });
    }
  }
  return found;
}
