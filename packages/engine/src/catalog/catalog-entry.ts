import { z } from 'zod';

/** Providers a catalog entry can belong to: every provider type, and `sigmacode` for the built-in models. */
export const CATALOG_PROVIDERS = [
  'openai',
  'anthropic',
  'azure',
  'google',
  'mistral',
  'ollama',
  'openai-compatible',
  'sigmacode',
] as const;

/** A catalog entry's provider. */
export type CatalogProvider = (typeof CATALOG_PROVIDERS)[number];

const TokenPriceSchema = z.number().int().nonnegative();

/**
 * One model the platform knows: what it can do, how much context it takes, and its default price.
 *
 * Prices are in **platform tokens charged per 1,000 model tokens** (integers), separately for prompt (input) and
 * completion (output) tokens; the ledger computes a call's cost as
 * ceil((promptTokens × promptPer1K + completionTokens × completionPer1K) / 1000). Operators override them per model
 * in the ledger's model prices; these are the defaults a fresh installation starts with.
 */
export const CatalogEntrySchema = z
  .strictObject({
    /** `provider/model`, the id API callers use (`model` in OpenAI requests). */
    id: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9][\w.:@/+-]*$/),
    provider: z.enum(CATALOG_PROVIDERS),
    /** The provider's own model id. */
    model: z.string().min(1),
    label: z.string().min(1),
    description: z.string().min(1).optional(),
    capabilities: z.strictObject({
      chat: z.boolean(),
      tools: z.boolean(),
      vision: z.boolean(),
      embeddings: z.boolean(),
      streaming: z.boolean(),
    }),
    /** Maximum prompt + completion tokens. */
    contextWindow: z.number().int().positive(),
    /** Maximum completion tokens per call; 0 for embedding models. */
    maxOutputTokens: z.number().int().nonnegative(),
    prices: z.strictObject({ promptPer1K: TokenPriceSchema, completionPer1K: TokenPriceSchema }),
    /** False for the built-in development models, which only echo and hash. */
    isLLM: z.boolean(),
  })
  .refine((entry) => entry.id === `${entry.provider}/${entry.model}`, {
    message: 'id must be provider/model',
    path: ['id'],
  });

/** A model of the catalog. */
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
