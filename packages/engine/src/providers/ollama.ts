import { createOllama } from 'ollama-ai-provider-v2';
import type { ProviderFactory, ProviderModelOptions } from './provider-factory.js';

/** Ollama: chat and embeddings from a local or hosted Ollama server. */
export const ollamaProvider = {
  type: 'ollama',
  label: 'Ollama',
  languageModel: ({ config, modelId, fetch }) => build({ config, fetch }).languageModel(modelId),
  embeddingModel: ({ config, modelId, fetch }) => build({ config, fetch }).textEmbeddingModel(modelId),
} satisfies ProviderFactory<'ollama'>;

function build({ config, fetch }: Omit<ProviderModelOptions<'ollama'>, 'modelId'>) {
  // Ollama has no API key of its own; hosted Ollama servers behind a proxy take a bearer token.
  const headers = config.apiKey ? { authorization: `Bearer ${config.apiKey}`, ...config.headers } : config.headers;
  return createOllama({ baseURL: config.baseURL, headers, fetch });
}
