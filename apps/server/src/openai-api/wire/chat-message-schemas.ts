import { z } from '@hono/zod-openapi';

/** An image is fetched by the model provider (http/https) or travels inline as a base64 data URL. */
const IMAGE_URL = /^(https?:\/\/|data:image\/[\w.+-]+;base64,)/i;

const TextPartSchema = z.object({ type: z.literal('text'), text: z.string() });

const ImageUrlPartSchema = z.object({
  type: z.literal('image_url'),
  image_url: z.object({
    url: z.string().regex(IMAGE_URL, { error: 'Expected an http(s) URL or a base64 data:image/... URL' }),
    detail: z.enum(['auto', 'low', 'high']).nullish(),
  }),
});

const RefusalPartSchema = z.object({ type: z.literal('refusal'), refusal: z.string() });

/** Text parts only: what system, developer and tool messages may carry. */
const textContent = z.union([z.string(), z.array(TextPartSchema).min(1)], {
  error: 'Expected a string or an array of text parts',
});

const UserContentPartSchema = z.discriminatedUnion('type', [TextPartSchema, ImageUrlPartSchema], {
  error: 'Supported content parts are text and image_url',
});

const AssistantContentPartSchema = z.discriminatedUnion('type', [TextPartSchema, RefusalPartSchema], {
  error: 'Supported assistant content parts are text and refusal',
});

/** A tool call the model made earlier in the conversation, as the client echoes it back. */
export const ToolCallSchema = z.object({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
});

const SystemMessageSchema = z.object({ role: z.literal('system'), content: textContent, name: z.string().nullish() });

const DeveloperMessageSchema = z.object({
  role: z.literal('developer'),
  content: textContent,
  name: z.string().nullish(),
});

const UserMessageSchema = z.object({
  role: z.literal('user'),
  content: z.union([z.string(), z.array(UserContentPartSchema).min(1)], {
    error: 'Expected a string or an array of content parts',
  }),
  name: z.string().nullish(),
});

const AssistantMessageSchema = z.object({
  role: z.literal('assistant'),
  content: z
    .union([z.string(), z.array(AssistantContentPartSchema)], {
      error: 'Expected a string, null or an array of content parts',
    })
    .nullish(),
  refusal: z.string().nullish(),
  tool_calls: z.array(ToolCallSchema).nullish(),
  name: z.string().nullish(),
});

const ToolMessageSchema = z.object({
  role: z.literal('tool'),
  content: textContent,
  tool_call_id: z.string().min(1),
});

/** One message of a chat completion request, by role. */
export const ChatMessageSchema = z
  .discriminatedUnion(
    'role',
    [SystemMessageSchema, DeveloperMessageSchema, UserMessageSchema, AssistantMessageSchema, ToolMessageSchema],
    { error: 'Expected role to be one of system, developer, user, assistant, tool' },
  )
  .openapi('ChatMessage');
export type ChatMessage = z.infer<typeof ChatMessageSchema>;
export type ChatToolCall = z.infer<typeof ToolCallSchema>;
export type UserContentPart = z.infer<typeof UserContentPartSchema>;
