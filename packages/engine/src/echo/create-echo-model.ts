import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
} from '../model-types.js';
import { chunkWords } from './chunk-words.js';
import { countEchoTokens } from './count-echo-tokens.js';
import { type EchoReply, planEchoReply } from './plan-echo-reply.js';
import { promptText } from './prompt-text.js';

/** Options of the echo model, for tests and demos. */
export interface EchoModelOptions {
  /** Pause before each streamed chunk, in milliseconds (default 0). `doGenerate` waits once per chunk as well. */
  chunkDelayMs?: number;
  /** Words per streamed text chunk (default 3). */
  wordsPerChunk?: number;
}

/**
 * The built-in development model `sigmacode/echo`: an AI SDK LanguageModelV3 that needs no network and no key.
 * It answers `Echo: <last user message>` in chunks of a few words, calls tools on `/tool <name> <json-args>`,
 * quotes tool results after a tool call, and fails on `/fail` (before output) or `/fail-after <n>` (after n chunks:
 * an `error` stream part, then finish reason `error`). Usage is ceil(characters / 4) for the whole prompt and for
 * the output; `maxOutputTokens` cuts the text (finish reason `length`); an abort signal stops it with the
 * signal's reason. It is not an LLM.
 *
 * @example
 * const result = streamText({ model: createEchoModel(), prompt: 'hello' })
 * await result.text // 'Echo: hello'
 */
export function createEchoModel({ chunkDelayMs = 0, wordsPerChunk = 3 }: EchoModelOptions = {}): LanguageModelV3 {
  return {
    specificationVersion: 'v3',
    provider: 'sigmacode',
    modelId: 'echo',
    supportedUrls: {},
    async doGenerate(options) {
      throwIfAborted(options.abortSignal);
      const reply = planEchoReply(options);
      if (reply.kind === 'fail' || (reply.kind === 'text' && reply.failAfterChunks !== undefined)) {
        throw simulatedFailure(reply);
      }
      const chunks = reply.kind === 'text' ? chunkWords({ text: reply.text, wordsPerChunk }) : [''];
      for (const _ of chunks) await sleep({ ms: chunkDelayMs, signal: options.abortSignal });
      const content: LanguageModelV3GenerateResult['content'] =
        reply.kind === 'text'
          ? [{ type: 'text', text: reply.text }]
          : reply.calls.map((call) => ({ type: 'tool-call', ...call }));
      return {
        content,
        finishReason: finishReasonOf(reply),
        usage: usageOf({ options, outputText: outputTextOf(reply) }),
        response: { id: `echo-${randomUUID()}`, modelId: 'echo', timestamp: new Date() },
        warnings: [],
      };
    },
    async doStream(options) {
      throwIfAborted(options.abortSignal);
      const reply = planEchoReply(options);
      if (reply.kind === 'fail') throw simulatedFailure(reply);
      const parts = streamPartsOf({ reply, options, wordsPerChunk });
      const signal = options.abortSignal;
      const stream = new ReadableStream<LanguageModelV3StreamPart>({
        async pull(controller) {
          const next = parts.next();
          if (next.done) {
            controller.close();
            return;
          }
          try {
            if (next.value.type === 'text-delta') await sleep({ ms: chunkDelayMs, signal });
            throwIfAborted(signal);
          } catch (error) {
            controller.error(error);
            return;
          }
          controller.enqueue(next.value);
        },
      });
      return { stream };
    },
  };
}

function* streamPartsOf({
  reply,
  options,
  wordsPerChunk,
}: {
  reply: Exclude<EchoReply, { kind: 'fail' }>;
  options: LanguageModelV3CallOptions;
  wordsPerChunk: number;
}): Generator<LanguageModelV3StreamPart> {
  yield { type: 'stream-start', warnings: [] };
  yield { type: 'response-metadata', id: `echo-${randomUUID()}`, modelId: 'echo', timestamp: new Date() };
  if (reply.kind === 'tool-calls') {
    for (const call of reply.calls) {
      yield { type: 'tool-input-start', id: call.toolCallId, toolName: call.toolName };
      yield { type: 'tool-input-delta', id: call.toolCallId, delta: call.input };
      yield { type: 'tool-input-end', id: call.toolCallId };
      yield { type: 'tool-call', ...call };
    }
    yield {
      type: 'finish',
      finishReason: finishReasonOf(reply),
      usage: usageOf({ options, outputText: outputTextOf(reply) }),
    };
    return;
  }
  const chunks = chunkWords({ text: reply.text, wordsPerChunk });
  let sent = '';
  yield { type: 'text-start', id: 'text-0' };
  for (const [index, chunk] of chunks.entries()) {
    if (reply.failAfterChunks === index) break;
    yield { type: 'text-delta', id: 'text-0', delta: chunk };
    sent += chunk;
  }
  yield { type: 'text-end', id: 'text-0' };
  if (reply.failAfterChunks !== undefined) {
    yield { type: 'error', error: simulatedFailure(reply) };
    yield {
      type: 'finish',
      finishReason: { unified: 'error', raw: 'fail-after' },
      usage: usageOf({ options, outputText: sent }),
    };
    return;
  }
  yield { type: 'finish', finishReason: finishReasonOf(reply), usage: usageOf({ options, outputText: sent }) };
}

function outputTextOf(reply: Exclude<EchoReply, { kind: 'fail' }>): string {
  return reply.kind === 'text' ? reply.text : reply.calls.map((call) => call.toolName + call.input).join('');
}

function finishReasonOf(reply: Exclude<EchoReply, { kind: 'fail' }>): LanguageModelV3GenerateResult['finishReason'] {
  const unified = reply.kind === 'tool-calls' ? 'tool-calls' : reply.finishReason;
  return { unified, raw: unified };
}

function usageOf({
  options,
  outputText,
}: {
  options: LanguageModelV3CallOptions;
  outputText: string;
}): LanguageModelV3Usage {
  const input = countEchoTokens(promptText(options.prompt));
  const output = countEchoTokens(outputText);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

function simulatedFailure(reply: EchoReply): AppError {
  const directive = reply.kind === 'fail' ? '/fail' : '/fail-after';
  return new AppError('UPSTREAM_FAILED', {
    message: `The echo model failed on purpose (${directive}).`,
    details: { model: 'sigmacode/echo', directive },
  });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function sleep({ ms, signal }: { ms: number; signal: AbortSignal | undefined }): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal ? abortReason(signal) : new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
