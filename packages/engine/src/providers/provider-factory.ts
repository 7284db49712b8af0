import type { EmbeddingModelV3, LanguageModelV3 } from '../model-types.js';
import type { ProviderConfigOf, ProviderType } from './provider-config.js';

/** The fetch the AI SDK providers accept. */
export type FetchFunction = typeof globalThis.fetch;

/** What a provider factory receives: a validated config, the provider's own model id, and an optional fetch. */
export interface ProviderModelOptions<T extends ProviderType> {
  config: ProviderConfigOf<T>;
  modelId: string;
  /** Replaces the global fetch for this model's calls (tests, egress proxies). */
  fetch?: FetchFunction;
}

/**
 * One provider type as a plug-in: builds AI SDK models from a config. Constructing a model makes no network call.
 * `embeddingModel` is absent when the provider offers no embeddings.
 */
export interface ProviderFactory<T extends ProviderType> {
  type: T;
  label: string;
  languageModel(options: ProviderModelOptions<T>): LanguageModelV3;
  embeddingModel?: (options: ProviderModelOptions<T>) => EmbeddingModelV3;
}
