import { describe, expect, it } from 'vitest';
import {
  EmbeddingsRequestSchema,
  EmbeddingsResponseSchema,
  toEmbeddingInputs,
  toEmbeddingsResponse,
} from './embeddings.js';

describe('EmbeddingsRequestSchema', () => {
  it('accepts one text or a list, and refuses token arrays and empty input clearly', () => {
    const one = EmbeddingsRequestSchema.parse({ model: 'e', input: 'hello', encoding_format: 'base64', extra: 1 });
    expect(toEmbeddingInputs(one)).toEqual(['hello']);
    expect(toEmbeddingInputs(EmbeddingsRequestSchema.parse({ model: 'e', input: ['a', 'b'] }))).toEqual(['a', 'b']);
    const cases: Array<[unknown, RegExp]> = [
      [[1, 2, 3], /token arrays are not supported/],
      [[[1, 2]], /token arrays are not supported/],
      [7, /token arrays are not supported/],
      ['', /Too small/],
      [[], /Too small/],
    ];
    for (const [input, message] of cases) {
      const issue = EmbeddingsRequestSchema.safeParse({ model: 'e', input }).error?.issues[0];
      expect(issue?.path).toEqual(['input']);
      expect(issue?.message).toMatch(message);
    }
    expect(EmbeddingsRequestSchema.safeParse({ model: 'e', input: 'x', encoding_format: 'hex' }).success).toBe(false);
  });
});

describe('toEmbeddingsResponse', () => {
  const embeddings = [
    [0.5, -1.25],
    [3, 0.1],
  ];

  it('answers floats by default', () => {
    const response = toEmbeddingsResponse({ model: 'e', embeddings, promptTokens: 4 });
    expect(EmbeddingsResponseSchema.parse(response)).toEqual({
      object: 'list',
      data: [
        { object: 'embedding', index: 0, embedding: [0.5, -1.25] },
        { object: 'embedding', index: 1, embedding: [3, 0.1] },
      ],
      model: 'e',
      usage: { prompt_tokens: 4, total_tokens: 4 },
    });
  });

  it('answers little-endian float32 in base64 when asked', () => {
    const response = toEmbeddingsResponse({ model: 'e', embeddings, promptTokens: 4, encodingFormat: 'base64' });
    const decoded = response.data.map((item) => {
      const bytes = Buffer.from(item.embedding as string, 'base64');
      return Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readFloatLE(i * 4));
    });
    expect(decoded[0]).toEqual([0.5, -1.25]);
    expect(decoded[1]?.[0]).toBe(3);
    expect(decoded[1]?.[1]).toBeCloseTo(0.1, 6);
  });
});
