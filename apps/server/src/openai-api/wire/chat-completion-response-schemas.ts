import { z } from '@hono/zod-openapi';

export const OpenAiFinishReasonSchema = z.enum(['stop', 'length', 'tool_calls', 'content_filter']);
export type OpenAiFinishReason = z.infer<typeof OpenAiFinishReasonSchema>;

export const CompletionUsageSchema = z
  .object({
    prompt_tokens: z.number().int().nonnegative(),
    completion_tokens: z.number().int().nonnegative(),
    total_tokens: z.number().int().nonnegative(),
    prompt_tokens_details: z.object({ cached_tokens: z.number().int().nonnegative() }).optional(),
    completion_tokens_details: z.object({ reasoning_tokens: z.number().int().nonnegative() }).optional(),
  })
  .openapi('CompletionUsage');
export type CompletionUsage = z.infer<typeof CompletionUsageSchema>;

export const ResponseToolCallSchema = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});
export type ResponseToolCall = z.infer<typeof ResponseToolCallSchema>;

/** `chat.completion`: the answer to a request without `stream`. */
export const ChatCompletionSchema = z
  .object({
    id: z.string(),
    object: z.literal('chat.completion'),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.number().int(),
        message: z.object({
          role: z.literal('assistant'),
          content: z.string().nullable(),
          refusal: z.string().nullable(),
          tool_calls: z.array(ResponseToolCallSchema).optional(),
        }),
        logprobs: z.null(),
        finish_reason: OpenAiFinishReasonSchema,
      }),
    ),
    usage: CompletionUsageSchema,
  })
  .openapi('ChatCompletion');
export type ChatCompletion = z.infer<typeof ChatCompletionSchema>;

/** A tool call fragment in a stream: the first names it (id, type, name), later ones append to `arguments`. */
export const ToolCallDeltaSchema = z.object({
  index: z.number().int(),
  id: z.string().optional(),
  type: z.literal('function').optional(),
  function: z.object({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
});
export type ToolCallDelta = z.infer<typeof ToolCallDeltaSchema>;

export const ChunkDeltaSchema = z.object({
  role: z.literal('assistant').optional(),
  content: z.string().nullable().optional(),
  refusal: z.string().nullable().optional(),
  tool_calls: z.array(ToolCallDeltaSchema).optional(),
});
export type ChunkDelta = z.infer<typeof ChunkDeltaSchema>;

/**
 * `chat.completion.chunk`: one server-sent event of a streamed answer. With `stream_options.include_usage`, every
 * chunk carries `usage: null` and one last chunk has no choices and the usage.
 */
export const ChatCompletionChunkSchema = z
  .object({
    id: z.string(),
    object: z.literal('chat.completion.chunk'),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.number().int(),
        delta: ChunkDeltaSchema,
        logprobs: z.null(),
        finish_reason: OpenAiFinishReasonSchema.nullable(),
      }),
    ),
    usage: CompletionUsageSchema.nullable().optional(),
  })
  .openapi('ChatCompletionChunk');
export type ChatCompletionChunk = z.infer<typeof ChatCompletionChunkSchema>;
