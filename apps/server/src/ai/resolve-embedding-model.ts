import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import { type EmbeddingModelV3, embeddingModelFor, isProviderType, type SecretBox } from '@sigmacode/engine';
import type { AiConfig } from './ai-config.js';
import { loadProviderConfig } from './provider-credentials.js';
import { splitModelId } from './split-model-id.js';

/**
 * The embedding model behind an id, resolved like chat models (see resolveLanguageModel): built in
 * (`sigmacode/echo-embedding`), an organization credential by name, or a platform provider by type.
 *
 * @example const model = await resolveEmbeddingModel({ db, box, ai, organizationId, id: 'sigmacode/echo-embedding' })
 */
export async function resolveEmbeddingModel({
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
}): Promise<EmbeddingModelV3> {
  const { prefix, model } = splitModelId(id);
  if (prefix === 'sigmacode') return embeddingModelFor({ id });
  const own = await loadProviderConfig({ db, box, organizationId, name: prefix });
  if (own) return embeddingModelFor({ id: `${own.type}/${model}`, config: own });
  if (!isProviderType(prefix)) {
    throw new AppError('NOT_FOUND', { message: `The model ${id.slice(0, 200)} is unknown.` });
  }
  const platform = ai.providers[prefix];
  if (!platform) throw new AppError('NOT_CONFIGURED', { message: `No ${prefix} provider is configured.` });
  return embeddingModelFor({ id, config: platform });
}
