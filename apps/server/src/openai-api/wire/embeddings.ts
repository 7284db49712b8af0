import { z } from '@hono/zod-openapi';

/** OpenAI's limit of inputs per request. */
const MAX_INPUTS = 2048;

/**
 * `POST /v1/embeddings`. Text inputs only: token-id arrays (which OpenAI also accepts) need OpenAI's tokenizer,
 * so they are refused with a clear message.
 *
 * @example
 * EmbeddingsRequestSchema.parse({ model: 'text-embedding-3-small', input: ['a', 'b'] })
 */
export const EmbeddingsRequestSchema = z
  .object({
    model: z.string().min(1),
    input: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(MAX_INPUTS)], {
      error: `Expected a non-empty string or 1-${MAX_INPUTS} non-empty strings (token arrays are not supported)`,
    }),
    encoding_format: z.enum(['float', 'base64']).nullish(),
    dimensions: z.number().int().positive().nullish(),
    user: z.string().nullish(),
  })
  .openapi('EmbeddingsRequest');
export type EmbeddingsRequest = z.infer<typeof EmbeddingsRequestSchema>;

export const EmbeddingsResponseSchema = z
  .object({
    object: z.literal('list'),
    data: z.array(
      z.object({
        object: z.literal('embedding'),
        index: z.number().int(),
        embedding: z.union([z.array(z.number()), z.string()]).openapi({
          description: 'Numbers, or with `encoding_format: base64` the little-endian float32 bytes in base64.',
        }),
      }),
    ),
    model: z.string(),
    usage: z.object({ prompt_tokens: z.number().int().nonnegative(), total_tokens: z.number().int().nonnegative() }),
  })
  .openapi('EmbeddingsResponse');
export type EmbeddingsResponse = z.infer<typeof EmbeddingsResponseSchema>;

/**
 * The request's inputs as a list (`embedMany({ values })`).
 *
 * @example
 * toEmbeddingInputs({ ...request, input: 'hello' }) // ['hello']
 */
export function toEmbeddingInputs(request: Pick<EmbeddingsRequest, 'input'>): string[] {
  return typeof request.input === 'string' ? [request.input] : request.input;
}

/**
 * The `/v1/embeddings` answer for `embedMany`'s result, in the requested encoding. The official SDKs ask for
 * `base64` unless told otherwise and decode it themselves.
 *
 * @example
 * const { embeddings, usage } = await embedMany({ model, values: toEmbeddingInputs(request) })
 * return c.json(toEmbeddingsResponse({ model: request.model, embeddings, promptTokens: usage.tokens,
 *   encodingFormat: request.encoding_format }))
 */
export function toEmbeddingsResponse({
  model,
  embeddings,
  promptTokens,
  encodingFormat,
}: {
  model: string;
  embeddings: number[][];
  promptTokens: number;
  encodingFormat?: 'float' | 'base64' | null;
}): EmbeddingsResponse {
  return {
    object: 'list',
    data: embeddings.map((vector, index) => ({
      object: 'embedding',
      index,
      embedding: encodingFormat === 'base64' ? toBase64Float32(vector) : vector,
    })),
    model,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  };
}

function toBase64Float32(vector: number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  for (let i = 0; i < vector.length; i++) bytes.writeFloatLE(vector[i] ?? 0, i * 4);
  return bytes.toString('base64');
}
