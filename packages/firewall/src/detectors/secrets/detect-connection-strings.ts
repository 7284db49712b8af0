import { isPlaceholder } from './is-placeholder.js';
import type { SecretCandidate } from './secret-candidate.js';

// scheme://user:password@host — the password group is what gets reported (and redacted), so the rest stays readable.
const CREDENTIAL_URL = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:@/]{0,128}):([^\s@/]{1,256})@[^\s/?#@]{1,255}/dgi;

/**
 * Passwords inside URLs and connection strings: `postgres://app:s3cr3t@db:5432/x`, `mongodb+srv://…`,
 * `redis://:pw@…`, `https://user:pw@host`. Placeholders (`${DB_PASSWORD}`, `<password>`, `***`) are skipped.
 *
 * @example detectConnectionStrings('postgres://app:Xk9#mQ2v@db.internal/app')[0] // covers 'Xk9#mQ2v'
 */
export function detectConnectionStrings(text: string): SecretCandidate[] {
  if (!text.includes('://')) return [];
  const found: SecretCandidate[] = [];
  for (const match of text.matchAll(CREDENTIAL_URL)) {
    const password = match[3] ?? '';
    const span = match.indices?.[3];
    if (!span || isPlaceholder(password)) continue;
    found.push({
      start: span[0],
      end: span[1],
      type: 'connection-string',
      severity: 'high',
      message: `password in a ${(match[1] ?? '').toLowerCase()} connection string`,
    });
  }
  return found;
}
