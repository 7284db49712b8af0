import { createMistral } from '@ai-sdk/mistral';
import type { ProviderFactory, ProviderModelOptions } from './provider-factory.js';

/** Mistral: chat and embeddings. */
export const mistralProvider = {
  type: 'mistral',
  label: 'Mistral',
  languageModel: ({ config, modelId, fetch }) => build({ config, fetch }).languageModel(modelId),
  embeddingModel: ({ config, modelId, fetch }) => build({ config, fetch }).embeddingModel(modelId),
} satisfies ProviderFactory<'mistral'>;

function build({ config, fetch }: Omit<ProviderModelOptions<'mistral'>, 'modelId'>) {
  return createMistral({ apiKey: config.apiKey, baseURL: config.baseURL, headers: config.headers, fetch });
}
