import { createGoogleGenerativeAI } from '@ai-sdk/google';
import type { ProviderFactory, ProviderModelOptions } from './provider-factory.js';

/** Google's Gemini API: chat and embeddings. */
export const googleProvider = {
  type: 'google',
  label: 'Google Gemini',
  languageModel: ({ config, modelId, fetch }) => build({ config, fetch }).languageModel(modelId),
  embeddingModel: ({ config, modelId, fetch }) => build({ config, fetch }).embeddingModel(modelId),
} satisfies ProviderFactory<'google'>;

function build({ config, fetch }: Omit<ProviderModelOptions<'google'>, 'modelId'>) {
  return createGoogleGenerativeAI({ apiKey: config.apiKey, baseURL: config.baseURL, headers: config.headers, fetch });
}
