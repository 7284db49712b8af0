import { createKeywordMatcher } from '../../scan/create-keyword-matcher.js';
import { INJECTION_PATTERNS, type InjectionPattern } from './injection-patterns.js';

// One Aho–Corasick pass over the text finds which patterns can match at all.
const ANCHORS: string[] = [];
const ANCHOR_PATTERNS: number[][] = [];
INJECTION_PATTERNS.forEach((pattern, index) => {
  for (const anchor of pattern.anchors) {
    let at = ANCHORS.indexOf(anchor);
    if (at < 0) {
      at = ANCHORS.push(anchor) - 1;
      ANCHOR_PATTERNS.push([]);
    }
    ANCHOR_PATTERNS[at]?.push(index);
  }
});
const ANCHOR_MATCHER = createKeywordMatcher({ keywords: ANCHORS });

/** One pattern match, in the coordinates of the folded text it was found in. */
export interface PatternMatch {
  readonly pattern: InjectionPattern;
  readonly start: number;
  readonly end: number;
  /** Inside quotes or after a cue like "what does … mean" / "was bedeutet": talked about rather than said. */
  readonly quoted: boolean;
}

const QUOTES = /["“”„«»`]/g;
const DISCUSSION_CUE =
  /\b(?:what does|what is|what are|meaning of|example of|examples of|phrases? like|such as|e\.g\.|called|known as|was bedeutet|was heisst|was ist|beispiel|beispiele|etwa|wie z\.b\.|bezeichnet|sogenannte|sogenannten|phrasen wie|satze wie)\b/;
function isQuoted(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const quotes = before.match(QUOTES)?.length ?? 0;
  if (quotes % 2 === 1) return true;
  if (/(?:^| )'[^']*$/.test(before)) return true;
  return DISCUSSION_CUE.test(before);
}

/**
 * All pattern matches in a folded text, in order of position.
 *
 * @example findPatternMatches('please ignore all previous instructions')[0]?.pattern.id // 'en-ignore-instructions'
 */
export function findPatternMatches(text: string): PatternMatch[] {
  const candidates = new Uint8Array(INJECTION_PATTERNS.length);
  ANCHOR_MATCHER.scan(text, (anchor) => {
    for (const index of ANCHOR_PATTERNS[anchor] ?? []) candidates[index] = 1;
  });
  const matches: PatternMatch[] = [];
  for (let index = 0; index < INJECTION_PATTERNS.length; index++) {
    const pattern = INJECTION_PATTERNS[index];
    if (candidates[index] !== 1 || !pattern) continue;
    pattern.pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern.pattern)) {
      matches.push({
        pattern,
        start: match.index,
        end: match.index + match[0].length,
        quoted: isQuoted(text, match.index),
      });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
