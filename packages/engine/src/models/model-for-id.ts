import { AppError } from '@sigmacode/core';
import { resolveModelId } from '../catalog/resolve-model-id.js';
import { createEchoEmbeddingModel } from '../echo/create-echo-embedding-model.js';
import { createEchoModel } from '../echo/create-echo-model.js';
import type { EmbeddingModelV3, LanguageModelV3 } from '../model-types.js';
import { createEmbeddingModel } from '../providers/create-embedding-model.js';
import { createLanguageModel } from '../providers/create-language-model.js';
import type { ProviderConfig } from '../providers/provider-config.js';
import type { FetchFunction } from '../providers/provider-factory.js';

/** What `languageModelFor` and `embeddingModelFor` take. */
export interface ModelForIdOptions {
  /** A platform model id: `openai/gpt-4o-mini`, `sigmacode/echo`, or a bare id the catalog knows. */
  id: string;
  /** The organization's configuration of the id's provider; not needed for `sigmacode/*`. */
  config?: ProviderConfig;
  fetch?: FetchFunction;
}

/**
 * The language model behind a platform model id: the built-in echo model for `sigmacode/echo`, otherwise the
 * provider's model built from `config`. A provider without config is NOT_CONFIGURED; a config of another provider
 * VALIDATION_FAILED; an unknown built-in model NOT_FOUND.
 *
 * @example
 * const model = languageModelFor({ id: body.model, config: await loadProviderConfig(org, 'openai') })
 */
export function languageModelFor({ id, config, fetch }: ModelForIdOptions): LanguageModelV3 {
  const { provider, model } = resolveModelId(id);
  if (provider === 'sigmacode') {
    if (model === 'echo') return createEchoModel();
    throw unknownBuiltin(id);
  }
  const checked = configFor({ provider, config });
  // A custom fetch makes the model one of a kind; otherwise models are shared per configuration object.
  if (fetch) return createLanguageModel({ config: checked, modelId: model, fetch });
  return memoized({
    config: checked,
    modelId: model,
    create: () => createLanguageModel({ config: checked, modelId: model }),
  });
}

/**
 * Built models per configuration object and model id. Building one is not free (the AI SDK constructs its zod
 * schemas per model), and a configuration object is never mutated and is reused (the platform's from the environment, an
 * organization's from a short-lived cache), so a changed credential is a new object and never meets an old model.
 * Entries go with their configuration object (a WeakMap).
 */
const models = new WeakMap<ProviderConfig, Map<string, LanguageModelV3>>();
const MAX_MODELS_PER_CONFIG = 256;

function memoized({
  config,
  modelId,
  create,
}: {
  config: ProviderConfig;
  modelId: string;
  create: () => LanguageModelV3;
}): LanguageModelV3 {
  let byId = models.get(config);
  if (!byId) {
    byId = new Map();
    models.set(config, byId);
  }
  const hit = byId.get(modelId);
  if (hit) return hit;
  const model = create();
  if (byId.size >= MAX_MODELS_PER_CONFIG) byId.delete(byId.keys().next().value as string);
  byId.set(modelId, model);
  return model;
}

/**
 * The embedding model behind a platform model id (`sigmacode/echo-embedding` built in), as `languageModelFor`.
 *
 * @example
 * const model = embeddingModelFor({ id: 'openai/text-embedding-3-small', config })
 */
export function embeddingModelFor({ id, config, fetch }: ModelForIdOptions): EmbeddingModelV3 {
  const { provider, model } = resolveModelId(id);
  if (provider === 'sigmacode') {
    if (model === 'echo-embedding') return createEchoEmbeddingModel();
    throw unknownBuiltin(id);
  }
  return createEmbeddingModel({ config: configFor({ provider, config }), modelId: model, fetch });
}

function configFor({ provider, config }: { provider: string; config: ProviderConfig | undefined }): ProviderConfig {
  if (!config) {
    throw new AppError('NOT_CONFIGURED', {
      message: `No ${provider} provider is configured.`,
      details: { provider },
    });
  }
  if (config.type !== provider) {
    throw new AppError('VALIDATION_FAILED', {
      message: `The model needs a ${provider} provider, but a ${config.type} configuration was given.`,
      details: { provider, configured: config.type },
    });
  }
  return config;
}

function unknownBuiltin(id: string): AppError {
  return new AppError('NOT_FOUND', { message: `There is no built-in model ${id}.`, details: { model: id } });
}
