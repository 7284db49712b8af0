import { createHash, randomBytes } from 'node:crypto';

/**
 * A new invitation token: 32 random bytes in base64url. Only `hash` is stored; `token` travels in the e-mailed link.
 *
 * @example
 * const { token, hash } = generateInvitationToken()
 */
export function generateInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}

/**
 * SHA-256 (hex) of a token. Tokens carry 256 random bits, so a fast unsalted hash is safe and the lookup is one
 * indexed equality; a database leak still does not reveal usable links.
 */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
