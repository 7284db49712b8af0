import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.js';
import { apps } from './apps.js';

/**
 * A conversation with an app. `endUser` is the caller's own user identifier (Dify's `user`, OpenAI's `user`), or
 * the console user's id; conversations are only ever visible to the same organization, app and end user.
 * `summary` is the running summary of messages older than the memory window.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    appId: text('app_id')
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    endUser: text('end_user').notNull(),
    name: text('name').notNull().default(''),
    summary: text('summary'),
    /** Messages folded into `summary` (the oldest ones). */
    summarizedCount: integer('summarized_count').notNull().default(0),
    inputs: text('inputs'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('conversations_app_user_idx').on(table.appId, table.endUser, table.updatedAt)],
);
export type ConversationRow = typeof conversations.$inferSelect;

/** Message statuses: answered, failed, stopped by the user, or blocked by the firewall. */
export const MESSAGE_STATUSES = ['normal', 'error', 'stopped', 'blocked'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/**
 * One exchange in a conversation: the user's query and the app's answer (Dify's message shape), with the model,
 * token usage, cost, and feedback.
 */
export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    appId: text('app_id').notNull(),
    appVersion: integer('app_version'),
    query: text('query').notNull(),
    answer: text('answer').notNull().default(''),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('normal'),
    error: text('error'),
    model: text('model'),
    promptTokens: integer('prompt_tokens').notNull().default(0),
    completionTokens: integer('completion_tokens').notNull().default(0),
    /** Platform tokens charged. */
    cost: bigint('cost', { mode: 'bigint' }).notNull().default(sql`0`),
    taskId: text('task_id'),
    feedback: text('feedback', { enum: ['like', 'dislike'] }),
    feedbackContent: text('feedback_content'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('messages_conversation_idx').on(table.conversationId, table.createdAt)],
);
export type MessageRow = typeof messages.$inferSelect;
