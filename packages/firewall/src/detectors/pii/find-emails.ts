import type { PiiEntity } from './pii-entity.js';

function isLocalUnit(code: number): boolean {
  // A-Z a-z 0-9 . _ % + - '
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x5f ||
    code === 0x25 ||
    code === 0x2b ||
    code === 0x2d ||
    code === 0x27
  );
}

function isDomainUnit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x2d
  );
}

const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;

/**
 * E-mail addresses, found from each `@` outwards rather than by a regex tried at every position: linear, and an
 * address split across a line break is not one.
 *
 * @example findEmails('mail jane.doe@example.org.')[0] // { type: 'EMAIL', start: 5, end: 25 }
 */
export function findEmails(text: string): PiiEntity[] {
  const found: PiiEntity[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at < lastEnd) continue;
    let start = at;
    while (start > lastEnd && at - start < 64 && isLocalUnit(text.charCodeAt(start - 1))) start--;
    while (start < at && (text[start] === '.' || text[start] === "'")) start++;
    let end = at + 1;
    while (end < text.length && end - at <= 255 && isDomainUnit(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    if (start === at || end === at + 1) continue;
    // user:password@host and scheme://user@host are URL credentials, not addresses (mailto: is an address).
    const before = text[start - 1];
    if (
      (before === ':' || before === '/') &&
      !text
        .slice(Math.max(0, start - 7), start)
        .toLowerCase()
        .endsWith('mailto:')
    ) {
      continue;
    }
    const local = text.slice(start, at);
    if (local.endsWith('.') || local.includes('..')) continue;
    if (!DOMAIN.test(text.slice(at + 1, end))) continue;
    found.push({ type: 'EMAIL', start, end });
    lastEnd = end;
  }
  return found;
}
