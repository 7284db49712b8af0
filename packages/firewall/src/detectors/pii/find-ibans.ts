import type { PiiEntity } from './pii-entity.js';
import { IBAN_LENGTHS, isValidIban } from './validators/is-valid-iban.js';

const IBAN_START = /\b([A-Za-z]{2})(\d{2})/g;

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * IBANs, compact or grouped (`DE89 3704 0044 0532 0130 00`), also wrapped onto the next line: from each country
 * code and check digits, exactly as many characters as that country's IBAN has are collected (single spaces, dashes
 * or a line break between them allowed), and the result must end a token and pass mod-97.
 *
 * @example findIbans('IBAN: DE89 3704 0044 0532 0130 00')[0] // { type: 'IBAN', start: 6, end: 33 }
 */
export function findIbans(text: string): PiiEntity[] {
  const found: PiiEntity[] = [];
  IBAN_START.lastIndex = 0;
  for (let match = IBAN_START.exec(text); match; match = IBAN_START.exec(text)) {
    const length = IBAN_LENGTHS[(match[1] ?? '').toUpperCase()];
    if (length === undefined) continue;
    let compact = match[0];
    let j = match.index + match[0].length;
    while (compact.length < length && j < text.length) {
      const code = text.charCodeAt(j);
      if (isAlphanumeric(code)) {
        compact += text[j];
        j++;
        continue;
      }
      // One separator (space, dash, or a line break with indentation) between characters.
      let k = j;
      if (code === 0x2d) k++;
      else while (k < text.length && k - j < 4 && /[ \t\r\n]/.test(text[k] ?? '')) k++;
      if (k === j || !isAlphanumeric(text.charCodeAt(k))) break;
      j = k;
    }
    if (compact.length !== length || isAlphanumeric(text.charCodeAt(j)) || !isValidIban(compact)) continue;
    found.push({ type: 'IBAN', start: match.index, end: j });
    IBAN_START.lastIndex = j;
  }
  return found;
}
