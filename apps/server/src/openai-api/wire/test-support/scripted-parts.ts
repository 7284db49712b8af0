import type { FinishReason, LanguageModelUsage, TextStreamPart, ToolSet } from 'ai';

// Test support only: AI SDK `fullStream` parts, to script what a backend streams.

export type StreamPart = TextStreamPart<ToolSet>;

/**
 * The parts `streamText` emits around a step, then `body`, then its finish.
 *
 * @example
 * scriptedStream([textDelta('Hi')], { reason: 'stop' })
 */
export function scriptedStream(
  body: StreamPart[],
  { reason = 'stop', input = 5, output = 7 }: { reason?: FinishReason; input?: number; output?: number } = {},
): StreamPart[] {
  return [
    { type: 'start' },
    { type: 'start-step', request: {}, warnings: [] },
    ...body,
    finishPart({ reason, input, output }),
  ];
}

/** @example textDelta('Hello') */
export function textDelta(text: string, id = 'txt-0'): StreamPart {
  return { type: 'text-delta', id, text };
}

/** @example toolInputStart({ id: 'call_1', toolName: 'get_weather' }) */
export function toolInputStart({ id, toolName }: { id: string; toolName: string }): StreamPart {
  return { type: 'tool-input-start', id, toolName };
}

/** @example toolInputDelta({ id: 'call_1', delta: '{"city":' }) */
export function toolInputDelta({ id, delta }: { id: string; delta: string }): StreamPart {
  return { type: 'tool-input-delta', id, delta };
}

/** @example toolCall({ id: 'call_1', toolName: 'get_weather', input: { city: 'Oslo' } }) */
export function toolCall({ id, toolName, input }: { id: string; toolName: string; input: unknown }): StreamPart {
  return { type: 'tool-call', toolCallId: id, toolName, input };
}

/** @example finishPart({ reason: 'length', input: 3, output: 100 }) */
export function finishPart({
  reason = 'stop',
  input = 5,
  output = 7,
  cached,
  reasoning,
}: {
  reason?: FinishReason;
  input?: number;
  output?: number;
  cached?: number;
  reasoning?: number;
}): StreamPart {
  return {
    type: 'finish',
    finishReason: reason,
    rawFinishReason: reason,
    totalUsage: sdkUsage({ input, output, cached, reasoning }),
  };
}

/** @example await collect(toAsync(parts)) */
export async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/**
 * AI SDK usage as `fullStream`'s `finish` part carries it.
 *
 * @example
 * sdkUsage({ input: 10, output: 5, cached: 2 })
 */
export function sdkUsage({
  input,
  output,
  cached,
  reasoning,
}: {
  input: number;
  output: number;
  cached?: number;
  reasoning?: number;
}): LanguageModelUsage {
  return {
    inputTokens: input,
    inputTokenDetails: { noCacheTokens: input - (cached ?? 0), cacheReadTokens: cached, cacheWriteTokens: undefined },
    outputTokens: output,
    outputTokenDetails: { textTokens: output - (reasoning ?? 0), reasoningTokens: reasoning },
    totalTokens: input + output,
  };
}
