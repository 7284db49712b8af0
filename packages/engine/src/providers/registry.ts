import { anthropicProvider } from './anthropic.js';
import { azureProvider } from './azure.js';
import { googleProvider } from './google.js';
import { mistralProvider } from './mistral.js';
import { ollamaProvider } from './ollama.js';
import { openaiProvider } from './openai.js';
import { openaiCompatibleProvider } from './openai-compatible.js';
import type { ProviderType } from './provider-config.js';
import type { ProviderFactory } from './provider-factory.js';

/**
 * Every provider type the engine supports, by type. Adding one = one file + one line here + one member of
 * `ProviderConfigSchema`.
 *
 * @example
 * PROVIDERS.openai.label // 'OpenAI'
 */
export const PROVIDERS = {
  openai: openaiProvider,
  anthropic: anthropicProvider,
  azure: azureProvider,
  google: googleProvider,
  mistral: mistralProvider,
  ollama: ollamaProvider,
  'openai-compatible': openaiCompatibleProvider,
} satisfies { [T in ProviderType]: ProviderFactory<T> };

/** Every provider type, in registry order. */
export const PROVIDER_TYPES = Object.keys(PROVIDERS) as ProviderType[];

/**
 * @example
 * if (!isProviderType(segment)) throw new AppError('NOT_FOUND')
 */
export function isProviderType(value: unknown): value is ProviderType {
  return typeof value === 'string' && Object.hasOwn(PROVIDERS, value);
}
