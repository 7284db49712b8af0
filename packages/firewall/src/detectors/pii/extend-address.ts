import { UNIT_WORDS } from './street-types.js';

/** How far an address reaches around its street line, and how much of what was added is typical only of addresses. */
export interface AddressExtent {
  readonly start: number;
  readonly end: number;
  /** Units, postcodes with a city, state and ZIP, UK postcodes, APO/FPO lines: parts only addresses have. */
  readonly strongParts: number;
  /** City or country lines, bare postcodes and state codes. */
  readonly weakParts: number;
  /** Whether the address runs over more than one line. */
  readonly multiline: boolean;
}

// A city or region: capitalised words, with the small words of place names between them ("Frankfurt am Main",
// "Stratford-upon-Avon", "Chomutice u Horic v Podkrkonoší").
const CITY =
  "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ -](?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|(?:am|an|der|de|la|le|les|lès|sur|sous|upon|on|u|v|nad|pod|na|en|del|di|da|do|dos|das|im|ob|bei)(?=[ -]\\p{Lu}))){0,5}";
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?[ ]?\\d[A-Z]{2}(?![\\p{L}\\d])';
const LINE_END = '(?=[ \\t]*(?:[,.;?!)]|\\r?\\n|$))';
// Parts that follow a street line, each anchored at the current position (sticky).
const UNIT = `(?:${UNIT_WORDS})[ ]?(?:No\\.?[ ]?)?[A-Za-z0-9][A-Za-z0-9-]{0,5}(?![\\p{L}\\d])\\.?`;
const STRONG_PARTS = [
  new RegExp(`(?!#)${UNIT}`, 'uy'),
  new RegExp(`${CITY},?[ ]{1,3}[A-Z]{2}[ ]{1,3}\\d{5}(?:-\\d{4})?(?!\\d)`, 'uy'),
  /[A-Z]{2}[ ]{1,3}\d{5}(?:-\d{4})?(?!\d)/uy,
  new RegExp(`(?:[A-Z]{1,2}-)?(?:\\d{4,5}|\\d{3}[ ]\\d{2}|\\d{4}[ ][A-Z]{2})[ ]{1,2}${CITY}`, 'uy'),
  new RegExp(UK_POSTCODE, 'uy'),
  /(?:APO|FPO|DPO)[ ](?:AA|AE|AP)[ ]\d{5}/iuy,
  // A street type after the line ("Dalmatinova 68 St."), as some people write it.
  /(?:St|Street|Ave|Avenue|Rd|Road)(?![\p{L}])\.?/uy,
];
const WEAK_PARTS = [
  // "#5" is an apartment after a street, but also an issue or a rank.
  /#[ ]?\d{1,5}(?![\p{L}\d])/uy,
  new RegExp(
    `${CITY}(?:,?[ ](?:${UK_POSTCODE}|[A-Z]{2}(?![\\p{L}])|\\d{4,6}(?!\\d)|\\([\\p{L} ]{2,30}\\))){0,2}${LINE_END}`,
    'uy',
  ),
  new RegExp(`\\d{4,6}${LINE_END}`, 'uy'),
];
// Between parts: a comma, a line break (with quoting like "> " and one blank line at most), or spaces.
const COMMA_OR_LINE = /[ \t]*,[ \t]*(?:\r?\n[ \t>?*|-]*)?|[ \t]*,?\r?\n(?:[ \t]*\r?\n)?[ \t>?*|-]*,?[ \t]*/uy;
// After an abbreviation's dot ("Schulstr.\n # 140"): only parts typical of addresses may follow.
const DOT = /\.(?:[ \t]*,?[ \t]*\r?\n[ \t>?*|-]*|[ \t]{1,3})/uy;
const SPACES = /[ \t]{1,3}/uy;
const MAX_PARTS = 7;

const BEFORE_NUMBER = /(?<![\p{L}\d.,])\d{1,6}[a-zA-Z]?[ ]$/u;
const BEFORE_UNIT = new RegExp(`(?<![\\p{L}\\d])(?:${UNIT_WORDS})[ ]?[A-Za-z0-9][A-Za-z0-9-]{0,5},?[ ]$`, 'u');

function matchAt(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match && match[0] !== '' ? at + match[0].length : undefined;
}

/**
 * Grows a street line into the whole address as people write it: a building number or unit before it ("6750
 * Koskikatu 25", "Apt. 805 1234 Main St"), then units, postcode and city, state and ZIP, city and country lines after
 * it, across commas and line breaks.
 *
 * @example extendAddress({ text: '1 Main St\nSpringfield, IL 62704', start: 0, end: 9 }) // { end: 31, strongParts: 1, … }
 */
export function extendAddress({ text, start, end }: { text: string; start: number; end: number }): AddressExtent {
  let from = start;
  for (const before of [BEFORE_NUMBER, BEFORE_UNIT]) {
    const match = before.exec(text.slice(Math.max(0, from - 24), from));
    if (match) from -= match[0].length;
  }
  let to = end;
  let strongParts = 0;
  let weakParts = 0;
  let multiline = false;
  for (let part = 0; part < MAX_PARTS; part++) {
    const afterComma = matchAt(COMMA_OR_LINE, text, to);
    const afterSpace = matchAt(SPACES, text, to);
    const afterDot = /\p{L}/u.test(text[to - 1] ?? '') ? matchAt(DOT, text, to) : undefined;
    let next: number | undefined;
    let strong = false;
    for (const at of [afterComma, afterSpace, afterDot]) {
      if (at === undefined) continue;
      for (const pattern of STRONG_PARTS) {
        next = matchAt(pattern, text, at);
        if (next !== undefined) break;
      }
      if (next !== undefined) {
        strong = true;
        break;
      }
    }
    if (next === undefined && afterComma !== undefined) {
      for (const pattern of WEAK_PARTS) {
        next = matchAt(pattern, text, afterComma);
        if (next !== undefined) break;
      }
    }
    if (next === undefined && afterSpace !== undefined) next = matchAt(WEAK_PARTS[0] ?? /$^/uy, text, afterSpace);
    if (next === undefined) break;
    if (strong) strongParts++;
    else weakParts++;
    if (text.slice(to, next).includes('\n')) multiline = true;
    to = next;
  }
  while (to > end && /[ \t,.]/u.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to, strongParts, weakParts, multiline };
}
