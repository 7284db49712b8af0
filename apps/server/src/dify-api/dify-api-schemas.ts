import { z } from 'zod';

/** Dify's `user`: the end user inside the app, chosen by the caller. */
const UserSchema = z.string().trim().min(1).max(255);

/** `POST /chat-messages` (Dify's ChatRequestPayload; `files` is read by readFileRefs, other unknown keys ignored). */
export const ChatMessageBodySchema = z.object({
  files: z.unknown().optional(),
  query: z.string({ error: 'query is required' }).max(100_000),
  inputs: z.record(z.string(), z.unknown(), { error: 'inputs must be an object' }),
  response_mode: z.enum(['streaming', 'blocking']).nullish(),
  user: UserSchema,
  conversation_id: z.union([z.uuid(), z.literal('')], { error: 'conversation_id must be a valid UUID' }).nullish(),
  auto_generate_name: z.boolean().optional(),
});

/** `POST /completion-messages`: the prompt is `query`, or `inputs.query` as Dify's own web app sends it. */
export const CompletionMessageBodySchema = z.object({
  files: z.unknown().optional(),
  query: z.string().max(100_000).default(''),
  inputs: z.record(z.string(), z.unknown(), { error: 'inputs must be an object' }),
  response_mode: z.enum(['streaming', 'blocking']).nullish(),
  user: UserSchema,
});

/** Bodies that carry only the end user (stop, delete). */
export const UserBodySchema = z.object({ user: UserSchema });

export const RenameBodySchema = z.object({
  name: z.string().max(200).nullish(),
  auto_generate: z.boolean().default(false),
  user: UserSchema.optional(),
});

export const FeedbackBodySchema = z.object({
  rating: z.enum(['like', 'dislike'], { error: 'rating must be like, dislike or null' }).nullable(),
  content: z.string().max(10_000).nullish(),
  user: UserSchema,
});

const LimitSchema = z.coerce.number().int().min(1).max(100).default(20);

export const MessagesQuerySchema = z.object({
  user: UserSchema.optional(),
  conversation_id: z.union([z.uuid(), z.literal('')], { error: 'conversation_id must be a valid UUID' }),
  first_id: z.uuid().optional(),
  limit: LimitSchema,
});

export const ConversationsQuerySchema = z.object({
  user: UserSchema.optional(),
  last_id: z.uuid().optional(),
  limit: LimitSchema,
});

export const SuggestedQuerySchema = z.object({ user: UserSchema });
