import type { FinishReason, LanguageModelUsage, TextStreamPart, ToolSet } from 'ai';
import { Agent, type Dispatcher, request } from 'undici';
import type { SamplingSettings } from '../agent/run-agent.js';
import type { WireMessage } from './to-wire-messages.js';

type Part = TextStreamPart<ToolSet>;

/** Where an OpenAI-compatible server is, and which of its models to call. */
export interface OpenAiWireTarget {
  baseURL: string;
  apiKey?: string | undefined;
  headers?: Record<string, string> | undefined;
  modelId: string;
}

/** One call on the direct wire path. */
export interface OpenAiWireCall {
  target: OpenAiWireTarget;
  messages: WireMessage[];
  maxOutputTokens?: number | undefined;
  settings?: SamplingSettings;
  /** False: one JSON answer instead of server-sent events. */
  stream: boolean;
  abortSignal: AbortSignal;
  /** Attempts after the first when the server cannot be reached or answers 408, 409, 429 or 5xx (default 2). */
  maxRetries?: number;
  /** The connection pool to send through (default: one shared keep-alive pool per process). */
  dispatcher?: Dispatcher;
}

/**
 * The process's pool of upstream connections: undici's `request` on keep-alive connections costs a fraction of the
 * CPU of `fetch` (no WHATWG Request/Response/stream objects per call), which is most of a gateway's own work.
 */
const sharedDispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 256 });

/** An HTTP error of the upstream, shaped like the AI SDK's (its `statusCode` is what the pipeline reads). */
export class WireCallError extends Error {
  readonly statusCode: number | undefined;
  readonly isRetryable: boolean;
  constructor(message: string, { statusCode, isRetryable }: { statusCode?: number; isRetryable: boolean }) {
    super(message);
    this.name = 'WireCallError';
    this.statusCode = statusCode;
    this.isRetryable = isRetryable;
  }
}

const FINISH_REASONS: Record<string, FinishReason> = {
  stop: 'stop',
  length: 'length',
  content_filter: 'content-filter',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
};

function usageOf(raw: { prompt_tokens?: unknown; completion_tokens?: unknown } | undefined): LanguageModelUsage {
  const input = typeof raw?.prompt_tokens === 'number' ? raw.prompt_tokens : undefined;
  const output = typeof raw?.completion_tokens === 'number' ? raw.completion_tokens : undefined;
  return {
    inputTokens: input,
    outputTokens: output,
    totalTokens: input !== undefined && output !== undefined ? input + output : undefined,
    inputTokenDetails: { noCacheTokens: undefined, cacheReadTokens: undefined, cacheWriteTokens: undefined },
    outputTokenDetails: { textTokens: undefined, reasoningTokens: undefined },
  };
}

function requestBody(call: OpenAiWireCall): string {
  const { settings = {} } = call;
  return JSON.stringify({
    model: call.target.modelId,
    messages: call.messages,
    stream: call.stream,
    ...(call.stream ? { stream_options: { include_usage: true } } : {}),
    ...(call.maxOutputTokens !== undefined ? { max_tokens: call.maxOutputTokens } : {}),
    ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    ...(settings.topP !== undefined ? { top_p: settings.topP } : {}),
    ...(settings.stopSequences?.length ? { stop: settings.stopSequences } : {}),
    ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
    ...(settings.presencePenalty !== undefined ? { presence_penalty: settings.presencePenalty } : {}),
    ...(settings.frequencyPenalty !== undefined ? { frequency_penalty: settings.frequencyPenalty } : {}),
  });
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Sends the request, retrying what may succeed on a second try, before any byte of an answer is read. */
async function send(call: OpenAiWireCall): Promise<Dispatcher.ResponseData['body']> {
  const url = `${call.target.baseURL.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(call.target.apiKey ? { authorization: `Bearer ${call.target.apiKey}` } : {}),
    ...call.target.headers,
  };
  const body = requestBody(call);
  const retries = call.maxRetries ?? 2;
  for (let attempt = 0; ; attempt += 1) {
    let failure: WireCallError;
    try {
      const response = await request(url, {
        method: 'POST',
        headers,
        body,
        signal: call.abortSignal,
        dispatcher: call.dispatcher ?? sharedDispatcher,
      });
      if (response.statusCode >= 200 && response.statusCode < 300) return response.body;
      await response.body.dump().catch(() => {});
      const status = response.statusCode;
      const retryable = [408, 409, 429].includes(status) || status >= 500;
      failure = new WireCallError(`The model server answered ${status}.`, {
        statusCode: status,
        isRetryable: retryable,
      });
    } catch (error) {
      if (call.abortSignal.aborted) throw error;
      failure = new WireCallError('The model server could not be reached.', { isRetryable: true });
      (failure as { cause?: unknown }).cause = error;
    }
    if (!failure.isRetryable || attempt >= retries) throw failure;
    await sleep(500 * 2 ** attempt, call.abortSignal);
  }
}

/** The `data:` payloads of a server-sent-event body, as they complete. */
async function* dataLines(body: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline !== -1) {
      const line = buffer.slice(0, newline).trimEnd();
      buffer = buffer.slice(newline + 1);
      if (line.startsWith('data:')) yield line.slice(line.charCodeAt(5) === 32 ? 6 : 5);
      newline = buffer.indexOf('\n');
    }
  }
  const rest = (buffer + decoder.decode()).trim();
  if (rest.startsWith('data:')) yield rest.slice(5).trimStart();
}

interface WireChunk {
  choices?: Array<{ delta?: { content?: unknown }; message?: { content?: unknown }; finish_reason?: unknown }>;
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
  error?: { message?: unknown };
}

/**
 * Calls an OpenAI-compatible server's chat completions directly — no AI SDK in between — and yields the answer as AI
 * SDK parts (`text-delta`, then `finish` with the usage the server reported), so the pipeline treats it like any
 * model stream. Only for plain-text prompts without tools (toWireMessages); it reads each server-sent event once
 * and parses only its JSON, which costs a fraction of the SDK's per-chunk validation and stream stages. Failures
 * before the answer throw (retried first when retryable); an error event or a broken stream mid-answer yields an
 * `error` part.
 *
 * @example for await (const part of callOpenAiWire({ target, messages, stream: true, abortSignal })) …
 */
export async function* callOpenAiWire(call: OpenAiWireCall): AsyncGenerator<Part> {
  const body = await send(call);
  if (!call.stream) {
    const answer = (await body.json()) as WireChunk;
    const choice = answer.choices?.[0];
    const text = typeof choice?.message?.content === 'string' ? choice.message.content : '';
    if (text) yield { type: 'text-delta', id: '0', text };
    const reason = typeof choice?.finish_reason === 'string' ? choice.finish_reason : 'stop';
    yield {
      type: 'finish',
      finishReason: FINISH_REASONS[reason] ?? 'other',
      rawFinishReason: reason,
      totalUsage: usageOf(answer.usage),
    } as Part;
    return;
  }
  let finishReason: string | null = null;
  let usage: WireChunk['usage'];
  let done = false;
  try {
    for await (const data of dataLines(body)) {
      if (data === '[DONE]') {
        done = true;
        break;
      }
      let chunk: WireChunk;
      try {
        chunk = JSON.parse(data) as WireChunk;
      } catch {
        continue;
      }
      if (chunk.error) {
        const message = typeof chunk.error.message === 'string' ? chunk.error.message : 'The model failed.';
        yield { type: 'error', error: new WireCallError(message, { isRetryable: false }) };
        return;
      }
      const choice = chunk.choices?.[0];
      const content = choice?.delta?.content;
      if (typeof content === 'string' && content) yield { type: 'text-delta', id: '0', text: content };
      if (typeof choice?.finish_reason === 'string') finishReason = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
  } catch (error) {
    if (call.abortSignal.aborted) {
      yield { type: 'abort' } as Part;
      return;
    }
    yield { type: 'error', error };
    return;
  }
  if (!done && finishReason === null) {
    yield { type: 'error', error: new WireCallError('The model stream ended unexpectedly.', { isRetryable: false }) };
    return;
  }
  const reason = finishReason ?? 'stop';
  yield {
    type: 'finish',
    finishReason: FINISH_REASONS[reason] ?? 'other',
    rawFinishReason: reason,
    totalUsage: usageOf(usage),
  } as Part;
}
