import { shannonEntropy } from '../../scan/shannon-entropy.js';

// Words that mark a value as an example rather than a credential.
const PLACEHOLDER_WORD =
  /example|sample|dummy|placeholder|your|changeme|change_me|redacted|xxxx|fake|insert|replace|lorem|foobar|todo|notreal|not_real|mock|\.\.\.|\*\*\*/i;
const EXACT_PLACEHOLDERS = new Set([
  'password',
  'passwort',
  'passwd',
  'secret',
  'token',
  'apikey',
  'api_key',
  'null',
  'none',
  'undefined',
  'true',
  'false',
  'empty',
  'string',
  'test',
]);
// ${VAR}, {{ var }}, <your-key>, %VAR%, $VAR, [KEY] — templates and references, not values.
const TEMPLATE =
  /^\$\{[^}]*\}$|^\{\{[^}]*\}\}$|^<[^>]*>$|^%[^%]+%$|^\$[A-Za-z_][A-Za-z0-9_]*$|^\[[^\]]*\]$|\$\{|\{\{|^<|>$/;
// Environment variable names: OPENAI_API_KEY, YOUR_TOKEN.
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
// Known prefixes whose body is what should look random: sk_live_, ghp_, xoxb-, AKIA, sk-proj-…
const PREFIX = /^(?:[a-z]{2,8}[_-](?:live|test|prod|proj|ant|api\d\d|svcacct|admin)?[_-]?|AKIA|ASIA|xox[a-z]-)/i;

function longestRun(value: string, step: number): number {
  let best = value.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) - value.charCodeAt(i - 1) === step ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/**
 * Whether a would-be secret is a placeholder or example: `sk_live_XXXX…`, `xxxxxxxx`, `<your-key>`, `${API_KEY}`,
 * `YOUR_API_KEY`, anything containing example/dummy/sample…, long runs of one character (`aaaaaa`) or of sequential
 * characters (`123456`, `abcdef`), or a long value of very low entropy. Real keys essentially never look like that,
 * and flagging documentation examples would make the firewall noisy in every coding conversation.
 *
 * @example isPlaceholder('sk_live_XXXXXXXXXXXXXXXX') // true
 * @example isPlaceholder('9f8Kq2LmX7vB3nR1zT') // false
 */
export function isPlaceholder(secret: string): boolean {
  const value = secret.trim().replace(/^["'`]|["'`]$/g, '');
  if (value === '' || PLACEHOLDER_WORD.test(value) || TEMPLATE.test(value) || ENV_NAME.test(value)) return true;
  if (EXACT_PLACEHOLDERS.has(value.toLowerCase())) return true;
  const body = value.replace(PREFIX, '');
  if (longestRun(body, 0) >= 5) return true; // aaaaa, 00000
  if (longestRun(body.toLowerCase(), 1) >= 6 || longestRun(body.toLowerCase(), -1) >= 6) return true; // 123456, abcdef
  if (body.length >= 8 && new Set(body.toLowerCase()).size <= 3) return true; // abababab
  if (body.length >= 16 && shannonEntropy(body) < 2.5) return true;
  return false;
}
