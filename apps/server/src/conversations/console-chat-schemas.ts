import { z } from '@hono/zod-openapi';

export const ConsoleChatBodySchema = z
  .object({
    appId: z.string().min(1).max(64),
    query: z.string().min(1).max(100_000),
    conversationId: z.uuid().nullish().openapi({ description: 'Continue this conversation; omit for a new one.' }),
    inputs: z.record(z.string(), z.unknown()).optional(),
    stream: z.boolean().default(true).openapi({ description: 'Server-sent events (default) or one JSON answer.' }),
  })
  .strict()
  .openapi('ConsoleChatBody');

export const ChatAnswerSchema = z
  .object({
    event: z.literal('message'),
    task_id: z.string(),
    id: z.string(),
    message_id: z.string(),
    conversation_id: z.string(),
    mode: z.string(),
    answer: z.string(),
    metadata: z.record(z.string(), z.unknown()),
    created_at: z.number().int(),
  })
  .openapi('ChatAnswer');

export const TaskParamsSchema = z.object({ taskId: z.uuid() });
export const AppConversationParamsSchema = z.object({ id: z.string().min(1).max(64), conversationId: z.uuid() });
export const AppMessageParamsSchema = z.object({ id: z.string().min(1).max(64), messageId: z.uuid() });

export const ConversationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.literal('normal'),
    introduction: z.string(),
    created_at: z.number().int(),
    updated_at: z.number().int(),
  })
  .openapi('Conversation');

export const ConversationPageSchema = z
  .object({ limit: z.number().int(), has_more: z.boolean(), data: z.array(ConversationSchema) })
  .openapi('ConversationPage');

export const MessageSchema = z
  .object({
    id: z.string(),
    conversation_id: z.string(),
    query: z.string(),
    answer: z.string(),
    status: z.string(),
    error: z.string().nullable(),
    feedback: z.object({ rating: z.enum(['like', 'dislike']) }).nullable(),
    model: z.string().nullable(),
    prompt_tokens: z.number().int(),
    completion_tokens: z.number().int(),
    cost: z.number().int().openapi({ description: 'Platform tokens charged.' }),
    created_at: z.number().int(),
  })
  .openapi('ChatMessage');

export const MessagePageSchema = z
  .object({ limit: z.number().int(), has_more: z.boolean(), data: z.array(MessageSchema) })
  .openapi('ChatMessagePage');

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  lastId: z.uuid().optional(),
  firstId: z.uuid().optional(),
});

export const FeedbackBodySchema = z
  .object({ rating: z.enum(['like', 'dislike']).nullable(), content: z.string().max(10_000).nullish() })
  .strict()
  .openapi('MessageFeedbackBody');

export const RenameBodySchema = z
  .object({ name: z.string().trim().min(1).max(200) })
  .strict()
  .openapi('RenameConversationBody');

export const ResultSchema = z.object({ result: z.literal('success') }).openapi('Result');

export const SuggestedSchema = z
  .object({ result: z.literal('success'), data: z.array(z.string()) })
  .openapi('SuggestedQuestions');
