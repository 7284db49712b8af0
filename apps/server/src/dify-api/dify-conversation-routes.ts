import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import { Hono } from 'hono';
import {
  deleteConversation,
  findConversation,
  listConversations,
  listMessages,
  loadHistory,
  rateMessage,
  renameConversation,
} from '../conversations/conversation-store.js';
import { suggestFollowUps } from '../conversations/suggest-follow-ups.js';
import type { AppEnv } from '../http/app-env.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { appKeyCaller, difyOwner } from './app-key-caller.js';
import {
  ConversationsQuerySchema,
  FeedbackBodySchema,
  MessagesQuerySchema,
  RenameBodySchema,
  SuggestedQuerySchema,
} from './dify-api-schemas.js';
import { readDifyBody, readDifyQuery } from './read-dify-input.js';
import { toDifyConversation, toDifyMessage } from './to-dify-bodies.js';

/** Dify declares these path parameters as `<uuid:…>`: anything else is a routing 404 (shape checked here). */
const UUID = '{[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+}';

/** The optional JSON body of DELETE: Dify reads `user` from it, an empty body means the default user. */
async function optionalUser(req: { text(): Promise<string> }): Promise<string | undefined> {
  const text = await req.text();
  if (!text.trim()) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const user = parsed && typeof parsed === 'object' ? (parsed as { user?: unknown }).user : undefined;
    return typeof user === 'string' && user.trim() ? user.trim() : undefined;
  } catch {
    throw new AppError('BAD_REQUEST', { message: 'Invalid JSON payload received or JSON payload is empty.' });
  }
}

/**
 * Dify's conversation endpoints for the key's app and Dify's `user`: `GET /messages`, `GET /conversations`,
 * `DELETE /conversations/:id`, `POST /conversations/:id/name`, `POST /messages/:id/feedbacks` and
 * `GET /messages/:id/suggested`. Another user's or app's conversation is 404 "Conversation Not Exists.".
 *
 * @example app.route('/api/dify/v1', difyConversationRoutes({ deps }))
 */
export function difyConversationRoutes({ deps }: { deps: PipelineDeps }): Hono<AppEnv> {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get('/messages', async (c) => {
    const caller = await appKeyCaller(c, deps);
    const query = readDifyQuery(c, MessagesQuerySchema);
    if (!query.conversation_id) return c.json({ limit: query.limit, has_more: false, data: [] });
    const owner = difyOwner(caller, query.user);
    const conversation = await findConversation({ db, owner, conversationId: query.conversation_id });
    const page = await listMessages({
      db,
      conversationId: conversation.id,
      limit: query.limit,
      firstId: query.first_id,
    });
    return c.json({
      limit: query.limit,
      has_more: page.hasMore,
      data: page.data.map((row) => toDifyMessage(row, conversation)),
    });
  });

  app.get('/conversations', async (c) => {
    const caller = await appKeyCaller(c, deps);
    const query = readDifyQuery(c, ConversationsQuerySchema);
    const owner = difyOwner(caller, query.user);
    const page = await listConversations({ db, owner, limit: query.limit, lastId: query.last_id });
    return c.json({ limit: query.limit, has_more: page.hasMore, data: page.data.map(toDifyConversation) });
  });

  app.delete(`/conversations/:id${UUID}`, async (c) => {
    const caller = await appKeyCaller(c, deps);
    const owner = difyOwner(caller, await optionalUser(c.req));
    await deleteConversation({ db, owner, conversationId: c.req.param('id') });
    return c.body(null, 204);
  });

  app.post(`/conversations/:id${UUID}/name`, async (c) => {
    const caller = await appKeyCaller(c, deps);
    const body = await readDifyBody(c, RenameBodySchema);
    const owner = difyOwner(caller, body.user);
    const conversationId = c.req.param('id');
    let name = body.name?.trim() ?? '';
    if (body.auto_generate) {
      await findConversation({ db, owner, conversationId });
      const [first] = await loadHistory({ db, conversationId });
      name = first?.query.replace(/\s+/g, ' ').trim().slice(0, 60) || 'New chat';
    } else if (!name) {
      throw new AppError('VALIDATION_FAILED', { message: 'name is required when auto_generate is false' });
    }
    return c.json(toDifyConversation(await renameConversation({ db, owner, conversationId, name })));
  });

  app.post(`/messages/:id${UUID}/feedbacks`, async (c) => {
    const caller = await appKeyCaller(c, deps);
    const body = await readDifyBody(c, FeedbackBodySchema);
    await rateMessage({
      db,
      owner: difyOwner(caller, body.user),
      messageId: c.req.param('id'),
      rating: body.rating,
      content: body.content,
    });
    return c.json({ result: 'success' });
  });

  app.get(`/messages/:id${UUID}/suggested`, async (c) => {
    const caller = await appKeyCaller(c, deps);
    const { user } = readDifyQuery(c, SuggestedQuerySchema);
    const data = await suggestFollowUps({
      deps,
      principal: caller.principal,
      app: caller.app,
      owner: difyOwner(caller, user),
      messageId: c.req.param('id'),
      requestId: c.get('requestId') ?? randomUUID(),
      signal: c.req.raw.signal,
      api: 'dify',
    });
    return c.json({ result: 'success', data });
  });

  return app;
}
