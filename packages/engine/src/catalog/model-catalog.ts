import { AppError } from '@sigmacode/core';
import type { CatalogEntry } from './catalog-entry.js';
import { ANTHROPIC_MODELS } from './models/anthropic.js';
import { GOOGLE_MODELS } from './models/google.js';
import { MISTRAL_MODELS } from './models/mistral.js';
import { OLLAMA_MODELS } from './models/ollama.js';
import { OPENAI_MODELS } from './models/openai.js';
import { SIGMACODE_MODELS } from './models/sigmacode.js';

/**
 * The models the platform lists and prices by default — a modest, hand-kept list: edit the files in `models/`.
 * Azure (deployment names) and OpenAI-compatible servers (any model) have no entries; their models are used by id.
 *
 * **Default prices** are platform tokens per 1,000 model tokens, derived from the provider's list price in USD per
 * million tokens as ceil(USD per 1M ÷ 5), at least 1 (completion 0 for embeddings): one platform token sells for
 * about $0.01 (the Starter package), so this is roughly twice the provider's price, rounded up to whole tokens.
 * Example: Claude Sonnet 4.5 at $3 / $15 per 1M → 1 / 3. Operators override them in the ledger's model prices.
 *
 * @example
 * MODEL_CATALOG.filter((entry) => entry.capabilities.tools).map((entry) => entry.id)
 */
export const MODEL_CATALOG: readonly CatalogEntry[] = [
  ...SIGMACODE_MODELS,
  ...OPENAI_MODELS,
  ...ANTHROPIC_MODELS,
  ...GOOGLE_MODELS,
  ...MISTRAL_MODELS,
  ...OLLAMA_MODELS,
];

/**
 * The catalog entry with this id (`openai/gpt-4o-mini`), or undefined.
 *
 * @example
 * const entry = findCatalogEntry('sigmacode/echo') // entry.isLLM === false
 */
export function findCatalogEntry(id: string): CatalogEntry | undefined {
  return MODEL_CATALOG.find((entry) => entry.id === id);
}

/**
 * The catalog entry with this id, or NOT_FOUND.
 *
 * @example
 * const { prices } = getCatalogEntry('anthropic/claude-haiku-4-5')
 */
export function getCatalogEntry(id: string): CatalogEntry {
  const entry = findCatalogEntry(id);
  if (!entry) {
    throw new AppError('NOT_FOUND', {
      message: `The model ${id.slice(0, 200)} is not in the catalog.`,
      details: { model: id.slice(0, 200) },
    });
  }
  return entry;
}

/**
 * The catalog entries that have every capability asked for.
 *
 * @example
 * listCatalogEntries({ capabilities: ['embeddings'] }) // the embedding models
 */
export function listCatalogEntries({
  capabilities = [],
}: {
  capabilities?: Array<keyof CatalogEntry['capabilities']>;
} = {}): CatalogEntry[] {
  return MODEL_CATALOG.filter((entry) => capabilities.every((capability) => entry.capabilities[capability]));
}
