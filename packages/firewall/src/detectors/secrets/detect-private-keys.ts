import type { SecretCandidate } from './secret-candidate.js';

const BEGIN = /-----BEGIN ([A-Z0-9 ]{0,40})PRIVATE KEY(?: BLOCK)?-----/g;
const END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/y;
const MAX_BLOCK = 16 * 1024;

/**
 * PEM private key blocks, also cut short: a pasted key often lacks its END line, and a BEGIN line followed by base64
 * lines is a key all the same (gitleaks' own rule needs both ends). The finding covers header to END, or header and
 * the base64 lines that follow.
 *
 * @example detectPrivateKeys('-----BEGIN RSA PRIVATE KEY-----\nMIIEow…')[0].type // 'private-key'
 */
export function detectPrivateKeys(text: string): SecretCandidate[] {
  if (!text.includes('PRIVATE KEY')) return [];
  const found: SecretCandidate[] = [];
  for (const match of text.matchAll(BEGIN)) {
    const start = match.index;
    let end = start + match[0].length;
    const endMarker = text.indexOf('-----END', end);
    if (endMarker !== -1 && endMarker - end <= MAX_BLOCK) {
      END.lastIndex = endMarker;
      const tail = END.exec(text);
      if (tail) end = endMarker + tail[0].length;
    } else {
      // No END: take the base64 body that follows (letters, digits, + / =, whitespace and PEM headers' ":").
      let cursor = end;
      while (cursor < text.length && cursor - end < MAX_BLOCK && /[A-Za-z0-9+/=\s:-]/.test(text[cursor] ?? ''))
        cursor++;
      const body = text.slice(end, cursor).replace(/\s+/g, '');
      if (body.length < 32) continue;
      end = cursor;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    }
    found.push({
      start,
      end,
      type: 'private-key',
      severity: 'critical',
      message: `${match[1] ?? ''}private key block`.trim(),
    });
  }
  return found;
}
