import { describe, expect, it } from 'vitest';
import { createKeywordMatcher } from './create-keyword-matcher.js';

function matches(keywords: string[], text: string, caseInsensitive = false): [string, number][] {
  const matcher = createKeywordMatcher({ keywords, caseInsensitive });
  const found: [string, number][] = [];
  matcher.scan(text, (index, end) => found.push([keywords[index] ?? '', end]));
  return found;
}

describe('createKeywordMatcher', () => {
  it('finds every occurrence, overlapping ones included', () => {
    expect(matches(['he', 'she', 'hers'], 'ushers')).toEqual([
      ['she', 4],
      ['he', 4],
      ['hers', 6],
    ]);
  });

  it('matches ASCII case-insensitively when asked', () => {
    expect(matches(['akia'], 'key AKIAZ and akia', true)).toEqual([
      ['akia', 8],
      ['akia', 18],
    ]);
    expect(matches(['akia'], 'AKIA')).toEqual([]);
  });

  it('handles non-ASCII keywords and text', () => {
    expect(matches(['straße', 'größe'], 'Die Größe der straße')).toEqual([['straße', 20]]);
  });

  it('finds nothing for an empty keyword list', () => {
    expect(matches([], 'anything')).toEqual([]);
  });
});
