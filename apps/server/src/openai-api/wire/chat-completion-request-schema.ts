import { z } from '@hono/zod-openapi';
import { type ChatMessage, ChatMessageSchema } from './chat-message-schemas.js';

/** OpenAI's rule for function names. */
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

const JsonSchemaObject = z.record(z.string(), z.unknown());

export const FunctionToolSchema = z
  .object({
    type: z.literal('function'),
    function: z.object({
      name: z.string().regex(TOOL_NAME, { error: 'Expected 1-64 letters, digits, underscores or dashes' }),
      description: z.string().nullish(),
      parameters: JsonSchemaObject.nullish(),
      strict: z.boolean().nullish(),
    }),
  })
  .openapi('FunctionTool');
export type FunctionTool = z.infer<typeof FunctionToolSchema>;

export const ToolChoiceSchema = z.union(
  [
    z.enum(['none', 'auto', 'required']),
    z.object({ type: z.literal('function'), function: z.object({ name: z.string().min(1) }) }),
  ],
  { error: 'Expected "none", "auto", "required" or { type: "function", function: { name } }' },
);
export type OpenAiToolChoice = z.infer<typeof ToolChoiceSchema>;

export const ResponseFormatSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('text') }),
    z.object({ type: z.literal('json_object') }),
    z.object({
      type: z.literal('json_schema'),
      json_schema: z.object({
        name: z.string().min(1),
        description: z.string().nullish(),
        schema: JsonSchemaObject.nullish(),
        strict: z.boolean().nullish(),
      }),
    }),
  ],
  { error: 'Expected type to be text, json_object or json_schema' },
);
export type ResponseFormat = z.infer<typeof ResponseFormatSchema>;

const tokenLimit = z.number().int().positive().nullish();
const penalty = z.number().min(-2).max(2).nullish();

/**
 * `POST /v1/chat/completions`, as OpenAI accepts it. Unknown fields are dropped (OpenAI ignores what it does not
 * know); a known field of the wrong type fails with its path, which becomes OpenAI's `param`.
 *
 * @example
 * const request = ChatCompletionRequestSchema.parse({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
 */
export const ChatCompletionRequestSchema = z
  .object({
    model: z.string().min(1),
    messages: z.array(ChatMessageSchema).min(1),
    stream: z.boolean().nullish(),
    stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
    max_tokens: tokenLimit,
    max_completion_tokens: tokenLimit,
    temperature: z.number().min(0).max(2).nullish(),
    top_p: z.number().min(0).max(1).nullish(),
    stop: z
      .union([z.string(), z.array(z.string()).max(4)], { error: 'Expected a string or up to 4 strings' })
      .nullish(),
    tools: z.array(FunctionToolSchema).nullish(),
    tool_choice: ToolChoiceSchema.nullish(),
    parallel_tool_calls: z.boolean().nullish(),
    user: z.string().nullish(),
    n: z
      .number()
      .int()
      .refine((n) => n === 1, { error: 'Only n=1 is supported: request one choice per call' })
      .nullish(),
    response_format: ResponseFormatSchema.nullish(),
    seed: z.number().int().nullish(),
    presence_penalty: penalty,
    frequency_penalty: penalty,
  })
  .superRefine((request, ctx) => {
    checkToolChoice(request, ctx);
    checkToolResults(request.messages, ctx);
  })
  .openapi('ChatCompletionRequest');
export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequestSchema>;

type Ctx = z.RefinementCtx;

/** A named or required tool choice needs tools, and a named one must be among them (OpenAI refuses both). */
function checkToolChoice(
  request: { tools?: FunctionTool[] | null; tool_choice?: OpenAiToolChoice | null },
  ctx: Ctx,
): void {
  const choice = request.tool_choice;
  if (!choice || choice === 'none' || choice === 'auto') return;
  const names = new Set((request.tools ?? []).map((tool) => tool.function.name));
  if (names.size === 0) {
    ctx.addIssue({ code: 'custom', path: ['tool_choice'], message: 'tool_choice requires tools' });
    return;
  }
  if (typeof choice === 'object' && !names.has(choice.function.name)) {
    ctx.addIssue({
      code: 'custom',
      path: ['tool_choice', 'function', 'name'],
      message: `No tool named "${choice.function.name}" in tools`,
    });
  }
}

/** Every tool message answers a tool call an earlier assistant message made (its name comes from there). */
function checkToolResults(messages: ChatMessage[], ctx: Ctx): void {
  const calls = new Set<string>();
  messages.forEach((message, index) => {
    if (message.role === 'assistant') for (const call of message.tool_calls ?? []) calls.add(call.id);
    if (message.role === 'tool' && !calls.has(message.tool_call_id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['messages', index, 'tool_call_id'],
        message: `No earlier assistant tool call has the id "${message.tool_call_id}"`,
      });
    }
  });
}
