import { cleanText } from '../../normalize/clean-text.js';
import { foldText } from '../../normalize/fold-text.js';
import { type MappedText, toOriginalRange } from '../../normalize/mapped-text.js';
import { createKeywordMatcher, type KeywordMatcher } from '../../scan/create-keyword-matcher.js';
import type { FindingSource } from '../../verdict.js';
import type { Detector, DetectorFinding } from '../detector.js';

interface BannedWordsState {
  readonly words: readonly string[];
  readonly matcher: KeywordMatcher | undefined;
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !WORD_UNIT.test(char);
}

function scan({
  view,
  state,
  source,
}: {
  view: MappedText;
  state: BannedWordsState;
  source: FindingSource;
}): DetectorFinding[] {
  const { matcher, words } = state;
  if (!matcher) return [];
  const findings: DetectorFinding[] = [];
  const text = view.text;
  matcher.scan(text, (index, end) => {
    const start = end - (matcher.keywords[index]?.length ?? 0);
    if (!isBoundary(text, start - 1) || !isBoundary(text, end)) return;
    findings.push({
      ...toOriginalRange({ view, start, end }),
      severity: 'medium',
      type: 'banned_word',
      source,
      message: `banned word or phrase "${words[index] ?? ''}"`,
    });
  });
  return findings;
}

/**
 * The policy's banned words and phrases, matched as whole words on the folded text: case, diacritics, homoglyphs
 * (`Ваd` with Cyrillic В), leetspeak (`b4d`), spaced letters (`b a d w o r d`), line breaks and invisible characters
 * inside do not hide them — nor does encoding them in base64 or hex.
 *
 * @example parsePolicy({ version: 1, bannedWords: ['Projekt Falke'], detectors: { 'banned-words': { action: 'block' } } })
 */
export const bannedWordsDetector = {
  id: 'banned-words',
  category: 'banned_word',
  directions: ['input', 'output', 'context'],
  description: "the policy's banned words and phrases",
  prepare({ policy }) {
    // Fold each word exactly as texts are folded, so both sides meet in the same form.
    const words = policy.bannedWords;
    const folded = words.map((word) => foldText(cleanText(word).view).text.trim());
    return {
      words,
      matcher: folded.some(Boolean) ? createKeywordMatcher({ keywords: folded }) : undefined,
    };
  },
  detect({ views, state }) {
    if (!state.matcher) return [];
    const findings = scan({ view: views.folded, state, source: 'text' });
    for (const payload of views.payloads) {
      findings.push(...scan({ view: foldText(payload.view), state, source: payload.encoding }));
    }
    return findings;
  },
} satisfies Detector<BannedWordsState>;
