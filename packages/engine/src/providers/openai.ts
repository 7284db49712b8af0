import { createOpenAI } from '@ai-sdk/openai';
import type { ProviderFactory, ProviderModelOptions } from './provider-factory.js';

/** OpenAI: chat via the Responses API (the SDK's default), embeddings via /embeddings. */
export const openaiProvider = {
  type: 'openai',
  label: 'OpenAI',
  languageModel: ({ config, modelId, fetch }) => build({ config, fetch }).languageModel(modelId),
  embeddingModel: ({ config, modelId, fetch }) => build({ config, fetch }).embeddingModel(modelId),
} satisfies ProviderFactory<'openai'>;

function build({ config, fetch }: Omit<ProviderModelOptions<'openai'>, 'modelId'>) {
  return createOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, headers: config.headers, fetch });
}
