import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '@sigmacode/core';
import type { MessageStatus } from '@sigmacode/db';
import type { ModelMessage } from 'ai';
import { resolveChatTarget } from '../ai/resolve-chat-target.js';
import type { LoadedApp } from '../apps/find-app.js';
import type { LoadedFile } from '../files/file-store.js';
import { toUserContent } from '../files/to-user-content.js';
import type { Principal } from '../identity/access/principal.js';
import { guardTexts } from '../pipeline/guard-texts.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { type ChatOutcome, runChat } from '../pipeline/run-chat.js';
import { buildMemory } from './build-memory.js';
import {
  type ConversationOwner,
  createConversation,
  deleteConversation,
  findConversation,
  finishMessage,
  loadHistory,
  startMessage,
} from './conversation-store.js';
import { type ChatEnvelope, toChatErrorEvent, toChatUsage } from './dify-events.js';
import type { TaskRegistry } from './task-registry.js';

/** One chat turn with an app, as the console and the Dify-compatible API start it. */
export interface AppChatInput {
  principal: Principal;
  api: string;
  requestId: string;
  app: LoadedApp;
  /** The end user inside the organization (Dify's `user`; the console user for console chat). */
  endUser: string;
  query: string;
  /** Uploaded files attached to the message (images and text documents). */
  files?: readonly LoadedFile[];
  /** Continue this conversation; null or absent starts a new one. */
  conversationId?: string | null | undefined;
  inputs?: Record<string, unknown>;
  signal: AbortSignal;
  /** A completion app's one-off answer: no memory, a conversation of its own, no `conversation_id` in the events. */
  completion?: boolean;
}

/** A started turn: its ids and its events in Dify's chat stream shapes. */
export interface AppChatRun {
  taskId: string;
  conversationId: string;
  messageId: string;
  createdAt: number;
  events: AsyncGenerator<Record<string, unknown>>;
}

const STATUS_OF: Record<ChatOutcome['status'], MessageStatus> = {
  completed: 'normal',
  blocked: 'blocked',
  failed: 'error',
  aborted: 'stopped',
};

/**
 * A chat turn with an app on the one pipeline: the conversation (new or continued) and its memory (the recent
 * exchanges plus a running summary) go with the app's system prompt to runChat; the message is stored with its
 * answer, status, usage and cost. Errors before the answer starts are thrown (the API answers them as HTTP errors),
 * and leave nothing behind; later ones become an `error` event. Stopping the task (`tasks.stop`) ends the stream
 * with `message_end` and the partial answer.
 *
 * @example
 * const run = await runAppChat({ deps, tasks, input })
 * for await (const event of run.events) send(event)
 */
export async function runAppChat({
  deps,
  tasks,
  input,
}: {
  deps: PipelineDeps;
  tasks: TaskRegistry;
  input: AppChatInput;
}): Promise<AppChatRun> {
  const { db } = deps;
  const { principal, app } = input;
  const completion = input.completion === true;
  if (completion ? app.row.mode !== 'completion' : app.row.mode !== 'chat' && app.row.mode !== 'agent-chat') {
    throw completion
      ? new AppError('BAD_REQUEST', {
          message: 'App unavailable, please check your app config.',
          difyCode: 'app_unavailable',
        })
      : new AppError('BAD_REQUEST', {
          message: 'Please check if your app mode matches the right API route.',
          difyCode: 'not_chat_app',
        });
  }
  const query = input.query.replaceAll('\u0000', '');
  if (!query.trim()) throw new AppError('VALIDATION_FAILED', { message: 'query is required' });
  const owner: ConversationOwner = {
    organizationId: principal.organizationId,
    appId: app.row.id,
    endUser: input.endUser,
  };
  const existing =
    input.conversationId && !completion
      ? await findConversation({ db, owner, conversationId: input.conversationId })
      : null;
  const target = await resolveChatTarget({ deps, principal, model: `app:${app.row.id}` });
  if (target.dify) {
    throw new AppError('BAD_REQUEST', {
      message: 'This app runs on Dify: chat with it through /api/dify/v1 or /v1/chat/completions (model "app:<id>").',
      difyCode: 'app_unavailable',
    });
  }
  const memory = await buildMemory({
    history: existing ? await loadHistory({ db, conversationId: existing.id }) : [],
    window: app.config.memoryWindow,
    // The questions memory uses were checked at their own turns; checked again (a secret stays redacted, a policy
    // made stricter since still applies) without recording their old threats again.
    check: (questions) =>
      guardTexts({
        db,
        logger: deps.logger,
        metrics: deps.metrics,
        firewall: deps.firewall,
        policy: target.policy,
        texts: questions.map((text) => ({ text, direction: 'input' as const, history: true })),
        context: {
          organizationId: principal.organizationId,
          appId: app.row.id,
          requestId: input.requestId,
          api: input.api,
        },
      }),
  }).catch(async (error: unknown) => {
    await target.release();
    throw error;
  });
  const system = [target.system, memory.summary].filter(Boolean).join('\n\n') || undefined;
  const messages: ModelMessage[] = [
    ...memory.messages,
    { role: 'user', content: toUserContent({ query, files: input.files ?? [] }) },
  ];

  const conversation =
    existing ?? (await createConversation({ db, owner, query, ...(input.inputs ? { inputs: input.inputs } : {}) }));
  const taskId = randomUUID();
  const message = await startMessage({
    db,
    conversation,
    query,
    taskId,
    appVersion: app.row.currentVersion,
    model: target.modelIds[0] ?? app.config.model ?? '',
  });
  const controller = tasks.start({ taskId, organizationId: principal.organizationId, endUser: input.endUser });
  const started = performance.now();
  let call: Awaited<ReturnType<typeof runChat>>;
  try {
    call = await runChat(deps, {
      principal,
      api: input.api,
      requestId: input.requestId,
      appId: app.row.id,
      policy: target.policy,
      modelIds: target.modelIds,
      system,
      messages,
      checkedMessages: memory.messages.length,
      tools: target.tools,
      maxSteps: target.maxSteps,
      maxOutputTokens: app.config.parameters.maxTokens,
      settings: {
        ...(app.config.parameters.temperature !== undefined ? { temperature: app.config.parameters.temperature } : {}),
        ...(app.config.parameters.topP !== undefined ? { topP: app.config.parameters.topP } : {}),
        ...(app.config.parameters.stop ? { stopSequences: app.config.parameters.stop } : {}),
      },
      action: target.agent ? 'agent_execution' : 'chat_message',
      signal: AbortSignal.any([input.signal, controller.signal]),
    });
  } catch (error) {
    tasks.finish(taskId);
    await target.release();
    // Refused before answering (limits, balance, firewall, model): a new conversation is not kept; in an existing
    // one the turn stays with its status (blocked, error) and no answer, and memory skips it.
    if (existing) {
      await finishMessage({
        db,
        messageId: message.id,
        answer: '',
        status: isAppError(error) && error.code === 'CONTENT_BLOCKED' ? 'blocked' : 'error',
        error: isAppError(error) ? error.message : 'failed',
        promptTokens: 0,
        completionTokens: 0,
        cost: 0n,
      }).catch(() => {});
    } else await deleteConversation({ db, owner, conversationId: conversation.id }).catch(() => {});
    throw error;
  }

  const createdAt = Math.floor(message.createdAt.getTime() / 1000);
  // A completion's events carry no conversation id (Dify's completion envelope).
  const envelope = (
    completion
      ? { message_id: message.id, created_at: createdAt }
      : { conversation_id: conversation.id, message_id: message.id, created_at: createdAt }
  ) as ChatEnvelope;
  const textEvent = target.agent ? 'agent_message' : 'message';

  async function* events(): AsyncGenerator<Record<string, unknown>> {
    let position = 0;
    let firstTokenAt: number | null = null;
    let failed = false;
    try {
      for await (const part of call.parts) {
        if (part.type === 'text-delta') {
          firstTokenAt ??= performance.now();
          yield {
            event: textEvent,
            ...envelope,
            task_id: taskId,
            id: message.id,
            answer: part.text,
            from_variable_selector: null,
          };
        } else if (part.type === 'tool-call' && target.agent) {
          position += 1;
          yield {
            event: 'agent_thought',
            ...envelope,
            task_id: taskId,
            id: part.toolCallId,
            position,
            thought: '',
            observation: '',
            tool: part.toolName,
            tool_labels: {},
            tool_input: JSON.stringify({ [part.toolName]: part.input }),
            message_files: [],
          };
        } else if (part.type === 'tool-result' && target.agent) {
          yield {
            event: 'agent_thought',
            ...envelope,
            task_id: taskId,
            id: part.toolCallId,
            position,
            thought: '',
            observation: typeof part.output === 'string' ? part.output : JSON.stringify(part.output),
            tool: part.toolName,
            tool_labels: {},
            tool_input: JSON.stringify({ [part.toolName]: part.input }),
            message_files: [],
          };
        } else if (part.type === 'error') {
          failed = true;
          const error = isAppError(part.error)
            ? part.error
            : new AppError('UPSTREAM_FAILED', { message: 'The model failed while answering.' });
          yield toChatErrorEvent({ envelope, error });
        }
      }
      const outcome = await call.outcome;
      if (!failed && outcome.redacted) {
        // Dify's signal that the answer was moderated: the full answer as it was released (already redacted).
        yield {
          event: 'message_replace',
          ...envelope,
          task_id: taskId,
          answer: outcome.text,
          reason: 'output_moderation',
        };
      }
      if (!failed) {
        yield {
          event: 'message_end',
          ...envelope,
          task_id: taskId,
          id: message.id,
          metadata: {
            annotation_reply: null,
            retriever_resources: [],
            // Not Dify's: tells the client the firewall changed the user's message before the model saw it.
            ...(outcome.inputRedacted ? { firewall: { input_redacted: true } } : {}),
            usage: toChatUsage({
              promptTokens: outcome.usage.promptTokens,
              completionTokens: outcome.usage.completionTokens,
              charged: outcome.charged,
              latencySeconds: (performance.now() - started) / 1000,
              timeToFirstToken: firstTokenAt === null ? null : (firstTokenAt - started) / 1000,
            }),
          },
          files: null,
        };
      }
    } finally {
      tasks.finish(taskId);
      const outcome = await call.outcome;
      await target.release();
      await finishMessage({
        db,
        messageId: message.id,
        answer: outcome.text,
        status: STATUS_OF[outcome.status],
        error: outcome.error?.message,
        promptTokens: outcome.usage.promptTokens,
        completionTokens: outcome.usage.completionTokens,
        cost: outcome.charged,
      }).catch((error: unknown) => deps.logger.error({ err: error }, 'could not store the answer'));
    }
  }

  return { taskId, conversationId: conversation.id, messageId: message.id, createdAt, events: events() };
}
