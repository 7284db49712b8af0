import { createKeywordMatcher } from '../../scan/create-keyword-matcher.js';
import { shannonEntropy } from '../../scan/shannon-entropy.js';
import { isPlaceholder } from './is-placeholder.js';
import type { SecretCandidate } from './secret-candidate.js';

const KEYWORDS = ['key', 'secret', 'token', 'pass', 'pwd', 'kennwort', 'cred', 'auth', 'bearer'];
const matcher = createKeywordMatcher({ keywords: KEYWORDS, caseInsensitive: true });

// Identifier parts that name a secret, and parts that say the value is something about a secret, not the secret.
const SECRET_WORDS = new Set([
  'key',
  'apikey',
  'secret',
  'secrets',
  'token',
  'password',
  'passwd',
  'pass',
  'pwd',
  'passwort',
  'kennwort',
  'credential',
  'credentials',
  'creds',
  'auth',
  'privatekey',
  'secretkey',
  'accesskey',
  'clientsecret',
  'passphrase',
  'bearer',
  'accesstoken',
  'refreshtoken',
  'authtoken',
  'sessiontoken',
]);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'passwort', 'kennwort', 'passphrase']);
const NOT_A_SECRET = new Set([
  'public',
  'pub',
  'id',
  'ids',
  'name',
  'names',
  'length',
  'len',
  'size',
  'type',
  'types',
  'file',
  'path',
  'dir',
  'url',
  'uri',
  'endpoint',
  'count',
  'limit',
  'max',
  'min',
  'field',
  'header',
  'prefix',
  'format',
  'version',
  'expiry',
  'expires',
  'expiration',
  'ttl',
  'hash',
  'algorithm',
  'alg',
  'mode',
  'policy',
  'rotation',
  'event',
  'usage',
  'budget',
  'input',
  'output',
  'tokens',
  'reset',
  'forgot',
  'required',
  'hint',
  'label',
  'placeholder',
  'strength',
  'regex',
  'pattern',
  'validation',
  'store',
  'provider',
  'manager',
  'ref',
  'env',
  'var',
  'arn',
  'location',
  'kind',
  'scope',
  'scopes',
  'timeout',
  'generator',
  'lifetime',
  'encoding',
  'monkey',
  'donkey',
  'turkey',
  'hockey',
  'whiskey',
  'keyboard',
  'keyword',
  'keywords',
  'author',
  'authors',
  'authority',
  'passport',
  'passenger',
  'passage',
  'bypass',
  'compass',
  'tokenizer',
  'keys',
  'passes',
  'hotkey',
  'shortcut',
]);

const IDENTIFIER_UNIT = /[A-Za-z0-9_.-]/;
// After the identifier: optional closing quote, an assignment operator, optional opening quote, the value — which may
// start on the next line ("api_key =\n    '…'").
const ASSIGNMENT =
  /["']?[ \t]{0,3}(?::=|=>|\|\|=|\?=|=|:)[ \t]{0,3}(?:\r?\n[ \t]{0,16})?(["'`]?)([^\s"'`,;(){}[\]<>]{6,300})/y;
const BEARER = /[ \t]{1,3}([A-Za-z0-9._~+/-]{16,500}=*)/y;
const CODE_REFERENCE =
  /^(?:process\.env|os\.environ|env\.|getenv|config\.|settings\.|secrets\.|self\.|this\.)|^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;

function identifierParts(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/)
    .filter(Boolean);
}

function characterClasses(value: string): { count: number; digit: boolean; mixedCase: boolean } {
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  const symbol = /[^A-Za-z0-9]/.test(value);
  return { count: +lower + +upper + +digit + +symbol, digit, mixedCase: lower && upper };
}

/**
 * Secrets assigned to a name that says so — `api_key = "…"`, `"client_secret": "…"`, `export OPENAI_API_KEY=…`,
 * `password: …`, `Passwort: …`, `Authorization: Bearer …` — when the value looks like a credential: passwords need
 * six characters of two kinds; keys and tokens twelve characters with digits or mixed case and a Shannon entropy of
 * at least 3. Names of things about secrets (`key_id`, `token_count`, `public_key`) and references (`process.env.X`,
 * `${TOKEN}`) are skipped, as are placeholders. The finding covers the value only.
 *
 * @example detectAssignments('api_key = "9f8Kq2LmX7vB3nR1"')[0] // covers 9f8Kq2LmX7vB3nR1
 */
export function detectAssignments(text: string): SecretCandidate[] {
  const found: SecretCandidate[] = [];
  // Keywords inside an identifier or a value already looked at are not new candidates; skipping them keeps
  // `key=key=key=…` linear.
  let skipUntil = -1;
  matcher.scan(text, (keyword, keywordEnd) => {
    if (keywordEnd <= skipUntil) return;
    const keywordStart = keywordEnd - (matcher.keywords[keyword]?.length ?? 0);
    let start = keywordStart;
    while (start > 0 && IDENTIFIER_UNIT.test(text[start - 1] ?? '')) start--;
    let end = keywordEnd;
    while (end < text.length && IDENTIFIER_UNIT.test(text[end] ?? '')) end++;
    skipUntil = end;
    const identifier = text.slice(start, end);
    const parts = identifierParts(identifier);
    if (parts.some((part) => NOT_A_SECRET.has(part))) return;
    if (parts.length === 1 && parts[0] === 'bearer') {
      BEARER.lastIndex = end;
      const token = BEARER.exec(text);
      const value = token?.[1];
      if (token) skipUntil = token.index + token[0].length;
      if (token && value && !isPlaceholder(value) && shannonEntropy(value) >= 3) {
        const valueStart = token.index + token[0].length - value.length;
        found.push({
          start: valueStart,
          end: valueStart + value.length,
          type: 'authorization-header',
          severity: 'high',
          message: 'bearer token',
        });
      }
      return;
    }
    const last = parts[parts.length - 1] ?? '';
    const named =
      parts.some((part) => SECRET_WORDS.has(part)) ||
      [...SECRET_WORDS].some((word) => last.endsWith(word) && last.length > word.length + 1);
    if (!named) return;
    ASSIGNMENT.lastIndex = end;
    const assignment = ASSIGNMENT.exec(text);
    const rawValue = assignment?.[2];
    if (!assignment || !rawValue) return;
    skipUntil = assignment.index + assignment[0].length;
    // Unquoted values end where the sentence does.
    const value = assignment[1] ? rawValue : rawValue.replace(/\.+$/, '');
    if (CODE_REFERENCE.test(value) || isPlaceholder(value)) return;
    const classes = characterClasses(value);
    const isPassword = parts.some((part) => PASSWORD_WORDS.has(part)) || PASSWORD_WORDS.has(last);
    const credible = isPassword
      ? value.length >= 6 && classes.count >= 2
      : value.length >= 12 && (classes.digit || classes.mixedCase) && shannonEntropy(value) >= 3;
    if (!credible) return;
    const valueStart = assignment.index + assignment[0].length - rawValue.length;
    found.push({
      start: valueStart,
      end: valueStart + value.length,
      type: 'assignment',
      severity: isPassword ? 'high' : 'medium',
      message: isPassword ? 'password assigned in text' : 'secret value assigned to a key/token/secret name',
    });
  });
  return found;
}
