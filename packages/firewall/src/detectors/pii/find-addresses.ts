import type { PiiEntity } from './pii-entity.js';

const NAME = '[A-ZÄÖÜ][a-zäöüß]+';
// Street types that make a street name on their own, glued (Hauptstraße) or as a word (Berliner Straße)…
const STRONG = '(?:[Ss]tra(?:ß|ss)e|[Ss]tr\\.|[Ww]eg|[Aa]llee|[Gg]asse|[Dd]amm|[Uu]fer|[Cc]haussee)';
// …and ones that are also ordinary words (Parkplatz 12, Spring 2020): as a separate word after a name (Am Markt 3,
// Berliner Platz 5), or glued only when postcode and city follow.
const WEAK_WORD = '(?:Platz|Markt|Ring|Pfad|Steig|Stieg|Promenade)';
const WEAK_GLUED = '(?:platz|markt|ring|pfad|steig|stieg|promenade)';
const HOUSE_NUMBER = '\\s{1,2}\\d{1,3}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:\\s?[-/]\\s?\\d{1,3}[a-zA-Z]?)?(?!\\d)';
const POSTCODE_CITY = `,?\\s{1,3}(?:D-)?\\d{5}\\s{1,2}${NAME}(?:(?:[- ]| am | an der | im )${NAME}){0,2}`;
// "Hauptstraße 5", "Karl-Marx-Straße 12a", "Berliner Str. 3-5", optionally ", 10115 Berlin" (also on the next line).
const GERMAN = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    `(?:(?:${NAME}[- ]){1,3}(?:[A-ZÄÖÜ][a-zäöüß]*)?|[A-ZÄÖÜ][a-zäöüß]+)${STRONG}${HOUSE_NUMBER}(?:${POSTCODE_CITY})?` +
    `|(?:${NAME}[- ]){1,3}${WEAK_WORD}${HOUSE_NUMBER}(?:${POSTCODE_CITY})?` +
    `|[A-ZÄÖÜ][a-zäöüß]+${WEAK_GLUED}${HOUSE_NUMBER}${POSTCODE_CITY}` +
    ')',
  'gu',
);
// Full street types, or abbreviations (which may carry a dot).
const US_SUFFIX =
  '(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Parkway|Circle|Highway|Square|Trail)\\b' +
  '|(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Pkwy|Cir|Hwy|Sq|Trl)\\b\\.?)';
// "1600 Pennsylvania Ave NW", "221 Baker St, Apt. 4, Springfield, IL 62704".
const US = new RegExp(
  `\\b\\d{1,6}\\s(?:[NSEW]\\.?\\s)?(?:[A-Z][a-z]+\\s){0,3}[A-Z][a-z]+\\s${US_SUFFIX}(?:\\s(?:NE|NW|SE|SW|N|S|E|W)\\b)?` +
    `(?:,?\\s(?:Apt|Apartment|Suite|Ste|Unit|#)\\.?\\s?[A-Za-z0-9-]{1,6})?` +
    `(?:,?\\s{1,3}[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2},?\\s[A-Z]{2}\\s\\d{5}(?:-\\d{4})?)?`,
  'g',
);

/**
 * Postal addresses by heuristics: German street + house number (+ PLZ and city), and US house number + street name +
 * street type (+ unit, city, state and ZIP). Addresses written without a street type or in other countries' formats
 * are not found; NER arrives later.
 *
 * @example findAddresses('Wohnt in der Hauptstraße 5, 10115 Berlin.')[0].type // 'ADDRESS'
 */
export function findAddresses(text: string): PiiEntity[] {
  const found: PiiEntity[] = [];
  for (const match of text.matchAll(GERMAN))
    found.push({ type: 'ADDRESS', start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(US))
    found.push({ type: 'ADDRESS', start: match.index, end: match.index + match[0].length });
  return found;
}
