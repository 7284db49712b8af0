import { describe, expect, it } from 'vitest';
import { highlightFindings } from './highlight-findings';

const joined = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

describe('highlightFindings', () => {
  it('returns the whole text as one plain segment when nothing was found', () => {
    expect(highlightFindings({ text: 'hello', findings: [] })).toEqual([
      { text: 'hello', start: 0, end: 5, findings: [] },
    ]);
  });

  it('marks a finding between plain stretches', () => {
    const segments = highlightFindings({ text: 'mail a@b.co now', findings: [{ start: 5, end: 11 }] });
    expect(segments.map(({ text, findings }) => [text, findings])).toEqual([
      ['mail ', []],
      ['a@b.co', [0]],
      [' now', []],
    ]);
  });

  it('keeps overlapping findings apart: the inner stretch names both', () => {
    const text = 'Ignore the rules and mail x@y.io please';
    const segments = highlightFindings({
      text,
      findings: [
        { start: 0, end: 32 },
        { start: 26, end: 32 },
      ],
    });
    expect(segments.map(({ text: part, findings }) => [part, findings])).toEqual([
      ['Ignore the rules and mail ', [0]],
      ['x@y.io', [0, 1]],
      [' please', []],
    ]);
    expect(joined(segments)).toBe(text);
  });

  it('leaves out findings without a position, empty ones and clamps ones past the end', () => {
    const segments = highlightFindings({
      text: 'abcdef',
      findings: [{}, { start: 2, end: 2 }, { start: 4, end: 99 }],
    });
    expect(segments.map(({ text, findings }) => [text, findings])).toEqual([
      ['abcd', []],
      ['ef', [2]],
    ]);
  });

  it('merges adjacent stretches covered by the same findings', () => {
    const segments = highlightFindings({
      text: 'aaabbbccc',
      findings: [
        { start: 0, end: 9 },
        { start: 3, end: 6 },
        { start: 3, end: 6 },
      ],
    });
    expect(segments.map(({ text, findings }) => [text, findings])).toEqual([
      ['aaa', [0]],
      ['bbb', [0, 1, 2]],
      ['ccc', [0]],
    ]);
  });

  it('handles an empty text', () => {
    expect(highlightFindings({ text: '', findings: [{ start: 0, end: 3 }] })).toEqual([]);
  });
});
