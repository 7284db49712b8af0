import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ChatEvent, isApiError, stopChat, streamChat } from '../../../api';
import type { ChatTurn } from './chat-turn';

/**
 * The live side of a chat: sends a message, streams the answer into the last turn, stops it on request, and
 * refreshes the balance and conversation list when an answer is settled.
 */
export function useChatSession({
  appId,
  conversationId,
  onConversationStarted,
}: {
  appId: string;
  conversationId: string | null;
  onConversationStarted: (conversationId: string) => void;
}) {
  const queryClient = useQueryClient();
  const [turns, setTurns] = useState<ChatTurn[]>([]);
  const [busy, setBusy] = useState(false);
  const taskId = useRef<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const stopping = useRef(false);

  // Leaving the page or switching apps ends the stream; the server settles what was produced.
  useEffect(() => () => abort.current?.abort(), []);

  const update = useCallback((key: string, change: (turn: ChatTurn) => ChatTurn) => {
    setTurns((current) => current.map((turn) => (turn.key === key ? change(turn) : turn)));
  }, []);

  const send = useCallback(
    async (query: string) => {
      const key = crypto.randomUUID();
      const controller = new AbortController();
      abort.current = controller;
      taskId.current = null;
      stopping.current = false;
      setBusy(true);
      setTurns((current) => [...current, { key, query, answer: '', status: 'streaming' }]);
      let started = conversationId;
      const onEvent = (event: ChatEvent) => {
        if (event.event === 'message' || event.event === 'agent_message') {
          taskId.current = event.task_id;
          if (!started && event.conversation_id) {
            started = event.conversation_id;
            onConversationStarted(event.conversation_id);
          }
          update(key, (turn) => ({ ...turn, answer: turn.answer + event.answer }));
        } else if (event.event === 'agent_thought' && event.tool) {
          const step = {
            id: event.id ?? String(Math.random()),
            tool: event.tool,
            input: event.tool_input ?? '',
            observation: event.observation ?? '',
          };
          // The same step arrives when the tool is called and again with its result.
          update(key, (turn) => {
            const steps = turn.steps ?? [];
            const known = steps.findIndex((existing) => existing.id === step.id);
            return {
              ...turn,
              steps:
                known === -1 ? [...steps, step] : steps.map((existing, index) => (index === known ? step : existing)),
            };
          });
        } else if (event.event === 'message_replace') {
          update(key, (turn) => ({ ...turn, answer: event.answer, redacted: true }));
        } else if (event.event === 'message_end') {
          if (!started && event.conversation_id) {
            started = event.conversation_id;
            onConversationStarted(event.conversation_id);
          }
          const cost = Number(event.metadata.usage?.total_price ?? Number.NaN);
          update(key, (turn) => ({
            ...turn,
            status: stopping.current ? 'stopped' : 'done',
            ...(Number.isFinite(cost) ? { cost } : {}),
            ...(event.metadata.firewall?.input_redacted ? { inputRedacted: true } : {}),
          }));
        } else if (event.event === 'error') {
          const error = new ApiError({
            status: event.status ?? 500,
            code: event.code ?? 'UPSTREAM_FAILED',
            message: event.message,
          });
          update(key, (turn) => ({ ...turn, status: event.code === 'content_blocked' ? 'blocked' : 'error', error }));
        }
      };
      try {
        await streamChat({ appId, query, conversationId, signal: controller.signal, onEvent });
        update(key, (turn) =>
          turn.status === 'streaming' ? { ...turn, status: stopping.current ? 'stopped' : 'done' } : turn,
        );
      } catch (error) {
        if (controller.signal.aborted) {
          update(key, (turn) => ({ ...turn, status: 'stopped' }));
        } else {
          const blocked = isApiError(error) && error.code === 'CONTENT_BLOCKED';
          update(key, (turn) => ({ ...turn, status: blocked ? 'blocked' : 'error', error }));
        }
      } finally {
        setBusy(false);
        abort.current = null;
        taskId.current = null;
        void queryClient.invalidateQueries({ queryKey: ['billing'] });
        void queryClient.invalidateQueries({ queryKey: ['conversations', appId] });
        void queryClient.invalidateQueries({ queryKey: ['overview'] });
      }
    },
    [appId, conversationId, onConversationStarted, queryClient, update],
  );

  const stop = useCallback(async () => {
    stopping.current = true;
    const running = taskId.current;
    if (running) {
      // The server ends the stream with message_end and the partial answer; only if that fails do we cut it.
      await stopChat({ taskId: running }).catch(() => abort.current?.abort());
    } else abort.current?.abort();
  }, []);

  return { turns, setTurns, busy, send, stop };
}
