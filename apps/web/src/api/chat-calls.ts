import { queryOptions } from '@tanstack/react-query';
import {
  type ChatApp,
  ChatAppListSchema,
  ChatAppSchema,
  ConversationPageSchema,
  StoredMessagePageSchema,
} from './chat-schemas';
import { fetchJson } from './fetch-json';
import { AnyBody, sendJson, sendNoContent } from './send-json';

/** `GET /api/apps` for the chat's app picker. */
export function chatAppsQueryOptions() {
  return queryOptions({
    queryKey: ['apps', 'chat-picker'],
    queryFn: ({ signal }) => fetchJson({ path: '/api/apps', schema: ChatAppListSchema, init: { signal } }),
  });
}

/**
 * Creates a plain chat app on a model, so a new organization can start chatting from the chat page.
 *
 * @example
 * const app = await createChatApp({ name: 'Assistant', model: 'sigmacode/echo' });
 */
export function createChatApp({ name, model }: { name: string; model: string }): Promise<ChatApp> {
  return sendJson({
    method: 'POST',
    path: '/api/apps',
    body: { name, mode: 'chat', config: { model } },
    schema: ChatAppSchema,
  });
}

/** The caller's conversations with an app, most recent first. */
export function conversationsQueryOptions(appId: string) {
  return queryOptions({
    queryKey: ['conversations', appId],
    queryFn: ({ signal }) =>
      fetchJson({
        path: `/api/apps/${encodeURIComponent(appId)}/conversations?limit=50`,
        schema: ConversationPageSchema,
        init: { signal },
      }),
  });
}

/** A conversation's latest messages, oldest first. */
export function messagesQueryOptions({ appId, conversationId }: { appId: string; conversationId: string }) {
  return queryOptions({
    queryKey: ['conversations', appId, conversationId, 'messages'],
    queryFn: ({ signal }) =>
      fetchJson({
        path: `/api/apps/${encodeURIComponent(appId)}/conversations/${encodeURIComponent(conversationId)}/messages?limit=100`,
        schema: StoredMessagePageSchema,
        init: { signal },
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Deletes a conversation and its messages.
 *
 * @example
 * await deleteConversation({ appId, conversationId });
 */
export function deleteConversation({ appId, conversationId }: { appId: string; conversationId: string }) {
  return sendNoContent({
    method: 'DELETE',
    path: `/api/apps/${encodeURIComponent(appId)}/conversations/${encodeURIComponent(conversationId)}`,
  });
}

/**
 * Stops a running answer; the stream then ends with `message_end` and the partial answer (which is charged).
 *
 * @example
 * await stopChat({ taskId });
 */
export async function stopChat({ taskId }: { taskId: string }): Promise<void> {
  await sendJson({ method: 'POST', path: `/api/chat/${encodeURIComponent(taskId)}/stop`, schema: AnyBody });
}
