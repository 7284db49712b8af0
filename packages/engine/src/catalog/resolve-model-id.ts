import { AppError } from '@sigmacode/core';
import { ProviderModelIdSchema } from '../providers/model-id.js';
import { CATALOG_PROVIDERS, type CatalogProvider } from './catalog-entry.js';
import { MODEL_CATALOG } from './model-catalog.js';

/** A model id split into the provider that serves it and the provider's own id. */
export interface ResolvedModelId {
  provider: CatalogProvider;
  model: string;
}

/**
 * Splits a platform model id at its first slash: `openai/gpt-4o` → `{ provider: 'openai', model: 'gpt-4o' }`,
 * `openai-compatible/meta-llama/Llama-3.1-8B` → the rest stays the model. The model need not be in the catalog
 * (fine-tunes, deployments, local models). A bare id without a provider (`gpt-4o-mini`, as OpenAI clients send it)
 * resolves when exactly one catalog entry has that model. An unknown provider or bare id is NOT_FOUND, a malformed
 * id VALIDATION_FAILED.
 *
 * @example
 * const { provider, model } = resolveModelId('anthropic/claude-sonnet-4-5')
 */
export function resolveModelId(id: string): ResolvedModelId {
  if (typeof id !== 'string' || !ProviderModelIdSchema.safeParse(id).success) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'A model id is provider/model, e.g. openai/gpt-4o-mini.',
      details: { model: typeof id === 'string' ? id.slice(0, 200) : null },
    });
  }
  const slash = id.indexOf('/');
  if (slash === -1) return resolveBareModel(id);
  const provider = id.slice(0, slash);
  const model = id.slice(slash + 1);
  if (!isCatalogProvider(provider)) {
    throw new AppError('NOT_FOUND', {
      message: `Unknown model provider ${provider}. Known providers: ${CATALOG_PROVIDERS.join(', ')}.`,
      details: { model: id },
    });
  }
  if (model.length === 0) {
    throw new AppError('VALIDATION_FAILED', { message: 'The model id names no model.', details: { model: id } });
  }
  return { provider, model };
}

function resolveBareModel(model: string): ResolvedModelId {
  const matches = MODEL_CATALOG.filter((entry) => entry.model === model);
  const [match] = matches;
  if (matches.length !== 1 || !match) {
    throw new AppError('NOT_FOUND', {
      message:
        matches.length === 0
          ? `Unknown model ${model}. Use provider/model, e.g. openai/gpt-4o-mini.`
          : `The model ${model} is offered by several providers; use provider/model.`,
      details: { model },
    });
  }
  return { provider: match.provider, model: match.model };
}

function isCatalogProvider(value: string): value is CatalogProvider {
  return (CATALOG_PROVIDERS as readonly string[]).includes(value);
}
