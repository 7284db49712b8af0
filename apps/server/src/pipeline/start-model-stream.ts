import { AppError, isAppError } from '@sigmacode/core';
import { callOpenAiWire, generateAgent, type RunAgentOptions, runAgent, toWireMessages } from '@sigmacode/engine';
import type { TextStreamPart, ToolSet } from 'ai';
import type { ResolvedModel } from '../ai/resolve-language-model.js';

type Part = TextStreamPart<ToolSet>;

/** Parts that mean the model has started answering (anything before them is bookkeeping). */
const OUTPUT_PARTS = new Set<Part['type']>([
  'text-delta',
  'reasoning-delta',
  'tool-input-start',
  'tool-call',
  'tool-result',
  'tool-error',
  'finish',
]);

/** A model stream that has produced its first output. */
export interface StartedModelStream {
  /** The model that answered (the first, or a fallback). */
  model: ResolvedModel;
  /** Every part, from the first; waiting longer than the idle timeout for the next one fails with UPSTREAM_TIMEOUT. */
  parts: AsyncIterable<Part>;
  /** Stops the upstream call (client gone, firewall block). */
  abort(reason: string): void;
}

/**
 * Calls the first model and waits for its first output; when it fails or stays silent before any output, tries the
 * next (an app's fallback models). The AI SDK already retries a failed request; this adds the fallbacks and a
 * timeout before the first byte and between chunks. The client's signal aborts the upstream call.
 *
 * @example const started = await startModelStream({ models, options, signal, timeoutMs: 120_000 })
 */
export async function startModelStream({
  models,
  options,
  signal,
  timeoutMs,
  stream = true,
}: {
  models: readonly (() => Promise<ResolvedModel>)[];
  options: Omit<RunAgentOptions, 'model' | 'abortSignal'>;
  signal: AbortSignal;
  timeoutMs: number;
  /** False: one non-streaming call per model step (for answers sent in one piece; far less CPU per call). */
  stream?: boolean;
}): Promise<StartedModelStream> {
  let lastError: unknown = null;
  for (const load of models) {
    if (signal.aborted) break;
    let model: ResolvedModel;
    try {
      model = await load();
    } catch (error) {
      lastError = error;
      continue;
    }
    const controller = new AbortController();
    // The client's signal aborts this call too (forwarded: cheaper than AbortSignal.any on every call).
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    const abortSignal = controller.signal;
    // An OpenAI-compatible server and a plain-text prompt without tools: the direct wire path, no AI SDK in between.
    const wireMessages = model.wire && !options.tools ? toWireMessages(options) : null;
    if (!stream && !wireMessages) {
      const watchdog = createWatchdog({ timeoutMs, controller });
      try {
        const parts = await watchdog.race(generateAgent({ ...options, model: model.model, abortSignal }));
        watchdog.stop();
        return {
          model,
          parts: (async function* () {
            yield* parts;
          })(),
          abort: (reason) => controller.abort(new Error(reason)),
        };
      } catch (error) {
        watchdog.stop();
        controller.abort(new Error('trying the next model'));
        lastError = error;
        continue;
      }
    }
    const source: AsyncIterable<Part> =
      model.wire && wireMessages
        ? callOpenAiWire({
            target: model.wire,
            messages: wireMessages,
            maxOutputTokens: options.maxOutputTokens,
            ...(options.settings ? { settings: options.settings } : {}),
            stream,
            abortSignal,
          })
        : runAgent({ ...options, model: model.model, abortSignal }).fullStream;
    const iterator = source[Symbol.asyncIterator]();
    const watchdog = createWatchdog({ timeoutMs, controller });
    const buffered: Part[] = [];
    try {
      for (;;) {
        const next = await watchdog.race(iterator.next());
        if (next.done) throw new AppError('UPSTREAM_FAILED', { message: 'The model ended without answering.' });
        if (next.value.type === 'error') throw next.value.error;
        buffered.push(next.value);
        if (OUTPUT_PARTS.has(next.value.type)) break;
      }
    } catch (error) {
      watchdog.stop();
      controller.abort(new Error('trying the next model'));
      lastError = error;
      continue;
    }
    return {
      model,
      parts: replay({ buffered, iterator, watchdog, controller }),
      abort: (reason) => controller.abort(new Error(reason)),
    };
  }
  if (signal.aborted) throw new AppError('UPSTREAM_FAILED', { message: 'The client went away before the answer.' });
  throw toUpstreamError(lastError);
}

async function* replay({
  buffered,
  iterator,
  watchdog,
  controller,
}: {
  buffered: Part[];
  iterator: AsyncIterator<Part>;
  watchdog: Watchdog;
  controller: AbortController;
}): AsyncGenerator<Part> {
  yield* buffered;
  try {
    for (;;) {
      const next = await watchdog.race(iterator.next());
      if (next.done) return;
      yield next.value;
    }
  } finally {
    watchdog.stop();
    // Ending early (the reader stopped) must not leave the upstream call running.
    if (!controller.signal.aborted) controller.abort(new Error('stream closed'));
  }
}

/** One idle timer per model call: re-armed (not re-created) for every awaited part. */
interface Watchdog {
  /** Waits for `promise`; if nothing arrives within the timeout, aborts the call and rejects with UPSTREAM_TIMEOUT. */
  race<T>(promise: Promise<T>): Promise<T>;
  stop(): void;
}

function createWatchdog({ timeoutMs, controller }: { timeoutMs: number; controller: AbortController }): Watchdog {
  let fire: (error: AppError) => void = () => {};
  const expired = new Promise<never>((_, reject) => {
    fire = reject;
  });
  // Nobody may be waiting when it fires; the rejection is still observed through race().
  expired.catch(() => {});
  const timer = setTimeout(() => {
    const error = new AppError('UPSTREAM_TIMEOUT', {
      message: `The model sent nothing for ${Math.round(timeoutMs / 1000)} s.`,
    });
    controller.abort(error);
    fire(error);
  }, timeoutMs);
  return {
    race(promise) {
      timer.refresh();
      return Promise.race([promise, expired]);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

/**
 * An upstream failure as the API's error: our own errors stay as they are; a provider's HTTP error becomes
 * UPSTREAM_FAILED (502) with its status, never its body (which can echo keys or prompts).
 *
 * @example throw toUpstreamError(error)
 */
export function toUpstreamError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const status =
    typeof (error as { statusCode?: unknown })?.statusCode === 'number'
      ? (error as { statusCode: number }).statusCode
      : undefined;
  return new AppError('UPSTREAM_FAILED', {
    message: status ? `The model provider answered ${status}.` : 'The model provider could not be reached.',
    details: status ? { upstreamStatus: status } : {},
    cause: error,
  });
}
