import { describe, expect, it } from 'vitest';
import { chunkWords } from './chunk-words.js';
import { countEchoTokens, truncateToEchoTokens } from './count-echo-tokens.js';
import { parseEchoDirectives } from './parse-echo-directives.js';

describe('parseEchoDirectives', () => {
  it('reads tool calls, one per line, defaulting arguments to {}', () => {
    expect(parseEchoDirectives('/tool a {"x":1}\ntext\n  /tool b  ')).toEqual({
      kind: 'tools',
      calls: [
        { toolName: 'a', input: '{"x":1}' },
        { toolName: 'b', input: '{}' },
      ],
    });
  });

  it('lets /fail win over /fail-after, and /fail-after over /tool', () => {
    expect(parseEchoDirectives('/tool a {}\n/fail-after 3\n/fail')).toEqual({ kind: 'fail' });
    expect(parseEchoDirectives('/tool a {}\n/fail-after 3')).toEqual({ kind: 'fail-after', chunks: 3 });
  });

  it('ignores directives that are not at the start of a line', () => {
    expect(parseEchoDirectives('say /fail please')).toEqual({ kind: 'echo' });
    expect(parseEchoDirectives('/failure')).toEqual({ kind: 'echo' });
  });
});

describe('echo text helpers', () => {
  it('chunks words without losing a character', () => {
    const text = '  Echo:  a b\n c d e ';
    const chunks = chunkWords({ text, wordsPerChunk: 2 });
    expect(chunks.join('')).toBe(text);
    expect(chunks).toHaveLength(3);
    expect(chunkWords({ text: '', wordsPerChunk: 2 })).toEqual([]);
  });

  it('counts ceil(code points / 4) and truncates without splitting surrogate pairs', () => {
    expect(countEchoTokens('')).toBe(0);
    expect(countEchoTokens('abcde')).toBe(2);
    expect(countEchoTokens('😀😀😀😀😀')).toBe(2);
    expect(truncateToEchoTokens({ text: '😀😀😀😀😀', tokens: 1 })).toBe('😀😀😀😀');
  });
});
