import { AppError } from '@sigmacode/core';
import type { LanguageModelUsage, TextStreamPart, ToolSet } from 'ai';
import { readDifyUsage } from './read-dify-usage.js';
import type { SseFrame } from './read-sse-frames.js';

type Part = TextStreamPart<ToolSet>;

/**
 * An AI SDK usage record from Dify's token counts.
 *
 * @example toUsage({ promptTokens: 12, completionTokens: 30 })
 */
export function toUsage({
  promptTokens,
  completionTokens,
}: {
  promptTokens: number;
  completionTokens: number;
}): LanguageModelUsage {
  return {
    inputTokens: promptTokens,
    outputTokens: completionTokens,
    totalTokens: promptTokens + completionTokens,
    inputTokenDetails: { noCacheTokens: undefined, cacheReadTokens: undefined, cacheWriteTokens: undefined },
    outputTokenDetails: { textTokens: undefined, reasoningTokens: undefined },
  };
}

/**
 * A Dify chat stream (already through the firewall) as AI SDK parts, so the OpenAI-compatible API can render it with
 * its own chunker: `message`/`agent_message` → text deltas, `message_end` → finish with Dify's usage, `error` → an
 * error part. `message_replace` carries nothing new here (the client already has the redacted text); pings, thoughts
 * and files have no OpenAI counterpart.
 *
 * @example for await (const part of difyFramesToParts(readSseFrames(body))) chunker.push(part)
 */
export async function* difyFramesToParts(frames: AsyncIterable<SseFrame>): AsyncGenerator<Part> {
  for await (const frame of frames) {
    const data = frame.data;
    if (!data) continue;
    if ((data.event === 'message' || data.event === 'agent_message') && typeof data.answer === 'string') {
      if (data.answer) yield { type: 'text-delta', id: '0', text: data.answer };
    } else if (data.event === 'message_end') {
      const totalUsage = toUsage(readDifyUsage(data) ?? { promptTokens: 0, completionTokens: 0 });
      yield { type: 'finish', finishReason: 'stop', rawFinishReason: 'stop', totalUsage } as Part;
    } else if (data.event === 'error') {
      const status = Number(data.status ?? 500);
      const code = status === 403 && data.code === 'content_blocked' ? 'CONTENT_BLOCKED' : 'UPSTREAM_FAILED';
      yield {
        type: 'error',
        error: new AppError(code, { message: typeof data.message === 'string' ? data.message : 'Dify failed.' }),
      };
    }
  }
}
