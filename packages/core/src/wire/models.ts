import { z } from 'zod';

/**
 * One model of the catalog as `GET /api/models` sends it. Prices are platform tokens per 1,000 model tokens;
 * `isLLM` is false for the built-in development models (`sigmacode/echo`), which only echo and hash.
 *
 * @example CatalogModelSchema.parse(entry).isLLM
 */
export const CatalogModelSchema = z.object({
  id: z.string(),
  provider: z.string(),
  label: z.string(),
  description: z.string().optional(),
  capabilities: z.object({
    chat: z.boolean(),
    tools: z.boolean(),
    vision: z.boolean(),
    embeddings: z.boolean(),
    streaming: z.boolean(),
  }),
  contextWindow: z.number().int(),
  maxOutputTokens: z.number().int(),
  prices: z.object({ promptPer1K: z.number().int(), completionPer1K: z.number().int() }),
  isLLM: z.boolean().describe('False for the built-in development models (echo): not a language model.'),
  available: z
    .boolean()
    .describe("Whether a provider for it is configured (for the caller's organization when signed in)."),
});
export type CatalogModel = z.infer<typeof CatalogModelSchema>;

/** @example ModelCatalogResponseSchema.parse(await res.json()).data */
export const ModelCatalogResponseSchema = z.object({ data: z.array(CatalogModelSchema) });
export type ModelCatalogResponse = z.infer<typeof ModelCatalogResponseSchema>;
