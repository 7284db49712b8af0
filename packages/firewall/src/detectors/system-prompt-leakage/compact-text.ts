import { foldCharacter } from '../../normalize/confusables.js';
import { type MappedText, originEnd, originStart } from '../../normalize/mapped-text.js';

/** A canary token prepared for searching: its compact form and the KMP failure table over it. */
export interface CompactToken {
  readonly text: string;
  readonly failure: Int32Array;
}

const cache = new Map<string, CompactToken | undefined>();

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/** The folded letters and digits of a text (lowercase, homoglyphs and diacritics folded, all else dropped). */
function compactOf(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC')) {
    for (const folded of foldCharacter(char.codePointAt(0) ?? 0)) if (isAsciiAlnum(folded.charCodeAt(0))) out += folded;
  }
  return out;
}

/**
 * A canary token in the compact form texts are searched in (`sgc_AbC…` → `sgcabc…`), ready for findCompact; undefined
 * when fewer than 8 letters and digits remain (too short to search for without false alarms). Cached per token.
 *
 * @example compactToken('sgc_k2j9-x2m8')?.text // 'sgck2j9x2m8'
 */
export function compactToken(token: string): CompactToken | undefined {
  if (cache.has(token)) return cache.get(token);
  const text = compactOf(token);
  let prepared: CompactToken | undefined;
  if (text.length >= 8) {
    const failure = new Int32Array(text.length);
    for (let i = 1, k = 0; i < text.length; i++) {
      while (k > 0 && text[i] !== text[k]) k = failure[k - 1] ?? 0;
      if (text[i] === text[k]) k++;
      failure[i] = k;
    }
    prepared = { text, failure };
  }
  if (cache.size >= 256) cache.clear();
  cache.set(token, prepared);
  return prepared;
}

/**
 * Every occurrence of a compact token in a cleaned view (TextViews.clean: NFKC, invisible characters gone), reading
 * only letters and digits, lowercased and folded (homoglyphs, diacritics) — so `S G C _ 2F…`, `sgc-2f…` and `ѕgс2f…`
 * (Cyrillic) all match `sgc2f…`. One pass (Knuth–Morris–Pratt) without allocation unless it matches; ranges are
 * original offsets.
 *
 * @example findCompact({ view: createTextViews('s-g-c 2 f …').clean, token: compactToken(canary.token) })
 */
export function findCompact({
  view,
  token,
}: {
  view: MappedText;
  token: CompactToken;
}): { start: number; end: number }[] {
  const source = view.text;
  const { text, failure } = token;
  const length = text.length;
  // Where the last `length` letters read sat in the view, as a ring; after a full match `slot` holds the first one.
  const positions = new Int32Array(length);
  const hits: { start: number; end: number }[] = [];
  let matched = 0;
  let slot = 0;
  const step = (code: number, first: number, last: number): void => {
    positions[slot] = first;
    slot = slot + 1 === length ? 0 : slot + 1;
    while (matched > 0 && text.charCodeAt(matched) !== code) matched = failure[matched - 1] ?? 0;
    if (text.charCodeAt(matched) === code) matched++;
    if (matched === length) {
      hits.push({ start: originStart(view, positions[slot] ?? 0), end: originEnd(view, last) });
      matched = 0;
    }
  };
  for (let i = 0; i < source.length; i++) {
    let code = source.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) code += 32;
      if (isAsciiAlnum(code)) step(code, i, i);
      continue;
    }
    const cp = source.codePointAt(i) ?? code;
    const last = cp > 0xffff ? i + 1 : i;
    const folded = foldCharacter(cp);
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      if (isAsciiAlnum(unit)) step(unit, i, last);
    }
    i = last;
  }
  return hits;
}
