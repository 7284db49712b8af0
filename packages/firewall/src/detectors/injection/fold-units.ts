import { foldCharacter } from '../../normalize/confusables.js';

/**
 * The text as the classifier reads it, as code units: lowercase, diacritics removed, homoglyphs and ligatures folded
 * to Latin (the same table as the folded view), whitespace runs as one space, leetspeak undone in words that also hold
 * letters (`1gn0re` → `ignore`), spaced-out letters joined (`i g n o r e`). Line breaks are kept apart in `breaks`.
 * The same as the shared `folded` view in what it reads, but built in one tight pass over typed arrays, because the
 * classifier's budget is a few microseconds per KB.
 */
export interface FoldedUnits {
  /** Folded code units (`length` of them are used). */
  readonly units: Uint16Array;
  readonly length: number;
  /** For each unit, the index in the source text it came from. */
  readonly origin: Int32Array;
  /** Unit indices of spaces that stand for a line break, ascending. */
  readonly breaks: readonly number[];
}

const LEET = new Int32Array(128).fill(-1);
for (const [from, to] of [
  ['0', 'o'],
  ['1', 'i'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['7', 't'],
  ['@', 'a'],
  ['$', 's'],
] as const) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}
// Separators that may stand between spaced-out letters: space . - _ * | / + ~ , : ; ' " `
const SPACING = new Uint8Array(128);
for (const char of ' .-_*|/+~,:;\'"`') SPACING[char.charCodeAt(0)] = 1;
const MIN_SPACED_LETTERS = 4;

const foldCache = new Map<number, readonly number[]>();

function foldCodes(cp: number): readonly number[] {
  let codes = foldCache.get(cp);
  if (!codes) {
    const folded = foldCharacter(cp);
    codes = Array.from({ length: folded.length }, (_, i) => folded.charCodeAt(i));
    if (foldCache.size < 20_000) foldCache.set(cp, codes);
  }
  return codes;
}

function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x24;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code >= 0xc0;
}

/** Pass 1: lowercase and fold characters, collapse whitespace, note line breaks. */
function foldLetters(text: string): FoldedUnits {
  let units = new Uint16Array(text.length + 16);
  let origin = new Int32Array(text.length + 16);
  const breaks: number[] = [];
  let length = 0;
  let pendingSpace = false;
  let pendingBreak = false;
  const emit = (code: number, from: number): void => {
    if (length + 2 > units.length) {
      const grownUnits = new Uint16Array(units.length * 2);
      grownUnits.set(units);
      units = grownUnits;
      const grownOrigin = new Int32Array(origin.length * 2);
      grownOrigin.set(origin);
      origin = grownOrigin;
    }
    if (pendingSpace && length > 0) {
      if (pendingBreak) breaks.push(length);
      units[length] = 0x20;
      origin[length++] = from;
    }
    pendingSpace = false;
    pendingBreak = false;
    units[length] = code;
    origin[length++] = from;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c) pendingSpace = true;
      else if (code === 0x0a || code === 0x0d) {
        pendingSpace = true;
        pendingBreak = true;
      } else emit(code >= 0x41 && code <= 0x5a ? code + 32 : code, i);
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const at = i;
    if (cp > 0xffff) i++;
    if (cp === 0xa0 || cp === 0x2028 || cp === 0x2029 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x3000) {
      pendingSpace = true;
      if (cp === 0x2028 || cp === 0x2029) pendingBreak = true;
      continue;
    }
    for (const folded of foldCodes(cp)) emit(folded, at);
  }
  return { units, length, origin, breaks };
}

/** Pass 2, in place: leetspeak inside words with letters; runs of spaced-out single letters joined. */
function foldWords(folded: FoldedUnits): FoldedUnits {
  const { units, origin, breaks } = folded;
  const input = folded.length;
  const keptBreaks: number[] = [];
  let nextBreak = 0;
  let out = 0;
  let i = 0;
  const copy = (from: number, leet: boolean): void => {
    const code = units[from] ?? 0;
    while (nextBreak < breaks.length && (breaks[nextBreak] ?? 0) < from) nextBreak++;
    if (breaks[nextBreak] === from) keptBreaks.push(out);
    units[out] = leet && code < 128 && (LEET[code] ?? -1) >= 0 ? (LEET[code] ?? code) : code;
    origin[out++] = origin[from] ?? 0;
  };
  while (i < input) {
    const code = units[i] ?? 0;
    if (!isWordUnit(code)) {
      if (code === 0x20) copy(i, false);
      else {
        units[out] = code;
        origin[out++] = origin[i] ?? 0;
      }
      i++;
      continue;
    }
    let end = i;
    let letters = false;
    let leet = false;
    while (end < input && isWordUnit(units[end] ?? 0)) {
      const unit = units[end] ?? 0;
      if (isLetter(unit)) letters = true;
      else if ((LEET[unit] ?? -1) >= 0) leet = true;
      end++;
    }
    // A single unit: maybe the first of spaced-out letters (i g n o r e, i.g.n.o.r.e).
    if (end - i === 1) {
      let last = i;
      let count = 1;
      let anyLetter = isLetter(code);
      for (;;) {
        const probe = last + 1;
        let gap = probe;
        while (gap < input && gap - probe < 2 && (units[gap] ?? 0) < 128 && SPACING[units[gap] ?? 0] === 1) gap++;
        const next = units[gap] ?? 0;
        const single = gap + 1 >= input || !isWordUnit(units[gap + 1] ?? 0);
        if (gap === probe || gap >= input || !isWordUnit(next) || !single) break;
        last = gap;
        count++;
        if (isLetter(next)) anyLetter = true;
      }
      if (count >= MIN_SPACED_LETTERS) {
        for (let k = i; k <= last; k++) if (isWordUnit(units[k] ?? 0)) copy(k, anyLetter);
        i = last + 1;
        continue;
      }
    }
    if (letters && leet) for (let k = i; k < end; k++) copy(k, true);
    else
      for (let k = i; k < end; k++) {
        units[out] = units[k] ?? 0;
        origin[out++] = origin[k] ?? 0;
      }
    i = end;
  }
  return { units, length: out, origin, breaks: keptBreaks };
}

/**
 * Folds a text into classifier units (see FoldedUnits). Linear; one allocation of two typed arrays.
 *
 * @example foldUnits('ІGN0RE  Prev1ous\nline').units // 'ignore previous line' as code units, breaks [16]
 */
export function foldUnits(text: string): FoldedUnits {
  return foldWords(foldLetters(text));
}

const decoder = new TextDecoder('utf-16le');

/**
 * The folded units as a string (line breaks are spaces), for the phrase patterns.
 *
 * @example unitsToString(foldUnits('Hello  World')) // 'hello world'
 */
export function unitsToString(folded: FoldedUnits): string {
  const view = folded.units.subarray(0, folded.length);
  return decoder.decode(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
}
