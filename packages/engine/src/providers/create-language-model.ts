import type { LanguageModelV3 } from '../model-types.js';
import { assertProviderModelId } from './model-id.js';
import { parseProviderConfig } from './parse-provider-config.js';
import type { ProviderConfig, ProviderType } from './provider-config.js';
import type { FetchFunction, ProviderFactory } from './provider-factory.js';
import { PROVIDERS } from './registry.js';

/** What `createLanguageModel` takes. */
export interface CreateLanguageModelOptions {
  /** Validated again here: configurations come from storage and requests. */
  config: ProviderConfig;
  /** The provider's own model id (`gpt-4o-mini`, not `openai/gpt-4o-mini`; see `resolveModelId`). */
  modelId: string;
  /** Replaces the global fetch for this model's calls (tests, egress proxies). */
  fetch?: FetchFunction;
}

/**
 * An AI SDK language model for a provider configuration. Makes no network call; the first call to the model does.
 * An unknown provider type is NOT_FOUND, an invalid config or model id VALIDATION_FAILED.
 *
 * @example
 * const model = createLanguageModel({ config: { type: 'openai', apiKey }, modelId: 'gpt-4o-mini' })
 * const result = streamText({ model, prompt: 'Hello' })
 */
export function createLanguageModel({ config, modelId, fetch }: CreateLanguageModelOptions): LanguageModelV3 {
  const parsed = parseProviderConfig(config);
  const id = assertProviderModelId(modelId);
  return factoryOf(parsed.type).languageModel({ config: parsed, modelId: id, fetch });
}

/**
 * The factory of a provider type, widened so it accepts the config union. Safe because the config passed with it
 * is the one whose `type` selected it.
 *
 * @example
 * factoryOf(config.type).languageModel({ config, modelId })
 */
export function factoryOf(type: ProviderType): ProviderFactory<ProviderType> {
  return PROVIDERS[type] as unknown as ProviderFactory<ProviderType>;
}
