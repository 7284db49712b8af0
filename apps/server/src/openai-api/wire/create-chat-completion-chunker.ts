import type { AppError, OpenAIErrorBody } from '@sigmacode/core';
import type { TextStreamPart, ToolSet } from 'ai';
import type {
  ChatCompletionChunk,
  ChunkDelta,
  OpenAiFinishReason,
  ToolCallDelta,
} from './chat-completion-response-schemas.js';
import { toOpenAiErrorBody, toStreamAppError } from './to-openai-error-event.js';
import { toOpenAiFinishReason, toOpenAiUsage } from './to-openai-usage.js';

/** What one stream part turns into: chunks, or (once) the error event body. */
export type ChatCompletionStreamEvent = ChatCompletionChunk | OpenAIErrorBody;

/** `open` until a `finish` (→ `finished`), an `error` (→ `failed`) or an `abort` (→ `aborted`) part. */
export type ChunkerState = 'open' | 'finished' | 'failed' | 'aborted';

export interface ChatCompletionChunker {
  /** The events for one `fullStream` part, in order (often none, e.g. for `start-step`). */
  push(part: TextStreamPart<ToolSet>): ChatCompletionStreamEvent[];
  readonly state: ChunkerState;
}

export interface ChatCompletionChunkerOptions {
  /** `chatcmpl-...`, the same on every chunk. */
  id: string;
  model: string;
  /** Unix seconds. */
  created: number;
  /** `stream_options.include_usage`: `usage: null` on every chunk, then a usage chunk with no choices. */
  includeUsage?: boolean;
  /** How an `error` part becomes an AppError; by default {@link toStreamAppError}. */
  toAppError?: (error: unknown) => AppError;
}

interface StreamedToolCall {
  index: number;
  argumentsSent: boolean;
  /** Deltas of raw text (not JSON) are not forwarded; the JSON arguments follow with the `tool-call` part. */
  textDeltas: boolean;
}

/**
 * Turns AI SDK `fullStream` parts into OpenAI `chat.completion.chunk`s the way OpenAI streams them: a first chunk
 * with `role: 'assistant'`, content deltas, tool calls (a chunk naming each call — index, id, function name — then
 * argument deltas), a last chunk with an empty delta and the finish reason, and with `includeUsage` a usage chunk
 * with no choices. An `error` part becomes one `{ error }` event and ends the stream (send no `[DONE]` after it).
 * Tool calls that arrive whole (`tool-call` without `tool-input-*` parts before) are sent in one chunk.
 *
 * @example
 * const chunker = createChatCompletionChunker({ id, model, created, includeUsage: true })
 * for await (const part of result.fullStream) for (const event of chunker.push(part)) write(formatSse(event))
 * if (chunker.state === 'finished') write(SSE_DONE)
 */
export function createChatCompletionChunker(options: ChatCompletionChunkerOptions): ChatCompletionChunker {
  const { id, model, created, includeUsage = false, toAppError = toStreamAppError } = options;
  const toolCalls = new Map<string, StreamedToolCall>();
  let state: ChunkerState = 'open';
  let roleSent = false;

  const chunk = (delta: ChunkDelta, finishReason: OpenAiFinishReason | null = null): ChatCompletionChunk => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...(includeUsage ? { usage: null } : {}),
  });

  /** OpenAI opens text with `{ role, content: '' }` on its own and tool calls with the role beside the first call. */
  const roleChunk = (): ChatCompletionChunk[] => {
    if (roleSent) return [];
    roleSent = true;
    return [chunk({ role: 'assistant', content: '', refusal: null })];
  };

  const toolCallChunk = (call: ToolCallDelta): ChatCompletionChunk => {
    const delta: ChunkDelta = roleSent
      ? { tool_calls: [call] }
      : { role: 'assistant', content: null, refusal: null, tool_calls: [call] };
    roleSent = true;
    return chunk(delta);
  };

  const startToolCall = ({
    callId,
    name,
    args,
    textDeltas = false,
  }: {
    callId: string;
    name: string;
    args: string;
    textDeltas?: boolean;
  }) => {
    const index = toolCalls.size;
    toolCalls.set(callId, { index, argumentsSent: args !== '', textDeltas });
    return toolCallChunk({ index, id: callId, type: 'function', function: { name, arguments: args } });
  };

  const handlers: {
    [Type in TextStreamPart<ToolSet>['type']]?: (
      part: Extract<TextStreamPart<ToolSet>, { type: Type }>,
    ) => ChatCompletionStreamEvent[];
  } = {
    'text-delta': (part) => (part.text ? [...roleChunk(), chunk({ content: part.text })] : []),
    'tool-input-start': (part) => {
      if (part.providerExecuted) return [];
      const textDeltas = part.inputEncoding === 'text';
      return [startToolCall({ callId: part.id, name: part.toolName, args: '', textDeltas })];
    },
    'tool-input-delta': (part) => {
      const call = toolCalls.get(part.id);
      if (!call || call.textDeltas || !part.delta) return [];
      call.argumentsSent = true;
      return [chunk({ tool_calls: [{ index: call.index, function: { arguments: part.delta } }] })];
    },
    'tool-call': (part) => {
      if (part.providerExecuted) return [];
      const call = toolCalls.get(part.toolCallId);
      if (call?.argumentsSent) return [];
      // An invalid call (unparsable input) carries the raw text; a parsed one its value.
      const args = typeof part.input === 'string' ? part.input : JSON.stringify(part.input ?? {});
      if (!call) return [startToolCall({ callId: part.toolCallId, name: part.toolName, args })];
      call.argumentsSent = true;
      return [chunk({ tool_calls: [{ index: call.index, function: { arguments: args } }] })];
    },
    finish: (part) => {
      state = 'finished';
      const reason = toOpenAiFinishReason({ finishReason: part.finishReason, hasToolCalls: toolCalls.size > 0 });
      const events: ChatCompletionChunk[] = [...roleChunk(), chunk({}, reason)];
      if (includeUsage) {
        events.push({
          id,
          object: 'chat.completion.chunk',
          created,
          model,
          choices: [],
          usage: toOpenAiUsage(part.totalUsage),
        });
      }
      return events;
    },
    error: (part) => {
      state = 'failed';
      return [toOpenAiErrorBody(toAppError(part.error))];
    },
    abort: () => {
      state = 'aborted';
      return [];
    },
  };

  return {
    push(part) {
      if (state !== 'open') return [];
      const handler = handlers[part.type] as ((value: typeof part) => ChatCompletionStreamEvent[]) | undefined;
      return handler ? handler(part) : [];
    },
    get state() {
      return state;
    },
  };
}
