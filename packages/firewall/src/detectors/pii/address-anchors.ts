import { lineEndNear, lineStartNear } from './line-bounds.js';
import {
  ENGLISH_STREET_ABBREVIATIONS,
  ENGLISH_STREET_WORDS,
  GLUED_STREET_TYPES,
  LOWERCASE_SAFE_TYPES_BEFORE,
  PLAIN_ENGLISH_STREET_TYPES,
  STREET_TYPES_AFTER,
  STREET_TYPES_BEFORE,
  UNIT_WORDS,
} from './street-types.js';
import { wordsBefore } from './words-before.js';

/**
 * How sure a street line is on its own: `street` — a street type and a house number (an address by itself);
 * `named` — a street without a number ("Maple Street", "Lindenweg"), an address after a preposition or address cue;
 * `weak` — words and a number ("Pagari 18", "20789 Allika 46"), an address only after an address cue or with a
 * postcode, unit or city lines after it.
 */
export interface AddressAnchor {
  readonly start: number;
  readonly end: number;
  readonly strength: 'street' | 'named' | 'weak';
}

/** "rue|via" → "[Rr]ue|[Vv]ia": these street types are written in either case ("12 rue de la Paix"). */
const eitherCase = (alternation: string): string =>
  alternation.replace(/(^|\|)(\p{L})/gu, (_, bar: string, letter: string) =>
    letter.toUpperCase() === letter.toLowerCase()
      ? `${bar}${letter}`
      : `${bar}[${letter.toUpperCase()}${letter.toLowerCase()}]`,
  );
const whole = (alternation: string, flags = 'u'): RegExp => new RegExp(`^(?:${alternation})$`, flags);

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const LINK = "(?:de|del|de la|della|delle|degli|dei|di|da|das|do|dos|du|des|la|le|les|l'|d'|van|von|der|den|am|an|y|e)";
const NUMBER = '\\d{1,5}[a-zA-Z]?(?:[ ]?[-/][ ]?\\d{1,4}[a-zA-Z]?)?(?!\\d)';
const ORDINAL = '\\d{1,3}(?:st|nd|rd|th)';
const TYPES_BEFORE = `${STREET_TYPES_BEFORE}|${eitherCase(LOWERCASE_SAFE_TYPES_BEFORE)}`;

// Anchors that start at a number, tried only there (sticky): the text is never scanned word by word.
// "1600 Pennsylvania Ave NW", "90 Whitchurch Road", "1987 74 Diakou Street", "350 5th Avenue".
const NUMBER_FIRST = new RegExp(
  `\\d{1,6}[a-zA-Z]?(?:[-/]\\d{1,4})?(?:[ ]\\d{1,4})?[ ](?:[NSEW]\\.?[ ]|(?:North|South|East|West)[ ])?` +
    `(?:(?:${WORD}|${ORDINAL})[ ]){0,3}(?:${WORD}|${ORDINAL})[ ](?:(?:${ENGLISH_STREET_WORDS})s?(?![\\p{L}])|` +
    `(?:${ENGLISH_STREET_ABBREVIATIONS})(?![\\p{L}])\\.?)(?:[ ](?:NE|NW|SE|SW|N|S|E|W)(?![\\p{L}]))?`,
  'uy',
);
// The same in lower case, without function words before the type ("5 main st", not "3 kids cross the road").
const NUMBER_FIRST_LOWER = new RegExp(
  `\\d{1,6}(?:[ ]\\d{1,4})?[ ]((?:\\p{Ll}[\\p{L}\\p{M}'’-]*[ ]){1,3})(?:${PLAIN_ENGLISH_STREET_TYPES})(?![\\p{L}])\\.?`,
  'uy',
);
const FUNCTION_WORDS = new Set(
  (
    'the a an of to in on at by for from with my your our his her their its this that and or but is are was were be ' +
    'down up into onto over under across along around near off out about miles mile km blocks minutes hours'
  ).split(' '),
);
// "12 rue de la Paix", "36 rue de pologne", "74 Avenida Paulista".
const NUMBER_TYPE_NAME = new RegExp(
  `\\d{1,5}[a-zA-Z]?,?[ ](?:${TYPES_BEFORE})[ ](?:${LINK}[ ]){0,3}\\p{L}[\\p{L}\\p{M}'’-]*` +
    `(?:[ ](?:${LINK}[ ]){0,2}\\p{L}[\\p{L}\\p{M}'’-]*){0,3}(?:,?[ ]${NUMBER})?`,
  'uy',
);
// "255 hersnapvej 18": a glued type in lower case after a building number.
const NUMBER_GLUED_LOWER = new RegExp(
  `\\d{1,6}[ ]\\p{Ll}[\\p{L}\\p{M}'’-]{2,}?(?:${GLUED_STREET_TYPES})[ ]?${NUMBER}`,
  'uy',
);
// "20789 Allika 46", "450 Præstevænget": an address only with more evidence.
const NUMBER_WORDS = new RegExp(
  `\\d{1,6}[ ]${WORD}(?:[ ](?:${LINK}[ ])?${WORD}){0,3}(?:[ ]${NUMBER})?(?![\\p{L}\\d])`,
  'uy',
);
const HOUSE_NUMBER = new RegExp(NUMBER, 'uy');

// The word right before a house number says what kind of street line it ends.
const GLUED_WORD = whole(
  `\\p{Lu}[\\p{L}\\p{M}'’-]*?(?:${GLUED_STREET_TYPES}|-(?:Stra(?:ß|ss)e|Str\\.|Weg|Allee|Gasse|Platz|Ring|Damm|Ufer))`,
);
const TYPE_AFTER_WORD = whole(STREET_TYPES_AFTER);
const TYPE_BEFORE_WORD = whole(TYPES_BEFORE);
const LOWERCASE_TYPE_BEFORE_WORD = whole(LOWERCASE_SAFE_TYPES_BEFORE, 'iu');
// German types that are also ordinary words: a street after "Am", "Im", "An der" ("Am Markt 3", "Im Hof 2")…
const GERMAN_WEAK_TYPE =
  /^(?:Platz|Markt|Ring|Pfad|Steig|Stieg|Promenade|Hof|Anger|Graben|Berg|Garten|Tor|Kamp|Feld)$/u;
const GERMAN_STREET_PREPOSITION = /^(?:Am|Im|Zum|Zur|Auf|An|In|Unter|Hinter|Vor|der|den|dem)$/u;
// …or glued, with a postcode after it ("Hohenzollernring 30, 50672 Köln").
const GERMAN_WEAK_GLUED = /^\p{Lu}\p{Ll}+(?:platz|markt|ring|pfad|steig|stieg|promenade)$/u;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;
const LINK_WORD = new RegExp(`^${LINK}$`, 'u');
const UNIT_WORD = whole(UNIT_WORDS);
const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|Gennaio|Febbraio|Aprile|Maggio|Giugno|Luglio|Settembre|Ottobre|Dicembre)$/u;

// Streets without a number, looked for only around their type words ("lives on Maple Street", "in der Lindenstraße").
const NAMED_KEYWORD =
  /Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Parkway|Circle|Square|Crescent|Close|Trail|Highway|street|St\.|Ave\.|Rd\.|Blvd\.|stra(?:ß|ss)e|gasse|allee|weg|vej|gade|gatan|vägen|veien|katu|laan|straat|Rue|rue|Via|Calle|Rua|Avenida|Piazza|Corso/gu;
const NAMED_STREETS = [
  new RegExp(
    `(?<![\\p{L}\\d])(?:${WORD}[ ]){1,3}(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Parkway|` +
      'Circle|Square|Crescent|Close|Trail|Highway)(?![\\p{L}])|(?:St|Ave|Rd|Blvd|Ln|Dr)\\.|street(?![\\p{L}]))',
    'gu',
  ),
  new RegExp(`(?<![\\p{L}\\d])\\p{Lu}[\\p{L}\\p{M}'’-]{2,}?(?:${GLUED_STREET_TYPES})(?![\\p{L}\\d])`, 'gu'),
  new RegExp(
    `(?<![\\p{L}\\d])(?:${TYPES_BEFORE})[ ](?:${LINK}[ ]){0,3}${WORD}(?:[ ](?:${LINK}[ ]){0,2}${WORD}){0,3}`,
    'gu',
  ),
];
const NAMED_WINDOW = 48;

// "P.O. Box 1234", "Postfach 10 20 30", "PSC 3294, Box 9168", "Unit 8400 Box 12"; ships ("USNS Brown\nFPO AP 12345").
const BOX_KEYWORD = /box|postfach|postbus|apartado|casilla|psc|cmr/iu;
const POST_BOX = new RegExp(
  '(?<![\\p{L}\\d])(?:P\\.?[ ]?O\\.?[ ]?Box|PO[ ]Box|Post[ ]Office[ ]Box|Postfach|Postbus|Apartado|Casilla|PSC|CMR|' +
    '(?=Unit[ ]\\d{1,6},?[ ]Box)Unit)[ ]\\d{1,6}(?:[ ]\\d{2}){0,2}(?:,?[ ]Box[ ]\\d{1,6})?',
  'giu',
);
const SHIP_KEYWORD = /[AFD]PO[ ]/iu;
const SHIP = /(?<![\p{L}\d])(?:USNS|USNV|USS|USCGC)[ ]\p{L}[\p{L}'’-]*(?=[ ]?\r?\n[ \t]*(?:APO|FPO|DPO)[ ])/giu;

/**
 * Street lines in a text: with a street type (English after the name, Romance and Slavic before it, German, Dutch and
 * Nordic glued to it, Hungarian and Turkish as a word after it) and a house number; post-office and military boxes;
 * and weaker candidates — words with a number, streets without one — for the caller to confirm. Work is done only at
 * numbers and around street-type words, so texts without them cost almost nothing.
 *
 * @example findAddressAnchors('Ship to 12 rue de la Paix') // [{ start: 8, end: 25, strength: 'street' }]
 */
export function findAddressAnchors(text: string): AddressAnchor[] {
  const found: AddressAnchor[] = [];
  for (const number of text.matchAll(/\d+/g)) {
    const at = number.index;
    if (/[\p{L}\d.,]/u.test(text[at - 1] ?? ' ')) continue; // "A4", "$2 657.81"
    const from = anchorFrom(text, at);
    if (from) found.push(from);
    const before = number[0].length <= 5 ? anchorBefore(text, at) : undefined;
    if (before) found.push(before);
  }
  namedStreets(text, found);
  if (BOX_KEYWORD.test(text)) collect(text, POST_BOX, 'street', found);
  if (SHIP_KEYWORD.test(text)) collect(text, SHIP, 'street', found);
  return found;
}

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The street line that starts with the number at `at`, if any. */
function anchorFrom(text: string, at: number): AddressAnchor | undefined {
  const anchor = (length: number, strength: AddressAnchor['strength']): AddressAnchor => ({
    start: at,
    end: at + length,
    strength,
  });
  const numberFirst = stickyAt(NUMBER_FIRST, text, at);
  if (numberFirst) return anchor(numberFirst[0].length, 'street');
  const lower = stickyAt(NUMBER_FIRST_LOWER, text, at);
  if (lower && !(lower[1] ?? '').split(' ').some((word) => FUNCTION_WORDS.has(word)))
    return anchor(lower[0].length, 'street');
  const typed = stickyAt(NUMBER_TYPE_NAME, text, at);
  if (typed) return anchor(typed[0].replace(/[ ,]+$/u, '').length, 'street');
  const glued = stickyAt(NUMBER_GLUED_LOWER, text, at);
  if (glued) return anchor(glued[0].length, 'street');
  const words = stickyAt(NUMBER_WORDS, text, at);
  if (words && !words[0].split(' ').some((word) => MONTHS.test(word) || UNIT_WORD.test(word)))
    return anchor(words[0].length, 'weak');
  return undefined;
}

/** The street line that ends with the house number at `at`, if any: the words before it say which kind. */
function anchorBefore(text: string, at: number): AddressAnchor | undefined {
  const number = stickyAt(HOUSE_NUMBER, text, at);
  if (!number) return undefined;
  const end = at + number[0].length;
  const words = wordsBefore({ text, at });
  const last = words[0];
  if (!last) return undefined;
  const anchor = (start: number, strength: AddressAnchor['strength']): AddressAnchor => ({ start, end, strength });
  if (GLUED_WORD.test(last.text)) return anchor(last.start, 'street');
  if (TYPE_AFTER_WORD.test(last.text)) {
    const first = leadingRun(words, 1, (word) => CAPITALISED.test(word));
    if (first) return anchor(first.start, 'street');
  }
  if (GERMAN_WEAK_TYPE.test(last.text) && GERMAN_STREET_PREPOSITION.test(words[1]?.text ?? '')) {
    const first = leadingRun(words, 1, (word) => CAPITALISED.test(word) || GERMAN_STREET_PREPOSITION.test(word));
    return anchor(first?.start ?? last.start, 'street');
  }
  const typed = typeBefore(words);
  if (typed !== undefined) return anchor(typed, 'street');
  if (GERMAN_WEAK_GLUED.test(last.text)) return anchor(last.start, 'weak');
  if (CAPITALISED.test(last.text) && !MONTHS.test(last.text) && !UNIT_WORD.test(last.text)) {
    const first = leadingRun(words, 0, (word) => CAPITALISED.test(word) && !MONTHS.test(word));
    return anchor(first?.start ?? last.start, 'weak');
  }
  return undefined;
}

/** Where a street type before the name starts ("Rue de Virton 38", "Via delle Coste 41", "ul. narewska 94"). */
function typeBefore(words: readonly { text: string; start: number }[]): number | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]?.text ?? '';
    if (index > 0 && (TYPE_BEFORE_WORD.test(word) || LOWERCASE_TYPE_BEFORE_WORD.test(word))) {
      const nameWord = LOWERCASE_TYPE_BEFORE_WORD.test(word) ? NAME_WORD : CAPITALISED;
      const named = words.slice(0, index).every((item) => LINK_WORD.test(item.text) || nameWord.test(item.text));
      return named ? words[index]?.start : undefined;
    }
    if (!NAME_WORD.test(word) && !LINK_WORD.test(word)) return undefined;
  }
  return undefined;
}

/** The earliest word of the run of words (at most four, links allowed inside) that pass `test`, from `from` on. */
function leadingRun(
  words: readonly { text: string; start: number }[],
  from: number,
  test: (word: string) => boolean,
): { start: number } | undefined {
  let first: { start: number } | undefined;
  for (let index = from; index < Math.min(words.length, from + 4); index++) {
    const word = words[index];
    if (!word) break;
    if (test(word.text)) first = word;
    else if (!(first && LINK_WORD.test(word.text) && test(words[index + 1]?.text ?? ''))) break;
  }
  return first;
}

function namedStreets(text: string, found: AddressAnchor[]): void {
  let searchedTo = 0;
  for (const keyword of text.matchAll(NAMED_KEYWORD)) {
    if (keyword.index < searchedTo) continue;
    const from = Math.max(searchedTo, lineStartNear({ text, at: keyword.index, max: NAMED_WINDOW }));
    const to = lineEndNear({ text, at: keyword.index, max: NAMED_WINDOW });
    const window = text.slice(from, to);
    for (const pattern of NAMED_STREETS) {
      for (const match of window.matchAll(pattern))
        found.push({ start: from + match.index, end: from + match.index + match[0].length, strength: 'named' });
    }
    searchedTo = to;
  }
}

function collect(text: string, pattern: RegExp, strength: AddressAnchor['strength'], found: AddressAnchor[]): void {
  for (const match of text.matchAll(pattern))
    found.push({ start: match.index, end: match.index + match[0].length, strength });
}
