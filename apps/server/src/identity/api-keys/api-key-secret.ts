import { createHash, randomBytes } from 'node:crypto';

const PREFIXES = { org: 'sk-sc-', app: 'app-' } as const;
/** How much of a key is shown in lists: enough to tell keys apart, far too little to guess the rest. */
const VISIBLE = 8;

/**
 * A new API key secret: `sk-sc-` (organization keys) or `app-` (app keys) and 32 random bytes in base64url.
 * Only `hash` is stored; `secret` is shown once.
 *
 * @example
 * const { secret, prefix, hash } = generateApiKeySecret('org') // secret 'sk-sc-Qm9…', prefix 'sk-sc-Qm9x2LkA'
 */
export function generateApiKeySecret(kind: keyof typeof PREFIXES): { secret: string; prefix: string; hash: string } {
  const secret = `${PREFIXES[kind]}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, PREFIXES[kind].length + VISIBLE), hash: hashApiKeySecret(secret) };
}

/**
 * SHA-256 of a key. Keys carry 256 random bits, so a fast unsalted hash is safe and makes the lookup one indexed
 * equality — unlike passwords, which need a slow salted hash.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether a bearer token looks like one of our keys (so other tokens are refused without a lookup). */
export function looksLikeApiKey(token: string): boolean {
  return /^(sk-sc-|app-)[A-Za-z0-9_-]{43}$/.test(token);
}
