import { describe, expect, it } from 'vitest';
import { parsePairs, splitArgs } from './parse-pairs';

describe('parsePairs', () => {
  it('reads headers and variables, splitting at the first separator', () => {
    expect(parsePairs({ text: 'Authorization: Bearer a:b\n\nX-Team=core=1\n', separators: [':', '='] })).toEqual({
      ok: true,
      pairs: { Authorization: 'Bearer a:b', 'X-Team': 'core=1' },
    });
  });

  it('uses only the given separators', () => {
    expect(parsePairs({ text: 'TOKEN=abc:def', separators: ['='] })).toEqual({
      ok: true,
      pairs: { TOKEN: 'abc:def' },
    });
  });

  it('names the first line without a name or separator', () => {
    expect(parsePairs({ text: 'A=1\njust text', separators: ['='] })).toEqual({ ok: false, line: 2 });
    expect(parsePairs({ text: '=value', separators: ['='] })).toEqual({ ok: false, line: 1 });
  });

  it('gives an empty record for an empty text', () => {
    expect(parsePairs({ text: ' \n ', separators: ['='] })).toEqual({ ok: true, pairs: {} });
  });
});

describe('splitArgs', () => {
  it('splits on whitespace and keeps quoted parts together', () => {
    expect(splitArgs(` -y  @scope/server "with space" 'single q' `)).toEqual([
      '-y',
      '@scope/server',
      'with space',
      'single q',
    ]);
  });

  it('gives no arguments for blank text', () => {
    expect(splitArgs('   ')).toEqual([]);
  });
});
