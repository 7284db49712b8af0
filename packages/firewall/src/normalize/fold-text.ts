import { foldCharacter } from './confusables.js';
import { createMappedTextBuilder, type MappedText, originEnd, originStart } from './mapped-text.js';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const MIN_SPACED_LETTERS = 4;

function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x24;
}

function isSpacingSeparator(code: number): boolean {
  // space . - _ * | / + ~ , : ; ' " `
  return (
    code === 0x20 ||
    code === 0x2e ||
    code === 0x2d ||
    code === 0x5f ||
    code === 0x2a ||
    code === 0x7c ||
    code === 0x2f ||
    code === 0x2b ||
    code === 0x7e ||
    code === 0x2c ||
    code === 0x3a ||
    code === 0x3b ||
    code === 0x27 ||
    code === 0x22 ||
    code === 0x60
  );
}

/**
 * Folds letters: lowercase, diacritics removed, homoglyphs and ligatures to Latin (`Раураl` → `paypal`, `Straße` →
 * `strasse`), every whitespace run to one space.
 */
function foldLetters(view: MappedText): MappedText {
  const text = view.text;
  // Native lowercasing is much faster than per-character work; its result is used for ASCII runs when it kept every
  // position in place (it does unless the text has one of the few characters whose lowercase is longer, like İ).
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  const source: MappedText = aligned ? { text: lower, starts: view.starts, ends: view.ends } : view;
  const builder = createMappedTextBuilder(text.length + 8);
  let runStart = -1;
  let lastWasSpace = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const isSpace = code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0x80 && !isSpace && (aligned || code < 0x41 || code > 0x5a)) {
      if (runStart < 0) runStart = i;
      lastWasSpace = false;
      i++;
      continue;
    }
    if (runStart >= 0) {
      builder.pushRange(source, runStart, i);
      runStart = -1;
    }
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const from = originStart(view, i);
    const to = originEnd(view, i + width - 1);
    if (isSpace) {
      if (!lastWasSpace) builder.push(' ', from, to);
      lastWasSpace = true;
    } else {
      const folded = foldCharacter(cp);
      if (folded !== '') {
        builder.push(folded, from, to);
        lastWasSpace = false;
      }
    }
    i += width;
  }
  if (runStart >= 0) builder.pushRange(source, runStart, text.length);
  return builder.finish();
}

/**
 * Undoes two keyword-hiding tricks on already letter-folded text: leetspeak inside words that also contain letters
 * (`1gn0re` → `ignore`, while `2024` stays), and letters spaced apart (`i g n o r e`, `i.g.n.o.r.e` → `ignore`, at
 * least four single letters with short separators between them).
 */
function foldWords(view: MappedText): MappedText {
  const text = view.text;
  const builder = createMappedTextBuilder(text.length);
  // Words: [start, end) ranges of word units.
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (isWordUnit(text.charCodeAt(i))) {
      const start = i;
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
      wordStarts.push(start);
      wordEnds.push(i);
    } else i++;
  }
  const emitWord = (start: number, end: number): void => {
    let hasLetter = false;
    let hasLeet = false;
    for (let j = start; j < end; j++) {
      const code = text.charCodeAt(j);
      if (code >= 0x61 && code <= 0x7a) hasLetter = true;
      else if (LEET[text[j] ?? ''] !== undefined) hasLeet = true;
    }
    if (!hasLetter || !hasLeet) {
      builder.pushRange(view, start, end);
      return;
    }
    for (let j = start; j < end; j++) {
      const char = text[j] ?? '';
      builder.push(LEET[char] ?? char, originStart(view, j), originEnd(view, j));
    }
  };
  const isSpacedGap = (from: number, to: number): boolean => {
    if (to - from < 1 || to - from > 2) return false;
    for (let j = from; j < to; j++) if (!isSpacingSeparator(text.charCodeAt(j))) return false;
    return true;
  };

  let cursor = 0; // next unit of text not yet emitted
  let w = 0;
  while (w < wordStarts.length) {
    const start = wordStarts[w] ?? 0;
    const end = wordEnds[w] ?? 0;
    // A run of single-unit words separated by short separator gaps?
    let last = w;
    if (end - start === 1) {
      while (
        last + 1 < wordStarts.length &&
        (wordEnds[last + 1] ?? 0) - (wordStarts[last + 1] ?? 0) === 1 &&
        isSpacedGap(wordEnds[last] ?? 0, wordStarts[last + 1] ?? 0)
      ) {
        last++;
      }
    }
    if (cursor < start) builder.pushRange(view, cursor, start);
    if (last - w + 1 >= MIN_SPACED_LETTERS) {
      // Join the letters, dropping the gaps; leet folding applies to the joined word.
      let hasLetter = false;
      for (let k = w; k <= last; k++) {
        const code = text.charCodeAt(wordStarts[k] ?? 0);
        if (code >= 0x61 && code <= 0x7a) hasLetter = true;
      }
      for (let k = w; k <= last; k++) {
        const at = wordStarts[k] ?? 0;
        const char = text[at] ?? '';
        builder.push(hasLetter ? (LEET[char] ?? char) : char, originStart(view, at), originEnd(view, at));
      }
      cursor = wordEnds[last] ?? 0;
      w = last + 1;
    } else {
      emitWord(start, end);
      cursor = end;
      w++;
    }
  }
  if (cursor < text.length) builder.pushRange(view, cursor, text.length);
  return builder.finish();
}

/**
 * The text as keyword matching sees it: letters folded (case, diacritics, homoglyphs), whitespace collapsed,
 * leetspeak and spaced-out letters undone. Only for matching keywords and phrases — never shown or redacted from.
 *
 * @example foldText(cleanText('І g n 0 r e  Prev1ous').view).text // 'ignore previous'
 */
export function foldText(view: MappedText): MappedText {
  return foldWords(foldLetters(view));
}
