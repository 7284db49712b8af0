/** A word before a position, with its offsets in the text. */
export interface WordBefore {
  readonly text: string;
  readonly start: number;
}

const MAX_WORDS = 6;
const MAX_WORD_LENGTH = 40;

/**
 * The words on the same line right before `at`, nearest first, as long as single spaces separate them: "Rue de
 * Virton 38" at 38 gives Virton, de, Rue. A comma may stand right before `at` ("Calle Mayor, 5"); any other
 * punctuation at a word's end ends the list ("belegt, Weg 3" gives only Weg).
 *
 * @example wordsBefore({ text: 'an Karl-Marx-Str. 12', at: 18 }).map((w) => w.text) // ['Karl-Marx-Str.', 'an']
 */
export function wordsBefore({ text, at }: { text: string; at: number }): WordBefore[] {
  const words: WordBefore[] = [];
  let end = at;
  if (text[end - 1] === ' ') end--;
  if (text[end - 1] === ',') end--;
  while (words.length < MAX_WORDS && end > 0) {
    let start = end;
    while (start > 0 && end - start < MAX_WORD_LENGTH && !/\s/u.test(text[start - 1] ?? ' ')) start--;
    if (start === end) break;
    const raw = text.slice(start, end);
    if (words.length > 0 && /[,;:!?()"“”]$/u.test(raw)) break;
    // An opening bracket or quote before the word ends the list after it: "(Koskikatu 25)".
    const opened = /^[(["'“‘<>*]+/u.exec(raw)?.[0].length ?? 0;
    if (opened < raw.length) words.push({ text: raw.slice(opened), start: start + opened });
    if (opened > 0 || text[start - 1] !== ' ') break;
    end = start - 1;
  }
  return words;
}
