import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import { type Db, type MessageStatus, schema } from '@sigmacode/db';
import { and, asc, desc, eq, lt, type SQL, sql } from 'drizzle-orm';

type ConversationRow = typeof schema.conversations.$inferSelect;
type MessageRow = typeof schema.messages.$inferSelect;

/** Who a conversation belongs to: the organization, the app, and the end user inside it. */
export interface ConversationOwner {
  organizationId: string;
  appId: string;
  endUser: string;
}

/** The conversations of one owner: organization, app and end user together. */
function ownedBy(owner: ConversationOwner): SQL {
  const table = schema.conversations;
  return and(
    eq(table.organizationId, owner.organizationId),
    eq(table.appId, owner.appId),
    eq(table.endUser, owner.endUser),
  ) as SQL;
}

/**
 * The owner's conversation with this id; NOT_FOUND ("Conversation Not Exists.") for an unknown id or one of another
 * organization, app or end user, so ids never leak.
 *
 * @example const conversation = await findConversation({ db, owner, conversationId })
 */
export async function findConversation({
  db,
  owner,
  conversationId,
}: {
  db: Db;
  owner: ConversationOwner;
  conversationId: string;
}): Promise<ConversationRow> {
  const table = schema.conversations;
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.id, conversationId), ownedBy(owner)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', { message: 'Conversation Not Exists.' });
  return row;
}

/**
 * A new conversation, named after its first query (up to 60 characters).
 *
 * @example const conversation = await createConversation({ db, owner, query: 'Hello' })
 */
export async function createConversation({
  db,
  owner,
  query,
  inputs,
}: {
  db: Db;
  owner: ConversationOwner;
  query: string;
  inputs?: Record<string, unknown>;
}): Promise<ConversationRow> {
  const name = query.replace(/\s+/g, ' ').trim().slice(0, 60) || 'New chat';
  const [row] = await db
    .insert(schema.conversations)
    .values({ id: randomUUID(), ...owner, name, inputs: JSON.stringify(inputs ?? {}) })
    .returning();
  if (!row) throw new AppError('INTERNAL', { message: 'The conversation was not stored.' });
  return row;
}

/**
 * The conversation's messages, oldest first (all of them; memory picks its window).
 *
 * @example const history = await loadHistory({ db, conversationId })
 */
export function loadHistory({ db, conversationId }: { db: Db; conversationId: string }): Promise<MessageRow[]> {
  return db
    .select()
    .from(schema.messages)
    .where(eq(schema.messages.conversationId, conversationId))
    .orderBy(asc(schema.messages.createdAt), asc(schema.messages.id));
}

/** @example const message = await startMessage({ db, conversation, query, taskId, appVersion }) */
export async function startMessage({
  db,
  conversation,
  query,
  taskId,
  appVersion,
  model,
}: {
  db: Db;
  conversation: ConversationRow;
  query: string;
  taskId: string;
  appVersion: number;
  model: string;
}): Promise<MessageRow> {
  const [row] = await db
    .insert(schema.messages)
    .values({
      id: randomUUID(),
      conversationId: conversation.id,
      organizationId: conversation.organizationId,
      appId: conversation.appId,
      appVersion,
      query,
      taskId,
      model,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', { message: 'The message was not stored.' });
  await db
    .update(schema.conversations)
    .set({ updatedAt: new Date() })
    .where(eq(schema.conversations.id, conversation.id));
  return row;
}

/** @example await finishMessage({ db, messageId, answer, status: 'normal', usage, cost }) */
export async function finishMessage({
  db,
  messageId,
  answer,
  status,
  error,
  promptTokens,
  completionTokens,
  cost,
}: {
  db: Db;
  messageId: string;
  answer: string;
  status: MessageStatus;
  error?: string | undefined;
  promptTokens: number;
  completionTokens: number;
  cost: bigint;
}): Promise<void> {
  await db
    .update(schema.messages)
    .set({ answer, status, error: error ?? null, promptTokens, completionTokens, cost })
    .where(eq(schema.messages.id, messageId));
}

/**
 * A page of the owner's conversations in an app, most recently active first, after `lastId`.
 *
 * @example const page = await listConversations({ db, owner, limit: 20 })
 */
export async function listConversations({
  db,
  owner,
  limit,
  lastId,
}: {
  db: Db;
  owner: ConversationOwner;
  limit: number;
  lastId?: string | undefined;
}): Promise<{ data: ConversationRow[]; hasMore: boolean }> {
  const table = schema.conversations;
  const conditions = [ownedBy(owner)];
  if (lastId) {
    const last = await findConversation({ db, owner, conversationId: lastId }).catch(() => {
      throw new AppError('NOT_FOUND', { message: 'Last Conversation Not Exists.' });
    });
    conditions.push(
      sql`(${table.updatedAt}, ${table.id}) < (${last.updatedAt.toISOString()}::timestamptz, ${last.id})`,
    );
  }
  const rows = await db
    .select()
    .from(table)
    .where(and(...conditions))
    .orderBy(desc(table.updatedAt), desc(table.id))
    .limit(limit + 1);
  return { data: rows.slice(0, limit), hasMore: rows.length > limit };
}

/**
 * A page of a conversation's messages: the newest `limit` before `firstId`, oldest first within the page.
 *
 * @example const page = await listMessages({ db, conversationId, limit: 20 })
 */
export async function listMessages({
  db,
  conversationId,
  limit,
  firstId,
}: {
  db: Db;
  conversationId: string;
  limit: number;
  firstId?: string | undefined;
}): Promise<{ data: MessageRow[]; hasMore: boolean }> {
  const table = schema.messages;
  const conditions = [eq(table.conversationId, conversationId)];
  if (firstId) {
    const [first] = await db
      .select()
      .from(table)
      .where(and(eq(table.id, firstId), eq(table.conversationId, conversationId)))
      .limit(1);
    if (!first) throw new AppError('NOT_FOUND', { message: 'First Message Not Exists.' });
    conditions.push(lt(table.createdAt, first.createdAt));
  }
  const rows = await db
    .select()
    .from(table)
    .where(and(...conditions))
    .orderBy(desc(table.createdAt), desc(table.id))
    .limit(limit + 1);
  return { data: rows.slice(0, limit).reverse(), hasMore: rows.length > limit };
}

/**
 * Rates a message (`null` revokes the rating); the message must be the owner's.
 *
 * @example await rateMessage({ db, owner, messageId, rating: 'like', content: 'Helpful' })
 */
export async function rateMessage({
  db,
  owner,
  messageId,
  rating,
  content,
}: {
  db: Db;
  owner: ConversationOwner;
  messageId: string;
  rating: 'like' | 'dislike' | null;
  content?: string | null | undefined;
}): Promise<void> {
  await findOwnMessage({ db, owner, messageId });
  const messages = schema.messages;
  await db
    .update(messages)
    .set({ feedback: rating, feedbackContent: rating === null ? null : (content ?? null) })
    .where(eq(messages.id, messageId));
}

/** @example await renameConversation({ db, owner, conversationId, name: 'Trip planning' }) */
export async function renameConversation({
  db,
  owner,
  conversationId,
  name,
}: {
  db: Db;
  owner: ConversationOwner;
  conversationId: string;
  name: string;
}): Promise<ConversationRow> {
  await findConversation({ db, owner, conversationId });
  const [row] = await db
    .update(schema.conversations)
    .set({ name: name.slice(0, 200) })
    .where(eq(schema.conversations.id, conversationId))
    .returning();
  return row as ConversationRow;
}

/** @example await deleteConversation({ db, owner, conversationId }) */
export async function deleteConversation({
  db,
  owner,
  conversationId,
}: {
  db: Db;
  owner: ConversationOwner;
  conversationId: string;
}): Promise<void> {
  await findConversation({ db, owner, conversationId });
  await db.delete(schema.conversations).where(eq(schema.conversations.id, conversationId));
}

/**
 * A message of the owner's conversations (its query, answer and status); NOT_FOUND ("Message Not Exists.") for an
 * unknown id or one of another organization, app or end user.
 *
 * @example const { query, answer } = await findOwnMessage({ db, owner, messageId })
 */
export async function findOwnMessage({
  db,
  owner,
  messageId,
}: {
  db: Db;
  owner: ConversationOwner;
  messageId: string;
}): Promise<Pick<MessageRow, 'id' | 'query' | 'answer' | 'status'>> {
  const { messages, conversations } = schema;
  const [found] = await db
    .select({ id: messages.id, query: messages.query, answer: messages.answer, status: messages.status })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.id, messageId), ownedBy(owner)))
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND', { message: 'Message Not Exists.' });
  return found;
}
