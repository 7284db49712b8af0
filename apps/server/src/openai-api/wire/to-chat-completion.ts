import type { FinishReason, LanguageModelUsage } from 'ai';
import type { ChatCompletion, ResponseToolCall } from './chat-completion-response-schemas.js';
import { toOpenAiFinishReason, toOpenAiUsage } from './to-openai-usage.js';

/** A tool call as `generateText` reports it (`result.toolCalls`). */
export interface GeneratedToolCall {
  toolCallId: string;
  toolName: string;
  input: unknown;
}

/**
 * The `chat.completion` answer to a non-streaming request, from a `generateText` result. `content` is null when the
 * model only called tools (as OpenAI sends it).
 *
 * @example
 * const result = await generateText({ model, messages, tools })
 * return c.json(toChatCompletion({ id, model: request.model, created, text: result.text,
 *   toolCalls: result.toolCalls, finishReason: result.finishReason, usage: result.totalUsage }))
 */
export function toChatCompletion({
  id,
  model,
  created,
  text,
  toolCalls = [],
  finishReason,
  usage,
}: {
  id: string;
  model: string;
  created: number;
  text: string;
  toolCalls?: GeneratedToolCall[];
  finishReason: FinishReason;
  usage: LanguageModelUsage;
}): ChatCompletion {
  const calls: ResponseToolCall[] = toolCalls.map((call) => ({
    id: call.toolCallId,
    type: 'function',
    function: {
      name: call.toolName,
      arguments: typeof call.input === 'string' ? call.input : JSON.stringify(call.input ?? {}),
    },
  }));
  return {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: text === '' && calls.length > 0 ? null : text,
          refusal: null,
          ...(calls.length > 0 ? { tool_calls: calls } : {}),
        },
        logprobs: null,
        finish_reason: toOpenAiFinishReason({ finishReason, hasToolCalls: calls.length > 0 }),
      },
    ],
    usage: toOpenAiUsage(usage),
  };
}
