import { z } from 'zod';

// Shapes of the apps list as the chat page needs it, and of the console chat's conversations and messages.

export const ChatAppSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  mode: z.string(),
  config: z.object({
    model: z.string().optional(),
    openingStatement: z.string().optional(),
    suggestedQuestions: z.array(z.string()).optional(),
  }),
});
export type ChatApp = z.infer<typeof ChatAppSchema>;
export const ChatAppListSchema = z.object({ data: z.array(ChatAppSchema) });

export const ConversationSchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.number(),
  updated_at: z.number(),
});
export type Conversation = z.infer<typeof ConversationSchema>;
export const ConversationPageSchema = z.object({ has_more: z.boolean(), data: z.array(ConversationSchema) });

export const StoredMessageSchema = z.object({
  id: z.string(),
  conversation_id: z.string(),
  query: z.string(),
  answer: z.string(),
  status: z.string(),
  error: z.string().nullable(),
  model: z.string().nullable(),
  cost: z.number(),
  created_at: z.number(),
});
export type StoredMessage = z.infer<typeof StoredMessageSchema>;
export const StoredMessagePageSchema = z.object({ has_more: z.boolean(), data: z.array(StoredMessageSchema) });

/** One event of the console chat stream (Dify's chat events); fields not used by the page are ignored. */
export const ChatEventSchema = z.discriminatedUnion('event', [
  z.object({
    event: z.enum(['message', 'agent_message']),
    task_id: z.string(),
    conversation_id: z.string().optional(),
    message_id: z.string(),
    answer: z.string(),
  }),
  z.object({ event: z.literal('message_replace'), answer: z.string(), reason: z.string().optional() }),
  z.object({
    event: z.literal('message_end'),
    task_id: z.string(),
    conversation_id: z.string().optional(),
    message_id: z.string(),
    metadata: z.object({
      usage: z
        .object({
          total_price: z.string(),
          prompt_tokens: z.number(),
          completion_tokens: z.number(),
          latency: z.number(),
        })
        .partial()
        .optional(),
      /** SIGMACODE's addition: the input firewall changed the user's message before the model saw it. */
      firewall: z.object({ input_redacted: z.boolean().optional() }).optional(),
    }),
  }),
  z.object({
    event: z.literal('error'),
    code: z.string().optional(),
    status: z.number().optional(),
    message: z.string(),
  }),
  z.object({
    event: z.literal('agent_thought'),
    id: z.string().optional(),
    tool: z.string().optional(),
    tool_input: z.string().optional(),
    observation: z.string().optional(),
  }),
]);
export type ChatEvent = z.infer<typeof ChatEventSchema>;
