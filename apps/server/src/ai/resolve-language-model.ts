import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import {
  findCatalogEntry,
  isProviderType,
  type LanguageModelV3,
  languageModelFor,
  type OpenAiWireTarget,
  type ProviderConfig,
  type SecretBox,
} from '@sigmacode/engine';
import type { AiConfig } from './ai-config.js';
import { loadProviderConfig } from './provider-credentials.js';
import { splitModelId } from './split-model-id.js';

/** A model ready to call, with what the pipeline needs to know about it. */
export interface ResolvedModel {
  /** The id as the caller named it (`openai/gpt-4o-mini`, `my-azure/gpt-4o`, `sigmacode/echo`). */
  id: string;
  model: LanguageModelV3;
  /** Maximum completion tokens when known (catalog), for the hold's worst case. */
  maxOutputTokens: number | null;
  isLLM: boolean;
  /** An OpenAI-compatible server: plain-text calls without tools take the direct wire path (callOpenAiWire). */
  wire?: OpenAiWireTarget;
}

/** The direct wire target of an OpenAI-compatible configuration. */
function wireOf(config: ProviderConfig, modelId: string): { wire?: OpenAiWireTarget } {
  if (config.type !== 'openai-compatible') return {};
  return { wire: { baseURL: config.baseURL, apiKey: config.apiKey, headers: config.headers, modelId } };
}

/**
 * The language model behind a model id, for an organization: `sigmacode/echo` (built in); `<credential name>/<model>`
 * with the organization's own credential; `<provider type>/<model>` with the platform's provider from the
 * environment (an organization credential named like the type wins: bring your own key). Unknown providers are
 * NOT_FOUND; a known provider without credentials is NOT_CONFIGURED.
 *
 * @example const { model } = await resolveLanguageModel({ db, box, ai, organizationId, id: 'sigmacode/echo' })
 */
export async function resolveLanguageModel({
  db,
  box,
  ai,
  organizationId,
  id,
}: {
  db: Db;
  box: SecretBox;
  ai: AiConfig;
  organizationId: string;
  id: string;
}): Promise<ResolvedModel> {
  const { prefix, model: modelName } = splitModelId(id);
  const entry = findCatalogEntry(id);
  const info = { maxOutputTokens: entry?.maxOutputTokens || null, isLLM: entry?.isLLM ?? true };
  if (prefix === 'sigmacode') return { id, model: languageModelFor({ id }), ...info };

  const own = await loadProviderConfig({ db, box, organizationId, name: prefix });
  if (own) {
    const typed = `${own.type}/${modelName}`;
    const typedEntry = findCatalogEntry(typed);
    return {
      id,
      model: languageModelFor({ id: typed, config: own }),
      maxOutputTokens: typedEntry?.maxOutputTokens || null,
      isLLM: true,
      ...wireOf(own, modelName),
    };
  }
  if (!isProviderType(prefix)) {
    throw new AppError('NOT_FOUND', {
      message: `The model ${id.slice(0, 200)} is unknown: "${prefix}" is neither a provider nor a credential of this organization.`,
      details: { model: id.slice(0, 200) },
    });
  }
  const platform = ai.providers[prefix];
  if (!platform) {
    throw new AppError('NOT_CONFIGURED', {
      message: `No ${prefix} provider is configured: add a credential in the console or ask the operator.`,
      details: { provider: prefix },
    });
  }
  return { id, model: languageModelFor({ id, config: platform }), ...info, ...wireOf(platform, modelName) };
}
