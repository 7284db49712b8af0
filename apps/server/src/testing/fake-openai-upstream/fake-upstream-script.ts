/** A tool call the fake model makes. `arguments` as an object is sent as its JSON. */
export interface FakeToolCall {
  /** Default `call_fake-<request>_<i>`. */
  id?: string;
  name: string;
  arguments: string | Record<string, unknown>;
}

/** How an answer looks: text (split into content deltas when streamed), tool calls, usage, pacing. */
export interface FakeAnswer {
  /** Default `Hello from the fake upstream.`; '' for none (e.g. tool calls only). */
  text?: string;
  /** Characters per streamed content delta (default 8). Ignored when `chunks` is given. */
  chunkSize?: number;
  /** The exact streamed content deltas (their join is the text). */
  chunks?: string[];
  toolCalls?: FakeToolCall[];
  /** Default: about one token per four characters of the prompt and of the answer. */
  usage?: { promptTokens: number; completionTokens: number };
  /** Default `tool_calls` when there are tool calls, else `stop`. */
  finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  /** Wait this long before answering (added to the server's `delayMs`). */
  delayMs?: number;
  /** Wait this long between streamed events (default 0: the whole stream is written at once). */
  chunkDelayMs?: number;
}

/** An HTTP error before any output, in OpenAI's error shape (e.g. 500, or 429 with `retryAfterSeconds`). */
export interface FakeErrorReply {
  type: 'error';
  status: number;
  message?: string;
  /** OpenAI's `error.type`; default from the status (`rate_limit_error`, `server_error`, ...). */
  errorType?: string;
  code?: string | null;
  retryAfterSeconds?: number;
  delayMs?: number;
}

/**
 * A stream that breaks after `afterChunks` chunk events (the role chunk counts): `destroy` cuts the connection,
 * `error-event` sends `data: {"error":...}` and ends. A non-streaming request gets its connection cut.
 */
export type FakeFailReply = FakeAnswer & {
  type: 'fail';
  afterChunks: number;
  mode: 'destroy' | 'error-event';
  message?: string;
};

/**
 * A stream that sends headers and its first `afterChunks` chunk events (default 1), then nothing, never ending —
 * for timeout tests. A non-streaming request gets no answer at all. `close()` cuts these connections.
 */
export type FakeStallReply = FakeAnswer & { type: 'stall'; afterChunks?: number };

export type FakeReply = (FakeAnswer & { type?: 'answer' }) | FakeErrorReply | FakeFailReply | FakeStallReply;

/** A request as the fake received it. */
export interface FakeRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (null for GET or an empty body). */
  body: unknown;
  /** 0-based position among the requests the script answers (chat completions, embeddings); -1 for others. */
  index: number;
}

/**
 * What the fake answers to chat completions and embeddings (`GET /v1/models` always answers): one reply for every
 * request, a list (the n-th such request since the script was set gets entry n; later ones get the last), or a
 * function of the request.
 * Embeddings use only a reply's `type` (error, fail, stall) and `delayMs`.
 */
export type FakeUpstreamScript = FakeReply | FakeReply[] | ((request: FakeRequest) => FakeReply);

/**
 * The reply the script gives this request.
 *
 * @example
 * replyFor({ script: [{ type: 'error', status: 429 }, { text: 'ok' }], request }) // 429 first, then 'ok'
 */
export function replyFor({
  script,
  request,
  position = request.index,
}: {
  script: FakeUpstreamScript;
  request: FakeRequest;
  /** Which entry of a list applies; by default the request's index. */
  position?: number;
}): FakeReply {
  if (typeof script === 'function') return script(request);
  if (!Array.isArray(script)) return script;
  return script[Math.min(position, script.length - 1)] ?? {};
}
