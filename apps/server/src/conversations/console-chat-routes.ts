import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '@sigmacode/core';
import { findApp } from '../apps/find-app.js';
import { difyRefusal } from '../dify-upstream/dify-refusal.js';
import { proxyDifyCall } from '../dify-upstream/proxy-dify-call.js';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import type { Principal } from '../identity/access/principal.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { consoleErrorResponses } from '../routes/console-error-responses.js';
import { jsonContent } from '../routes/json-content.js';
import {
  AppConversationParamsSchema,
  AppMessageParamsSchema,
  ChatAnswerSchema,
  ConsoleChatBodySchema,
  ConversationPageSchema,
  ConversationSchema,
  FeedbackBodySchema,
  MessagePageSchema,
  PageQuerySchema,
  RenameBodySchema,
  ResultSchema,
  SuggestedSchema,
  TaskParamsSchema,
} from './console-chat-schemas.js';
import {
  type ConversationOwner,
  deleteConversation,
  findConversation,
  listConversations,
  listMessages,
  rateMessage,
  renameConversation,
} from './conversation-store.js';
import { runAppChat } from './run-app-chat.js';
import { streamChatEvents } from './stream-chat-events.js';
import { suggestFollowUps } from './suggest-follow-ups.js';
import type { TaskRegistry } from './task-registry.js';
import { toConversationBody, toMessageBody } from './to-chat-bodies.js';

const tags = ['Chat'];
const errors = consoleErrorResponses;
const AppParamsSchema = AppConversationParamsSchema.pick({ id: true });

const chatRoute = consoleRoute({
  access: 'apps:run',
  method: 'post',
  path: '/api/chat',
  tags,
  summary: "Chat with an app through the whole pipeline; streams Dify's chat events (message, message_end, error)",
  request: { body: { required: true, ...jsonContent(ConsoleChatBodySchema) } },
  responses: {
    200: {
      description: 'Server-sent events (`data: {...}` per event) or, with `stream: false`, the whole answer.',
      content: { 'text/event-stream': { schema: {} }, 'application/json': { schema: ChatAnswerSchema } },
    },
    ...errors,
  },
});
const stopRoute = consoleRoute({
  access: 'apps:run',
  method: 'post',
  path: '/api/chat/{taskId}/stop',
  tags,
  summary: 'Stop a running answer (it ends with message_end and the partial answer)',
  request: { params: TaskParamsSchema },
  responses: { 200: { description: 'Always success.', ...jsonContent(ResultSchema) }, ...errors },
});
const conversationsRoute = consoleRoute({
  access: 'apps:run',
  method: 'get',
  path: '/api/apps/{id}/conversations',
  tags,
  summary: 'Your conversations with an app, most recent first (`lastId` pages)',
  request: { params: AppParamsSchema, query: PageQuerySchema },
  responses: { 200: { description: 'A page.', ...jsonContent(ConversationPageSchema) }, ...errors },
});
const messagesRoute = consoleRoute({
  access: 'apps:run',
  method: 'get',
  path: '/api/apps/{id}/conversations/{conversationId}/messages',
  tags,
  summary: 'Messages of a conversation: the newest `limit` before `firstId`, oldest first',
  request: { params: AppConversationParamsSchema, query: PageQuerySchema },
  responses: { 200: { description: 'A page.', ...jsonContent(MessagePageSchema) }, ...errors },
});
const renameRoute = consoleRoute({
  access: 'apps:run',
  method: 'patch',
  path: '/api/apps/{id}/conversations/{conversationId}',
  tags,
  summary: 'Rename a conversation',
  request: { params: AppConversationParamsSchema, body: { required: true, ...jsonContent(RenameBodySchema) } },
  responses: { 200: { description: 'The conversation.', ...jsonContent(ConversationSchema) }, ...errors },
});
const deleteRoute = consoleRoute({
  access: 'apps:run',
  method: 'delete',
  path: '/api/apps/{id}/conversations/{conversationId}',
  tags,
  summary: 'Delete a conversation and its messages',
  request: { params: AppConversationParamsSchema },
  responses: { 204: { description: 'Deleted.' }, ...errors },
});
const feedbackRoute = consoleRoute({
  access: 'apps:run',
  method: 'post',
  path: '/api/apps/{id}/messages/{messageId}/feedback',
  tags,
  summary: 'Rate an answer (like, dislike; null revokes)',
  request: { params: AppMessageParamsSchema, body: { required: true, ...jsonContent(FeedbackBodySchema) } },
  responses: { 200: { description: 'Stored.', ...jsonContent(ResultSchema) }, ...errors },
});

const suggestedRoute = consoleRoute({
  access: 'apps:run',
  method: 'get',
  path: '/api/apps/{id}/messages/{messageId}/suggested',
  tags,
  summary: 'Follow-up questions for an answer (when the app has suggestFollowUps on; one charged model call)',
  request: { params: AppMessageParamsSchema },
  responses: { 200: { description: 'Up to three questions.', ...jsonContent(SuggestedSchema) }, ...errors },
});

/** The console's end user: the signed-in user, or the API key. */
function endUserOf(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.userId}` : `key:${principal.keyId}`;
}

/**
 * Console chat with apps on the one pipeline, and the caller's conversations, messages and feedback.
 *
 * @example app.route('/', consoleChatRoutes({ deps, tasks }))
 */
export function consoleChatRoutes({ deps, tasks }: { deps: PipelineDeps; tasks: TaskRegistry }): OpenAPIHono<AppEnv> {
  const { db } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const ownerOf = async (principal: Principal, appId: string): Promise<ConversationOwner> => {
    await findApp({ db, organizationId: principal.organizationId, appId });
    return { organizationId: principal.organizationId, appId, endUser: endUserOf(principal) };
  };

  app.openapi(chatRoute, async (c) => {
    const principal = principalOf(c);
    const body = c.req.valid('json');
    const found = await findApp({ db, organizationId: principal.organizationId, appId: body.appId });
    if (found.config.upstream) {
      // A Dify-backed app: Dify keeps the conversation; its (guarded) events and answers have the same shapes.
      if (found.row.mode === 'workflow') {
        throw new AppError('BAD_REQUEST', { message: 'Workflow apps run through /api/dify/v1/workflows/run.' });
      }
      const response = await proxyDifyCall({
        deps,
        principal,
        app: found,
        endpoint: found.row.mode === 'completion' ? 'completion-messages' : 'chat-messages',
        body: {
          inputs: body.inputs ?? {},
          query: body.query,
          response_mode: body.stream ? 'streaming' : 'blocking',
          user: endUserOf(principal),
          ...(body.conversationId ? { conversation_id: body.conversationId } : {}),
        },
        requestId: c.get('requestId') ?? randomUUID(),
        signal: c.req.raw.signal,
      });
      if (!response.ok) throw await difyRefusal(response);
      return response as never;
    }
    const run = await runAppChat({
      deps,
      tasks,
      input: {
        principal,
        api: 'console',
        requestId: c.get('requestId') ?? randomUUID(),
        app: found,
        endUser: endUserOf(principal),
        query: body.query,
        conversationId: body.conversationId,
        ...(body.inputs ? { inputs: body.inputs } : {}),
        signal: c.req.raw.signal,
      },
    });
    if (body.stream) return streamChatEvents(run.events);
    let answer = '';
    let metadata: Record<string, unknown> = {};
    for await (const event of run.events) {
      if (event.event === 'message' || event.event === 'agent_message') answer += String(event.answer);
      else if (event.event === 'message_end') metadata = event.metadata as Record<string, unknown>;
      else if (event.event === 'error') {
        throw new AppError('UPSTREAM_FAILED', { message: String(event.message) });
      }
    }
    return c.json(
      {
        event: 'message' as const,
        task_id: run.taskId,
        id: run.messageId,
        message_id: run.messageId,
        conversation_id: run.conversationId,
        mode: found.row.mode,
        answer,
        metadata,
        created_at: run.createdAt,
      },
      200,
    );
  });
  app.openapi(stopRoute, async (c) => {
    const principal = principalOf(c);
    tasks.stop({
      taskId: c.req.valid('param').taskId,
      organizationId: principal.organizationId,
      endUser: endUserOf(principal),
    });
    return c.json({ result: 'success' as const }, 200);
  });
  app.openapi(conversationsRoute, async (c) => {
    const owner = await ownerOf(principalOf(c), c.req.valid('param').id);
    const { limit, lastId } = c.req.valid('query');
    const page = await listConversations({ db, owner, limit, lastId });
    return c.json({ limit, has_more: page.hasMore, data: page.data.map(toConversationBody) }, 200);
  });
  app.openapi(messagesRoute, async (c) => {
    const { id, conversationId } = c.req.valid('param');
    const owner = await ownerOf(principalOf(c), id);
    await findConversation({ db, owner, conversationId });
    const { limit, firstId } = c.req.valid('query');
    const page = await listMessages({ db, conversationId, limit, firstId });
    return c.json({ limit, has_more: page.hasMore, data: page.data.map(toMessageBody) }, 200);
  });
  app.openapi(renameRoute, async (c) => {
    const { id, conversationId } = c.req.valid('param');
    const owner = await ownerOf(principalOf(c), id);
    const row = await renameConversation({ db, owner, conversationId, name: c.req.valid('json').name });
    return c.json(toConversationBody(row), 200);
  });
  app.openapi(deleteRoute, async (c) => {
    const { id, conversationId } = c.req.valid('param');
    await deleteConversation({ db, owner: await ownerOf(principalOf(c), id), conversationId });
    return c.body(null, 204);
  });
  app.openapi(feedbackRoute, async (c) => {
    const { id, messageId } = c.req.valid('param');
    const body = c.req.valid('json');
    await rateMessage({
      db,
      owner: await ownerOf(principalOf(c), id),
      messageId,
      rating: body.rating,
      content: body.content,
    });
    return c.json({ result: 'success' as const }, 200);
  });
  app.openapi(suggestedRoute, async (c) => {
    const principal = principalOf(c);
    const { id, messageId } = c.req.valid('param');
    const found = await findApp({ db, organizationId: principal.organizationId, appId: id });
    const data = await suggestFollowUps({
      deps,
      principal,
      app: found,
      owner: { organizationId: principal.organizationId, appId: id, endUser: endUserOf(principal) },
      messageId,
      requestId: c.get('requestId') ?? randomUUID(),
      signal: c.req.raw.signal,
    });
    return c.json({ result: 'success' as const, data }, 200);
  });
  return app;
}
