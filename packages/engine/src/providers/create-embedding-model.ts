import { AppError } from '@sigmacode/core';
import type { EmbeddingModelV3 } from '../model-types.js';
import type { CreateLanguageModelOptions } from './create-language-model.js';
import { factoryOf } from './create-language-model.js';
import { assertProviderModelId } from './model-id.js';
import { parseProviderConfig } from './parse-provider-config.js';

/** What `createEmbeddingModel` takes: the same as `createLanguageModel`. */
export type CreateEmbeddingModelOptions = CreateLanguageModelOptions;

/**
 * An AI SDK embedding model for a provider configuration, without a network call. A provider that offers no
 * embeddings (Anthropic) is NOT_FOUND.
 *
 * @example
 * const model = createEmbeddingModel({ config: { type: 'openai', apiKey }, modelId: 'text-embedding-3-small' })
 * const { embedding } = await embed({ model, value: 'hello' })
 */
export function createEmbeddingModel({ config, modelId, fetch }: CreateEmbeddingModelOptions): EmbeddingModelV3 {
  const parsed = parseProviderConfig(config);
  const id = assertProviderModelId(modelId);
  const factory = factoryOf(parsed.type);
  if (!factory.embeddingModel) {
    throw new AppError('NOT_FOUND', {
      message: `${factory.label} offers no embedding models.`,
      details: { provider: parsed.type },
    });
  }
  return factory.embeddingModel({ config: parsed, modelId: id, fetch });
}
