import { type InvisibleKind, invisibleKind } from './invisible-characters.js';
import { createMappedTextBuilder, identityView, type MappedText } from './mapped-text.js';

/** One invisible code point that was removed, at its original offsets. */
export interface InvisibleChar {
  readonly start: number;
  readonly end: number;
  readonly codePoint: number;
  readonly kind: InvisibleKind;
}

export interface CleanText {
  /** NFKC-normalized text without invisible characters; PII, secrets and URLs are searched here. */
  readonly view: MappedText;
  readonly invisible: readonly InvisibleChar[];
}

// Anything outside printable ASCII, tab, CR and LF needs a closer look.
const NEEDS_CLEANING = /[^\t\n\r\x20-\x7e]/;
// A superset of the ranges invisibleKind reports (NFKC keeps all of them, so they need their own test).
const MAY_BE_INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufeff\uffa0\ufff9-\ufffb]|\u034f|[\ufe00-\ufe0f]|\udb40[\udc00-\uddef]|\ud834[\udd73-\udd7a]|\ud82f[\udca0-\udca3]/;
const nfkcCache = new Map<number, string>();

function nfkc(cp: number, char: string): string {
  let normalized = nfkcCache.get(cp);
  if (normalized === undefined) {
    normalized = char.normalize('NFKC');
    // Bounded: the cache holds at most one entry per code point seen, and real texts use few.
    if (nfkcCache.size < 20_000) nfkcCache.set(cp, normalized);
  }
  return normalized;
}

/**
 * Normalizes each code point to NFKC (fullwidth `ｐａｙｐａｌ` → `paypal`, `①` → `1`, mathematical letters → ASCII) and
 * drops invisible characters, keeping a map back to the original. Normalizing code point by code point instead of the
 * whole string keeps the map exact; the one thing it gives up is composing a base letter with a following combining
 * mark, which folding (diacritics removed) makes irrelevant for matching.
 *
 * @example cleanText('pa\u200Bss').view.text // 'pass'
 */
export function cleanText(text: string): CleanText {
  // Most texts are plain ASCII, or other scripts already in NFKC without invisible characters: nothing to do.
  if (!NEEDS_CLEANING.test(text) || (!MAY_BE_INVISIBLE.test(text) && text.normalize('NFKC') === text)) {
    return { view: identityView(text), invisible: [] };
  }
  const original = identityView(text);
  const builder = createMappedTextBuilder(text.length);
  const invisible: InvisibleChar[] = [];
  // Start of the current run of units that stay as they are.
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    const kind = invisibleKind(cp);
    const char = kind ? '' : width === 2 ? text.slice(i, i + 2) : (text[i] ?? '');
    const normalized = kind ? '' : nfkc(cp, char);
    if (!kind && normalized === char) {
      i += width;
      continue;
    }
    if (runStart < i) builder.pushRange(original, runStart, i);
    if (kind) invisible.push({ start: i, end: i + width, codePoint: cp, kind });
    else builder.push(normalized, i, i + width);
    i += width;
    runStart = i;
  }
  if (runStart < text.length) builder.pushRange(original, runStart, text.length);
  return { view: builder.finish(), invisible };
}
