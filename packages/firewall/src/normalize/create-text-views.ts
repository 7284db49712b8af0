import { type CleanText, cleanText, type InvisibleChar } from './clean-text.js';
import { type DecodedPayload, decodePayloads } from './decode-payloads.js';
import { foldText } from './fold-text.js';
import type { MappedText } from './mapped-text.js';

/**
 * The views of one text that detectors share. `clean` is computed at once (every detector needs it, and for plain
 * ASCII it is the original itself); `folded` and `payloads` only when a detector first asks, then kept.
 */
export interface TextViews {
  readonly original: string;
  /** NFKC, invisible characters removed; for PII, secrets and URLs. */
  readonly clean: MappedText;
  /** The invisible characters removed from `clean`, in order. */
  readonly invisible: readonly InvisibleChar[];
  /** Case, diacritics, homoglyphs, leetspeak and spacing folded; for keywords and phrases only. */
  readonly folded: MappedText;
  /** Decoded base64/hex/percent/rot13/tag/variation-selector payloads. */
  readonly payloads: readonly DecodedPayload[];
}

/**
 * @example
 * const views = createTextViews('Ｉｇｎｏｒｅ the rules');
 * views.folded.text // 'ignore the rules'
 */
export function createTextViews(text: string): TextViews {
  const cleaned: CleanText = cleanText(text);
  let folded: MappedText | undefined;
  let payloads: DecodedPayload[] | undefined;
  return {
    original: text,
    clean: cleaned.view,
    invisible: cleaned.invisible,
    get folded() {
      folded ??= foldText(cleaned.view);
      return folded;
    },
    get payloads() {
      payloads ??= decodePayloads({ view: cleaned.view, invisible: cleaned.invisible });
      return payloads;
    },
  };
}
