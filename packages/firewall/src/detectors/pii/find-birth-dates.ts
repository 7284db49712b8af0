import type { PiiEntity } from './pii-entity.js';

const CUE_PRESENT = /born|dob|d\.o\.b|birth|geb\.|geboren|geburt/i;
const MONTHS =
  'jan(?:uar|uary)?|feb(?:ruar|ruary)?|m(?:ä|ae|a)r(?:z|ch)?|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?';
const DATE =
  `\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})(?!\\d)|\\d{4}-\\d{2}-\\d{2}(?!\\d)` +
  `|\\d{1,2}(?:\\.|st|nd|rd|th)?\\s?(?:of\\s)?(?:${MONTHS})\\.?,?\\s\\d{4}|(?:${MONTHS})\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}`;
const BIRTH_DATE = new RegExp(
  `\\b(?:date of birth|birth\\s?date|birthday|born(?:\\s(?:on|in))?|dob|d\\.o\\.b\\.?|geb\\.|geboren(?:\\s(?:am|den))?|geburtsdatum|geburtstag)` +
    `[ \\t]{0,3}[:,-]?[ \\t]{0,3}(?:(?:on|am|den|the)\\s)?(${DATE})`,
  'dgi',
);

/**
 * Dates of birth — only a date right after a birth cue ("born", "DOB", "date of birth", "geb.", "geboren am",
 * "Geburtsdatum"): a date alone is not personal data. Numeric (`12.03.1985`, `1985-03-12`, `3/12/85`) and written
 * (`12. März 1985`, `March 12, 1985`) forms; the finding covers the date.
 *
 * @example findBirthDates('geb. 12.03.1985')[0] // { type: 'DATE_OF_BIRTH', start: 5, end: 15 }
 */
export function findBirthDates(text: string): PiiEntity[] {
  if (!CUE_PRESENT.test(text)) return [];
  const found: PiiEntity[] = [];
  for (const match of text.matchAll(BIRTH_DATE)) {
    const span = match.indices?.[1];
    if (span) found.push({ type: 'DATE_OF_BIRTH', start: span[0], end: span[1] });
  }
  return found;
}
