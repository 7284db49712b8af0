import { createAnthropic } from '@ai-sdk/anthropic';
import type { ProviderFactory } from './provider-factory.js';

/** Anthropic: chat via the Messages API. Anthropic offers no embedding models. */
export const anthropicProvider = {
  type: 'anthropic',
  label: 'Anthropic',
  languageModel: ({ config, modelId, fetch }) =>
    createAnthropic({ apiKey: config.apiKey, baseURL: config.baseURL, headers: config.headers, fetch }).languageModel(
      modelId,
    ),
} satisfies ProviderFactory<'anthropic'>;
