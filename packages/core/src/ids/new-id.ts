const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case: no i, l, o, u

/**
 * A random, prefixed identifier such as `org_8k2m9x...` (20 base32 characters, 100 bits). The prefix tells a
 * reader what kind of thing an id names; ids carry no order and no information about their owner.
 *
 * @example
 * newId('org') // 'org_3j9q0c8m2x7f1v5d4k6t'
 */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return `${prefix}_${out}`;
}
