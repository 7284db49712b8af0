import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import { Hono } from 'hono';
import { runAppChat } from '../conversations/run-app-chat.js';
import { streamChatEvents } from '../conversations/stream-chat-events.js';
import type { TaskRegistry } from '../conversations/task-registry.js';
import { loadUploadedFiles } from '../files/file-store.js';
import { readFileRefs } from '../files/read-file-refs.js';
import type { AppEnv } from '../http/app-env.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { appKeyCaller, difyEndUser, difyOwner } from './app-key-caller.js';
import { collectChatAnswer } from './collect-chat-answer.js';
import { ChatMessageBodySchema, CompletionMessageBodySchema, UserBodySchema } from './dify-api-schemas.js';
import { readDifyBody } from './read-dify-input.js';

/**
 * Dify's `POST /chat-messages` (blocking or streaming, on the one pipeline through runAppChat) and
 * `POST /chat-messages/:task_id/stop`, for the app of the caller's app key.
 *
 * @example app.route('/api/dify/v1', difyChatRoutes({ deps, tasks }))
 */
export function difyChatRoutes({ deps, tasks }: { deps: PipelineDeps; tasks: TaskRegistry }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/chat-messages', async (c) => {
    const caller = await appKeyCaller(c, deps);
    const body = await readDifyBody(c, ChatMessageBodySchema);
    const streaming = body.response_mode === 'streaming';
    if (!streaming && caller.app.row.mode === 'agent-chat') {
      throw new AppError('VALIDATION_FAILED', { message: 'Agent Chat App does not support blocking mode' });
    }
    const files = await loadUploadedFiles({
      db: deps.db,
      owner: difyOwner(caller, body.user),
      ids: readFileRefs(body.files),
    });
    const run = await runAppChat({
      deps,
      tasks,
      input: {
        principal: caller.principal,
        api: 'dify',
        requestId: c.get('requestId') ?? randomUUID(),
        app: caller.app,
        endUser: difyEndUser(body.user),
        query: body.query,
        files,
        conversationId: body.conversation_id || null,
        inputs: body.inputs,
        signal: c.req.raw.signal,
      },
    });
    if (streaming) return streamChatEvents(run.events);
    const { answer, metadata } = await collectChatAnswer(run);
    return c.json({
      event: 'message',
      task_id: run.taskId,
      id: run.messageId,
      message_id: run.messageId,
      conversation_id: run.conversationId,
      mode: caller.app.row.mode,
      answer,
      metadata,
      created_at: run.createdAt,
    });
  });

  app.post('/completion-messages', async (c) => {
    const caller = await appKeyCaller(c, deps);
    const body = await readDifyBody(c, CompletionMessageBodySchema);
    const fromInputs = typeof body.inputs.query === 'string' ? body.inputs.query : '';
    const files = await loadUploadedFiles({
      db: deps.db,
      owner: difyOwner(caller, body.user),
      ids: readFileRefs(body.files),
    });
    const run = await runAppChat({
      deps,
      tasks,
      input: {
        principal: caller.principal,
        api: 'dify',
        requestId: c.get('requestId') ?? randomUUID(),
        app: caller.app,
        endUser: difyEndUser(body.user),
        query: body.query || fromInputs,
        files,
        inputs: body.inputs,
        signal: c.req.raw.signal,
        completion: true,
      },
    });
    if (body.response_mode === 'streaming') return streamChatEvents(run.events);
    const { answer, metadata } = await collectChatAnswer(run);
    return c.json({
      event: 'message',
      task_id: run.taskId,
      id: run.messageId,
      message_id: run.messageId,
      mode: 'completion',
      answer,
      metadata,
      created_at: run.createdAt,
    });
  });

  // Dify stops chat and completion tasks the same way.
  for (const path of ['/chat-messages/:task_id/stop', '/completion-messages/:task_id/stop']) {
    app.post(path, async (c) => {
      const caller = await appKeyCaller(c, deps);
      const { user } = await readDifyBody(c, UserBodySchema);
      tasks.stop({
        taskId: c.req.param('task_id') ?? '',
        organizationId: caller.principal.organizationId,
        endUser: difyEndUser(user),
      });
      return c.json({ result: 'success' });
    });
  }

  return app;
}
