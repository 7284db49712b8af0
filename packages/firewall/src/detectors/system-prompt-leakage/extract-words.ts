import { cleanText } from '../../normalize/clean-text.js';
import { foldText } from '../../normalize/fold-text.js';
import { type MappedText, originEnd, originStart } from '../../normalize/mapped-text.js';

/** One word as overlap matching sees it: folded (lowercase, no diacritics or homoglyphs) with original offsets. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** How many UTF-16 units the word character at `index` takes, 0 if it is no word character. */
function wordCharacterWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  }
  const cp = text.codePointAt(index) ?? code;
  const width = cp > 0xffff ? 2 : 1;
  return WORD_CHARACTER.test(text.slice(index, index + width)) ? width : 0;
}

/**
 * The words of a text (runs of letters, digits and marks) in their folded form — case, diacritics, homoglyphs,
 * leetspeak and spaced-out letters undone, so reformatting a copied passage does not hide it. Offsets index into
 * `text`, shifted by `offset` (for a piece of a longer stream).
 *
 * @example extractWords('Du bist  HILFSBEREIT.').map((word) => word.text) // ['du', 'bist', 'hilfsbereit']
 */
export function extractWords(text: string, offset = 0): Word[] {
  return wordsOfFolded(foldText(cleanText(text).view), offset);
}

/**
 * The words of an already folded view (TextViews.folded), with offsets into its original shifted by `offset`.
 *
 * @example wordsOfFolded(createTextViews(answer).folded)
 */
export function wordsOfFolded(folded: MappedText, offset = 0): Word[] {
  const source = folded.text;
  const words: Word[] = [];
  let i = 0;
  while (i < source.length) {
    let width = wordCharacterWidth(source, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < source.length ? wordCharacterWidth(source, i) : 0;
    }
    words.push({
      text: source.slice(start, i),
      start: offset + originStart(folded, start),
      end: offset + originEnd(folded, i - 1),
    });
  }
  return words;
}
