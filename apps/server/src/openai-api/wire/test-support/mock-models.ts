import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';

// Test support only: AI SDK mock models and usage values for the wire tests.

type StreamResult = Awaited<ReturnType<MockLanguageModelV3['doStream']>>;
/** What a provider's model streams (LanguageModelV3StreamPart), before `streamText` turns it into `fullStream`. */
export type ModelStreamPart = StreamResult['stream'] extends ReadableStream<infer Part> ? Part : never;
type GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;

/** Models may fetch http(s) images themselves, so the AI SDK never downloads them in tests. */
const SUPPORTED_URLS = { 'image/*': [/^https?:\/\/.*$/] };

/**
 * Provider-level usage for a mock model's `finish` part or result.
 *
 * @example
 * modelUsage({ input: 10, output: 5 })
 */
export function modelUsage({ input, output }: { input: number; output: number }): GenerateResult['usage'] {
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: undefined },
    outputTokens: { total: output, text: output, reasoning: undefined },
  };
}

/**
 * A mock model that streams the given provider parts.
 *
 * @example
 * streamText({ model: streamingModel([{ type: 'text-delta', id: 't', delta: 'Hi' }, modelFinish()]), prompt: 'x' })
 */
export function streamingModel(parts: ModelStreamPart[]): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    supportedUrls: SUPPORTED_URLS,
    doStream: async () => ({ stream: simulateReadableStream({ chunks: parts }) }),
  });
}

/**
 * A mock model whose `doGenerate` answers `text`.
 *
 * @example
 * await generateText({ model: generatingModel('ok'), messages })
 */
export function generatingModel(text: string): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    supportedUrls: SUPPORTED_URLS,
    doGenerate: async () => ({
      content: [{ type: 'text', text }],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: modelUsage({ input: 1, output: 1 }),
      warnings: [],
    }),
  });
}

/**
 * The provider `finish` part.
 *
 * @example
 * modelFinish({ reason: 'tool-calls', input: 9, output: 4 })
 */
export function modelFinish({
  reason = 'stop',
  input = 3,
  output = 2,
}: {
  reason?: 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other';
  input?: number;
  output?: number;
} = {}): ModelStreamPart {
  return { type: 'finish', finishReason: { unified: reason, raw: reason }, usage: modelUsage({ input, output }) };
}
