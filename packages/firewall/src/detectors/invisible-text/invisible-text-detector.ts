import type { InvisibleChar } from '../../normalize/clean-text.js';
import type { InvisibleKind } from '../../normalize/invisible-characters.js';
import type { Severity } from '../../verdict.js';
import type { Detector, DetectorFinding } from '../detector.js';

// More separate runs than this is an attack, not text: the rest is reported as one finding without a place, which a
// redacting policy turns into a block (a text cannot be cleaned of what is not located).
const MAX_FINDINGS = 1000;
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

const DESCRIPTIONS: Record<InvisibleKind, string> = {
  zero_width: 'zero-width characters',
  joiner: 'zero-width joiners',
  bidi: 'bidirectional control characters (can reorder what is displayed)',
  tag: 'Unicode tag characters (invisible copies of ASCII)',
  variation_selector: 'a run of variation selectors (can encode hidden bytes)',
  soft_hyphen: 'soft hyphens',
  filler: 'invisible filler characters',
  format: 'invisible format characters',
};

/** Whether a unit is a visible non-ASCII character (emoji, other scripts): joiners and selectors belong there. */
function isVisibleNonAscii(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && code > 0x7f && !(code >= 0xfe00 && code <= 0xfe0f) && code !== 0x200d && code !== 0x200c;
}

function previousCodePoint(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.codePointAt(index - 2) : low;
}

/** Legitimate uses: emoji sequences, joiners inside non-Latin scripts, a leading BOM, marks in right-to-left text. */
function isLegitimate(run: readonly InvisibleChar[], text: string, hasRtl: boolean): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return true;
  const before = previousCodePoint(text, first.start);
  if (run.length === 1) {
    const { kind, codePoint, start, end } = first;
    if (codePoint === 0xfeff && start === 0) return true;
    if (kind === 'joiner' || (kind === 'variation_selector' && codePoint <= 0xfe0f)) {
      const afterVisible = isVisibleNonAscii(text, end);
      const beforeVisible = before !== undefined && before > 0x7f;
      // ZWJ/ZWNJ between two non-ASCII characters; VS15/VS16 after an emoji or a keycap base.
      if (kind === 'joiner') return beforeVisible && afterVisible;
      return beforeVisible || (before !== undefined && /[0-9#*]/.test(String.fromCodePoint(before)));
    }
    if (kind === 'bidi' && (codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x61c)) return hasRtl;
  }
  // Subdivision flags: black flag + tag letters + cancel tag.
  if (first.kind === 'tag' && before === BLACK_FLAG && last.codePoint === CANCEL_TAG && run.length <= 8) return true;
  return false;
}

function severityOf(run: readonly InvisibleChar[], text: string): Severity {
  const kinds = new Set(run.map((char) => char.kind));
  if (kinds.has('tag')) return 'high';
  if (kinds.has('variation_selector') && run.length >= 4) return 'high';
  if (kinds.has('bidi') && run.some((char) => char.codePoint >= 0x202a)) return 'medium';
  const first = run[0];
  const last = run[run.length - 1];
  // Inside a word (letters on both sides): splitting a keyword to slip it past filters.
  const before = first ? text[first.start - 1] : undefined;
  const after = last ? text[last.end] : undefined;
  if (before && after && /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) return 'medium';
  return run.length >= 3 ? 'medium' : 'low';
}

/**
 * Invisible and smuggling characters: zero-width characters, bidirectional controls, Unicode tag characters,
 * variation-selector runs, soft hyphens, fillers. One finding per run of adjacent characters; legitimate uses
 * (emoji sequences, subdivision flags, joiners in Indic and Arabic scripts, a leading BOM, direction marks in
 * right-to-left text) are not reported. Redacting removes the characters. Beyond 1,000 runs the rest is one finding
 * without offsets, which blocks under a redacting policy.
 *
 * @example analyzeText({ text: 'ig\u200Bnore', direction: 'input' }).redactedText // 'ignore'
 */
export const invisibleTextDetector = {
  id: 'invisible-text',
  category: 'unicode_smuggling',
  directions: ['input', 'output', 'context'],
  description: 'zero-width, bidi, tag and other invisible characters',
  detect({ text, views }) {
    const invisible = views.invisible;
    if (invisible.length === 0) return [];
    const hasRtl = RTL_LETTER.test(text);
    const findings: DetectorFinding[] = [];
    let i = 0;
    while (i < invisible.length) {
      if (findings.length === MAX_FINDINGS) {
        findings.push({
          severity: 'high',
          type: 'mass_smuggling',
          message: `more than ${MAX_FINDINGS} separate runs of hidden characters (${invisible.length} characters)`,
        });
        break;
      }
      const run: InvisibleChar[] = [];
      let j = i;
      do {
        const char = invisible[j];
        if (char) run.push(char);
        j++;
      } while (j < invisible.length && invisible[j]?.start === invisible[j - 1]?.end);
      i = j;
      const first = run[0];
      const last = run[run.length - 1];
      if (!first || !last || isLegitimate(run, text, hasRtl)) continue;
      const kinds = [...new Set(run.map((char) => char.kind))];
      findings.push({
        severity: severityOf(run, text),
        type: kinds.length === 1 ? kinds[0] : 'mixed',
        start: first.start,
        end: last.end,
        message: `${run.length} hidden character${run.length === 1 ? '' : 's'}: ${kinds.map((kind) => DESCRIPTIONS[kind]).join(', ')}`,
      });
    }
    return findings;
  },
} satisfies Detector;
