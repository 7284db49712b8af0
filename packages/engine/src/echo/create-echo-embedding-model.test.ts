import { cosineSimilarity, embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import { createEchoEmbeddingModel, embedText } from './create-echo-embedding-model.js';

describe('createEchoEmbeddingModel', () => {
  it('returns deterministic unit vectors of the configured dimension', async () => {
    const model = createEchoEmbeddingModel({ dimensions: 32 });
    const first = await model.doEmbed({ values: ['The cat sat.', 'the CAT sat'] });
    const again = await model.doEmbed({ values: ['The cat sat.'] });
    expect(first.embeddings[0]).toHaveLength(32);
    expect(first.embeddings[0]).toEqual(again.embeddings[0]);
    // Case and punctuation do not change the words.
    expect(first.embeddings[1]).toEqual(first.embeddings[0]);
    expect(Math.hypot(...(first.embeddings[0] ?? []))).toBeCloseTo(1, 10);
    expect(first.usage?.tokens).toBe(Math.ceil(12 / 4) + Math.ceil(11 / 4));
  });

  it('makes texts that share words more similar than texts that do not', async () => {
    const { embeddings } = await embedMany({
      model: createEchoEmbeddingModel(),
      values: ['invoice payment due date', 'payment due on the invoice', 'mountain hiking trail'],
    });
    const [a, b, c] = embeddings as [number[], number[], number[]];
    expect(cosineSimilarity(a, b)).toBeGreaterThan(cosineSimilarity(a, c));
    expect(cosineSimilarity(a, b)).toBeGreaterThan(0.5);
  });

  it('gives a zero vector for text without words', () => {
    expect(embedText({ text: ' ...!? ', dimensions: 4 })).toEqual([0, 0, 0, 0]);
  });
});
