import { describe, expect, it } from 'vitest';
import { chooseCut, tokenStartAtOrBefore } from './choose-cut.js';

describe('tokenStartAtOrBefore', () => {
  it('finds the start of the token at or before a position', () => {
    expect(tokenStartAtOrBefore('ab cd ef', 7)).toBe(6);
    expect(tokenStartAtOrBefore('ab cd ef', 6)).toBe(6);
    expect(tokenStartAtOrBefore('ab cd ef', 5)).toBe(3);
    expect(tokenStartAtOrBefore('abcdef', 4)).toBe(0);
    expect(tokenStartAtOrBefore('a\u200Bb c', 3)).toBe(0); // zero-width space is not a separator
  });
});

describe('chooseCut', () => {
  const pending = 'one two three four five six seven eight nine ten';

  it('keeps holdBack characters and cuts at a token start', () => {
    const cut = chooseCut({ pending, ranges: [], holdBack: 10, maxHold: 1000 });
    expect(pending.slice(0, cut)).toBe('one two three four five six seven ');
    expect(pending.length - cut).toBeGreaterThanOrEqual(10);
  });

  it('moves back before a finding that crosses the cut, to its token start', () => {
    const start = pending.indexOf('ix');
    const cut = chooseCut({ pending, ranges: [{ start, end: start + 12 }], holdBack: 10, maxHold: 1000 });
    expect(pending.slice(0, cut)).toBe('one two three four five ');
  });

  it('holds everything while one token is still growing, until maxHold forces a cut', () => {
    const token = `see ${'x'.repeat(60)}`;
    expect(chooseCut({ pending: token, ranges: [], holdBack: 8, maxHold: 100 })).toBe(4);
    const long = 'x'.repeat(60);
    expect(chooseCut({ pending: long, ranges: [], holdBack: 8, maxHold: 100 })).toBe(0);
    expect(chooseCut({ pending: long, ranges: [], holdBack: 8, maxHold: 50 })).toBe(52);
    expect(chooseCut({ pending: long, ranges: [{ start: 30, end: 60 }], holdBack: 8, maxHold: 50 })).toBe(30);
  });

  it('releases nothing while less than holdBack is waiting', () => {
    expect(chooseCut({ pending: 'short text', ranges: [], holdBack: 64, maxHold: 1000 })).toBe(0);
  });
});
