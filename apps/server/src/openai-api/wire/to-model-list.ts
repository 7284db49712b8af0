import { z } from '@hono/zod-openapi';

export const ModelListSchema = z
  .object({
    object: z.literal('list'),
    data: z.array(
      z.object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() }),
    ),
  })
  .openapi('ModelList');
export type ModelList = z.infer<typeof ModelListSchema>;

/** A model the caller may use. */
export interface ModelEntry {
  id: string;
  /** Who provides it, e.g. the organization or `sigmacode`. */
  ownedBy?: string;
  /** Unix seconds; 0 when unknown. */
  created?: number;
}

/**
 * The `GET /v1/models` answer.
 *
 * @example
 * toModelList([{ id: 'gpt-4o-mini', ownedBy: 'openai' }])
 * // { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 0, owned_by: 'openai' }] }
 */
export function toModelList(entries: ModelEntry[]): ModelList {
  return {
    object: 'list',
    data: entries.map((entry) => ({
      id: entry.id,
      object: 'model',
      created: entry.created ?? 0,
      owned_by: entry.ownedBy ?? 'sigmacode',
    })),
  };
}
