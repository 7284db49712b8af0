import { shannonEntropy } from '../../scan/shannon-entropy.js';

const LONG_VALUE = 64;
const ENCODED_VALUE = /^[A-Za-z0-9+/_=-]{24,}$/;

export interface ExfiltrationSignal {
  reason: 'long_value' | 'encoded_value' | 'conversation_terms';
  /** Up to three conversation terms found in the URL (only for `conversation_terms`). */
  terms?: string[];
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return value;
  }
}

/**
 * Whether a URL carries data out: a query value or path segment longer than 64 characters, an encoded-looking one
 * (24+ base64/hex characters of high entropy — real words and ids score lower), or words of the conversation.
 * `terms` are expected lowercase and at least 4 characters long.
 *
 * @example findExfiltration({ url: new URL('https://x.example/i.png?d=' + 'A'.repeat(80)), terms: [] })?.reason // 'long_value'
 */
export function findExfiltration({
  url,
  terms,
}: {
  url: URL;
  terms: readonly string[];
}): ExfiltrationSignal | undefined {
  const values: string[] = [];
  for (const [key, value] of url.searchParams) values.push(key, value);
  for (const segment of url.pathname.split('/')) if (segment !== '') values.push(decode(segment));
  if (url.hash.length > 1) values.push(decode(url.hash.slice(1)));
  for (const value of values) {
    if (value.length > LONG_VALUE) return { reason: 'long_value' };
    if (ENCODED_VALUE.test(value) && shannonEntropy(value) >= 4) return { reason: 'encoded_value' };
  }
  if (terms.length > 0) {
    const haystack = values.join(' ').toLowerCase();
    const hits = terms.filter((term) => haystack.includes(term)).slice(0, 3);
    if (hits.length > 0) return { reason: 'conversation_terms', terms: hits };
  }
  return undefined;
}
