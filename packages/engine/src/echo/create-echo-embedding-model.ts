import type { EmbeddingModelV3 } from '../model-types.js';
import { countEchoTokens } from './count-echo-tokens.js';

/** Options of the echo embedding model. */
export interface EchoEmbeddingModelOptions {
  /** Vector length (default 64). */
  dimensions?: number;
}

/**
 * The built-in development embedding model `sigmacode/echo-embedding`: deterministic hashed bag-of-words vectors
 * without network. Each lower-cased word (letters and digits) adds ±1 at position FNV-1a(word) mod `dimensions`
 * (the sign from another bit of the hash); the vector is then scaled to length 1 (all zeros for a text without
 * words). Texts sharing words have a positive cosine similarity; identical texts have identical vectors. Usage is
 * ceil(characters / 4) per text. Not a neural model.
 *
 * @example
 * const { embeddings } = await embedMany({ model: createEchoEmbeddingModel(), values: ['a cat', 'a dog'] })
 */
export function createEchoEmbeddingModel({ dimensions = 64 }: EchoEmbeddingModelOptions = {}): EmbeddingModelV3 {
  const size = Math.max(1, Math.floor(dimensions));
  return {
    specificationVersion: 'v3',
    provider: 'sigmacode',
    modelId: 'echo-embedding',
    maxEmbeddingsPerCall: 2048,
    supportsParallelCalls: true,
    async doEmbed({ values, abortSignal }) {
      abortSignal?.throwIfAborted();
      return {
        embeddings: values.map((value) => embedText({ text: value, dimensions: size })),
        usage: { tokens: values.reduce((sum, value) => sum + countEchoTokens(value), 0) },
        warnings: [],
      };
    },
  };
}

/**
 * The echo embedding of one text.
 *
 * @example
 * embedText({ text: 'hello world', dimensions: 8 }).length // 8
 */
export function embedText({ text, dimensions }: { text: string; dimensions: number }): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const hash = fnv1a(word);
    const index = hash % dimensions;
    vector[index] = (vector[index] ?? 0) + ((hash >>> 31) & 1 ? -1 : 1);
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

/** 32-bit FNV-1a over the UTF-16 code units, as an unsigned integer. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
