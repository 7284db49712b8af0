/**
 * Characters that render as nothing (or reorder what is rendered) and so can hide text from a human reviewer while a
 * model still reads it: zero-width characters, bidirectional controls (Trojan Source), the Unicode tag block (ASCII
 * smuggling: U+E0041 is an invisible "A"), variation selectors (a run of them can encode arbitrary bytes behind one
 * emoji), soft hyphens and fillers that split keywords, and other format controls.
 */
export type InvisibleKind =
  | 'zero_width'
  | 'joiner'
  | 'bidi'
  | 'tag'
  | 'variation_selector'
  | 'soft_hyphen'
  | 'filler'
  | 'format';

/**
 * The kind of an invisible code point, or undefined for a visible one. Ordered by how often each range occurs.
 *
 * @example invisibleKind(0x200b) // 'zero_width'
 */
export function invisibleKind(cp: number): InvisibleKind | undefined {
  if (cp < 0xad) return undefined;
  if (cp === 0xad) return 'soft_hyphen';
  if (cp < 0x34f) return undefined;
  if (cp >= 0x200b && cp <= 0x200f) return cp === 0x200b ? 'zero_width' : cp <= 0x200d ? 'joiner' : 'bidi';
  if (cp >= 0x202a && cp <= 0x202e) return 'bidi';
  if (cp >= 0x2060 && cp <= 0x206f) return cp >= 0x2066 && cp <= 0x2069 ? 'bidi' : 'zero_width';
  if (cp === 0xfeff) return 'zero_width';
  if (cp >= 0xfe00 && cp <= 0xfe0f) return 'variation_selector';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if (cp >= 0xe0100 && cp <= 0xe01ef) return 'variation_selector';
  if (cp === 0x34f || cp === 0x61c || cp === 0x180e) return cp === 0x61c ? 'bidi' : 'zero_width';
  if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0 || cp === 0x2800) return 'filler';
  if ((cp >= 0xfff9 && cp <= 0xfffb) || (cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0x1bca0 && cp <= 0x1bca3)) {
    return 'format';
  }
  return undefined;
}
