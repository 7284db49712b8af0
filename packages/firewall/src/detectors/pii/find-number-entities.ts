import type { PiiEntity, PiiType } from './pii-entity.js';
import { type NumberRun, scanNumberRuns } from './scan-number-runs.js';
import { isLuhnValid } from './validators/is-luhn-valid.js';
import { isValidSsn } from './validators/is-valid-ssn.js';
import { isValidSteuerId } from './validators/is-valid-steuer-id.js';

// Words that announce a phone number. Plain "number"/"Nr." are not among them: card, account, order and licence
// numbers follow those just as often.
const PHONE_CUE =
  /\b(?:tel|tel\.|telefon|telefonnummer|telephone|phone|fon|mobil|mobile|mobilnummer|handy|handynummer|cell|fax|call|anrufen|ruf|rufnummer|whatsapp|durchwahl|hotline|erreichbar unter|reach me at)\b[^\n\d]{0,12}$/i;
const SSN_CUE = /\b(?:ssn|social security(?: number| no\.?)?|sozialversicherungsnummer)\b[^\n\d]{0,12}$/i;
const EXTENSION = /^(?:\s?(?:x|ext\.?|extension|durchwahl)\s?)(\d{1,6})/i;
const PRIVATE_IPV4 = /^(?:10|127|0)\.|^169\.254\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\.|^(?:22[4-9]|2[3-5]\d)\./;

function isDateLike(run: NumberRun): boolean {
  const [a = 0, b = 0, c = 0] = run.groups;
  if (run.groups.length !== 3 || run.plus) return false;
  const [s1, s2] = run.separators;
  if (s1 !== s2 || !(s1 === '.' || s1 === '/' || s1 === '-')) return false;
  return (a <= 2 && b <= 2 && (c === 4 || c === 2)) || (a === 4 && b <= 2 && c <= 2);
}

function isCardPrefix(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  return (
    digits[0] === '4' ||
    (two >= 51 && two <= 55) ||
    (four >= 2221 && four <= 2720) ||
    two === 34 ||
    two === 37 ||
    (two >= 35 && two <= 39) ||
    (four >= 3000 && four <= 3059) ||
    two === 62 ||
    two === 65 ||
    four === 6011 ||
    (four >= 6440 && four <= 6499) ||
    two === 50 ||
    (two >= 56 && two <= 69) ||
    (four >= 2200 && four <= 2204) ||
    four === 2131 ||
    four === 1800
  );
}

function classify(run: NumberRun, before: string): PiiType | undefined {
  const { digits, groups, separators, plus } = run;
  const count = digits.length;
  const onlySeparators = (allowed: string): boolean => separators.every((separator) => allowed.includes(separator));

  if (!plus && groups.length === 4 && onlySeparators('.')) {
    return groups.every((length) => length <= 3) ? 'IP_ADDRESS' : undefined;
  }
  if (isDateLike(run)) return undefined;
  if (!plus && count >= 13 && count <= 19 && onlySeparators(' -') && isCardPrefix(digits) && isLuhnValid(digits)) {
    if (groups.length === 1 || groups.every((length) => length >= 3)) return 'CREDIT_CARD';
  }
  if (!plus && count === 9) {
    const dashed =
      groups.length === 3 &&
      groups[0] === 3 &&
      groups[1] === 2 &&
      groups[2] === 4 &&
      (onlySeparators('-') || onlySeparators(' '));
    if ((dashed || (groups.length === 1 && SSN_CUE.test(before))) && isValidSsn(digits)) return 'US_SSN';
  }
  if (!plus && count === 11 && onlySeparators(' ') && isValidSteuerId(digits)) return 'TAX_ID';
  // Phones.
  if (count < 7 || count > 15) return undefined;
  if (plus) return count >= 8 ? 'PHONE' : undefined;
  if (digits.startsWith('00') && digits[2] !== '0' && count >= 10) return 'PHONE';
  // National format with trunk zero: 030 1234567, 0171 2345678; written without separators only with 10–11 digits.
  if (
    digits[0] === '0' &&
    digits[1] !== '0' &&
    (groups.length > 1 ? count >= 9 && count <= 12 : count >= 10 && count <= 11)
  ) {
    return 'PHONE';
  }
  // North American: 555-123-4567, (555) 123-4567, 555.123.4567, 1-800-555-1234 (separators are ' ', '-', '.', '/' or '()').
  const usGroups = groups.join(',');
  const usShape = usGroups === '3,3,4' || (usGroups === '1,3,3,4' && digits[0] === '1');
  if (usShape && separators.every((separator) => separator !== '/')) return 'PHONE';
  if (PHONE_CUE.test(before) && (groups.length > 1 || count >= 8)) return 'PHONE';
  return undefined;
}

/**
 * Numbers that are PII, from one scan of number runs: payment cards (13–19 digits, issuer prefix, Luhn), US SSNs
 * (3-2-4, valid ranges; 9 plain digits only after "SSN"), German tax ids (11 digits, check digit and digit rule),
 * IPv4 addresses (public ones unless `privateIps`), and phone numbers — international (`+49 30 1234567`,
 * `0049…`), national with trunk zero (`030/1234567`, `0171 2345678`), North American (`(555) 123-4567`), or any
 * 7–15 digit number right after a cue word such as "Tel." or "phone". Dates, versions and plain numbers are not phones.
 *
 * @example findNumberEntities({ text: 'Ruf an: 0171 2345678', privateIps: false })[0].type // 'PHONE'
 */
export function findNumberEntities({ text, privateIps }: { text: string; privateIps: boolean }): PiiEntity[] {
  const found: PiiEntity[] = [];
  for (const run of scanNumberRuns(text)) {
    // The run must end a token: `123abc` is not a number.
    const after = text.charCodeAt(run.end);
    const extension = EXTENSION.exec(text.slice(run.end, run.end + 20));
    const endsToken = !(
      (after >= 0x41 && after <= 0x5a) ||
      (after >= 0x61 && after <= 0x7a) ||
      (after >= 0x30 && after <= 0x39) ||
      after === 0x5f
    );
    if (!endsToken && !extension) continue;
    const before = text.slice(Math.max(0, run.start - 40), run.start);
    const type = classify(run, before);
    if (!type) continue;
    if (type === 'IP_ADDRESS') {
      const octets = text.slice(run.start, run.end).split('.').map(Number);
      if (octets.some((octet) => octet > 255)) continue;
      if (!privateIps && PRIVATE_IPV4.test(text.slice(run.start, run.end))) continue;
    }
    if (!endsToken && type !== 'PHONE') continue;
    const end = type === 'PHONE' && extension ? run.end + extension[0].length : run.end;
    found.push({ type, start: run.start, end });
  }
  return found;
}
