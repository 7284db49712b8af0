import { describe, expect, it } from 'vitest';
import { findBacktrackingRisk } from './find-backtracking-risk.js';

describe('findBacktrackingRisk', () => {
  it('flags a repeated group that contains an unbounded quantifier', () => {
    expect(findBacktrackingRisk('(a+)+$')).toBeDefined();
    expect(findBacktrackingRisk('(?:.*\\n){1,5}x')).toBeDefined();
    expect(findBacktrackingRisk('(\\w+\\s?)*$')).toBeDefined();
  });

  it('accepts linear patterns', () => {
    expect(findBacktrackingRisk('EMP-\\d{6}')).toBeUndefined();
    expect(findBacktrackingRisk('(?:ab|cd)+')).toBeUndefined();
    expect(findBacktrackingRisk('(?:\\w+)?-[a-z]{3}')).toBeUndefined();
    expect(findBacktrackingRisk('[(+*]+\\d')).toBeUndefined();
  });
});
