import type { FinishReason, LanguageModelUsage } from 'ai';
import type { CompletionUsage, OpenAiFinishReason } from './chat-completion-response-schemas.js';

/**
 * AI SDK usage → OpenAI's `usage`. Unknown counts are 0 and the total falls back to prompt + completion, because
 * OpenAI clients read these fields as numbers.
 *
 * @example
 * toOpenAiUsage(result.totalUsage) // { prompt_tokens: 12, completion_tokens: 30, total_tokens: 42, ... }
 */
export function toOpenAiUsage(usage: LanguageModelUsage): CompletionUsage {
  const prompt = usage.inputTokens ?? 0;
  const completion = usage.outputTokens ?? 0;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: usage.totalTokens ?? prompt + completion,
    prompt_tokens_details: { cached_tokens: usage.inputTokenDetails?.cacheReadTokens ?? 0 },
    completion_tokens_details: { reasoning_tokens: usage.outputTokenDetails?.reasoningTokens ?? 0 },
  };
}

/**
 * AI SDK finish reason → OpenAI's. A turn that produced tool calls reports `tool_calls` even when the provider
 * said `stop` (some do), since that is what tells an OpenAI client to run the tools; `error` and `other` have no
 * OpenAI counterpart and read as `stop`.
 *
 * @example
 * toOpenAiFinishReason({ finishReason: 'tool-calls', hasToolCalls: true }) // 'tool_calls'
 */
export function toOpenAiFinishReason({
  finishReason,
  hasToolCalls,
}: {
  finishReason: FinishReason;
  hasToolCalls: boolean;
}): OpenAiFinishReason {
  switch (finishReason) {
    case 'length':
      return 'length';
    case 'content-filter':
      return 'content_filter';
    case 'tool-calls':
      return 'tool_calls';
    default:
      return hasToolCalls ? 'tool_calls' : 'stop';
  }
}
