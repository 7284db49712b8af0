import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { ProviderFactory, ProviderModelOptions } from './provider-factory.js';

/** Any OpenAI chat-completions compatible server: chat and embeddings. */
export const openaiCompatibleProvider = {
  type: 'openai-compatible',
  label: 'OpenAI-compatible',
  languageModel: ({ config, modelId, fetch }) => build({ config, fetch }).chatModel(modelId),
  embeddingModel: ({ config, modelId, fetch }) => build({ config, fetch }).embeddingModel(modelId),
} satisfies ProviderFactory<'openai-compatible'>;

function build({ config, fetch }: Omit<ProviderModelOptions<'openai-compatible'>, 'modelId'>) {
  return createOpenAICompatible({
    name: config.name ?? 'openai-compatible',
    baseURL: config.baseURL,
    apiKey: config.apiKey,
    headers: config.headers,
    // Streaming usage is what metering bills; servers that reject stream_options are rare.
    includeUsage: true,
    fetch,
  });
}
