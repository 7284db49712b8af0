import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { type FakeReply, type FakeRequest, type FakeUpstreamScript, replyFor } from './fake-upstream-script.js';
import { type AnswerContext, renderCompletion, renderStream } from './render-chat-completion.js';
import { renderEmbeddings } from './render-embeddings.js';
import { createRequestLog } from './request-log.js';
import { sendError, sendJson, writeStream } from './send-replies.js';

export interface FakeOpenAiUpstreamOptions {
  /** What to answer; default a short text reply to everything. */
  script?: FakeUpstreamScript;
  /** A fixed delay before every answer (benchmarks); a reply's own `delayMs` adds to it. */
  delayMs?: number;
  /** What `GET /v1/models` lists; default `['fake-model']`. */
  models?: string[];
  /** When set, requests must send `Authorization: Bearer <apiKey>` (else 401). */
  apiKey?: string;
  /** Embedding length when the request names no `dimensions`; default 8. */
  embeddingDimensions?: number;
  /** How many requests `requests` keeps (the newest); default 1,000. */
  maxRecordedRequests?: number;
}

export interface FakeOpenAiUpstream {
  /** `http://127.0.0.1:<port>/v1` — the `baseURL` for OpenAI clients. */
  url: string;
  /** The newest recorded requests, oldest first (a copy). */
  readonly requests: FakeRequest[];
  /** Every request received, including those no longer kept. */
  readonly requestCount: number;
  /** Answers later requests from another script; a list starts over at its first entry. */
  setScript(script: FakeUpstreamScript): void;
  /** Cuts open connections (stalled streams too) and stops listening. */
  close(): Promise<void>;
}

const ChatBodySchema = z.object({
  model: z.string().min(1),
  messages: z.array(z.unknown()).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
});

const EmbeddingsBodySchema = z.object({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1)]),
  encoding_format: z.enum(['float', 'base64']).nullish(),
  dimensions: z.number().int().positive().max(8192).nullish(),
});

/**
 * A local OpenAI-compatible upstream for tests and benchmarks: `POST /v1/chat/completions` (streaming or not),
 * `GET /v1/models` and `POST /v1/embeddings`, answering as its script says (text, tool calls, usage, HTTP errors,
 * failures mid-stream, stalls, delays), recording what it received. Listens on 127.0.0.1 and a free port.
 *
 * @example
 * const upstream = await startFakeOpenAiUpstream({ script: [{ type: 'error', status: 429 }, { text: 'Hi!' }] })
 * const client = new OpenAI({ apiKey: 'x', baseURL: upstream.url })
 * // ... upstream.requests[0].body.messages ...
 * await upstream.close()
 */
export async function startFakeOpenAiUpstream(options: FakeOpenAiUpstreamOptions = {}): Promise<FakeOpenAiUpstream> {
  let script: FakeUpstreamScript = options.script ?? {};
  const log = createRequestLog({ limit: options.maxRecordedRequests ?? 1000 });
  const timers = new Set<NodeJS.Timeout>();
  let scripted = 0;
  /** The scripted-request count when the current script was set: lists start over with a new script. */
  let scriptFrom = 0;
  let closing = false;

  /** setTimeout that `close()` can cancel; resolves false if the server closed meanwhile. */
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (ms <= 0) return resolve(!closing);
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(!closing);
      }, ms);
      timers.add(timer);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routeOf({ method: req.method ?? 'GET', path });
    const text = req.method === 'POST' ? await readBody(req) : '';
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      log.record({ method: req.method ?? 'GET', path, headers: req.headers, body: text, index: -1 });
      return sendError({ res, status: 400, message: 'The body is not valid JSON.' });
    }
    const index = route === 'chat' || route === 'embeddings' ? scripted++ : -1;
    const request: FakeRequest = { method: req.method ?? 'GET', path, headers: req.headers, body, index };
    log.record(request);

    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return sendError({ res, status: 401, message: 'Incorrect API key provided.', code: 'invalid_api_key' });
    }
    if (route === 'not-found') return sendError({ res, status: 404, message: `No route for ${req.method} ${path}.` });
    if (route === 'models') {
      if (!(await wait(options.delayMs ?? 0))) return;
      const data = (options.models ?? ['fake-model']).map((id) => ({
        id,
        object: 'model',
        created: 0,
        owned_by: 'fake',
      }));
      return sendJson({ res, status: 200, body: { object: 'list', data } });
    }

    const reply = replyFor({ script, request, position: index - scriptFrom });
    if (!(await wait((options.delayMs ?? 0) + (reply.delayMs ?? 0)))) return;
    if (reply.type === 'error') return sendReplyError({ res, reply });
    if (route === 'embeddings') return answerEmbeddings({ res, body, reply });
    return answerChat({ res, body, reply, context: { number: index, wait } });
  };

  const answerEmbeddings = ({ res, body, reply }: { res: ServerResponse; body: unknown; reply: FakeReply }) => {
    if (reply.type === 'stall') return;
    if (reply.type === 'fail') return void res.destroy();
    const parsed = EmbeddingsBodySchema.safeParse(body);
    if (!parsed.success) return sendInvalid({ res, error: parsed.error });
    const { model, input, encoding_format, dimensions } = parsed.data;
    const embeddings = renderEmbeddings({
      model,
      inputs: typeof input === 'string' ? [input] : input,
      dimensions: dimensions ?? options.embeddingDimensions ?? 8,
      encodingFormat: encoding_format ?? 'float',
    });
    return sendJson({ res, status: 200, body: embeddings });
  };

  const answerChat = async ({
    res,
    body,
    reply,
    context,
  }: {
    res: ServerResponse;
    body: unknown;
    reply: Exclude<FakeReply, { type: 'error' }>;
    context: { number: number; wait: (ms: number) => Promise<boolean> };
  }) => {
    const parsed = ChatBodySchema.safeParse(body);
    if (!parsed.success) return sendInvalid({ res, error: parsed.error });
    const answerContext: AnswerContext = {
      id: `chatcmpl-fake${context.number}`,
      model: parsed.data.model,
      created: Math.floor(Date.now() / 1000),
      promptChars: promptCharsOf(parsed.data.messages),
    };
    if (!parsed.data.stream) {
      if (reply.type === 'stall') return;
      if (reply.type === 'fail') return void res.destroy();
      return sendJson({ res, status: 200, body: renderCompletion({ answer: reply, context: answerContext }) });
    }
    const includeUsage = parsed.data.stream_options?.include_usage ?? false;
    const { events } = renderStream({ answer: reply, context: answerContext, includeUsage });
    await writeStream({ res, events, reply, wait: context.wait });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError({ res, status: 500, message: `Fake upstream failure: ${String(error)}` });
      else res.destroy();
    });
  });
  // Benchmarks hold keep-alive connections open between bursts.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    get requests() {
      return log.list();
    },
    get requestCount() {
      return log.total;
    },
    setScript(next) {
      script = next;
      scriptFrom = scripted;
    },
    close() {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

type Route = 'chat' | 'embeddings' | 'models' | 'not-found';

function routeOf({ method, path }: { method: string; path: string }): Route {
  if (method === 'POST' && path === '/v1/chat/completions') return 'chat';
  if (method === 'POST' && path === '/v1/embeddings') return 'embeddings';
  if (method === 'GET' && path === '/v1/models') return 'models';
  return 'not-found';
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/** Characters of text in the messages, for the usage estimate. */
function promptCharsOf(messages: unknown[]): number {
  let chars = 0;
  for (const message of messages) {
    const content = (message as { content?: unknown } | null)?.content;
    if (typeof content === 'string') chars += content.length;
    else if (Array.isArray(content)) {
      for (const part of content) {
        const text = (part as { text?: unknown } | null)?.text;
        if (typeof text === 'string') chars += text.length;
      }
    }
  }
  return chars;
}

function sendReplyError({ res, reply }: { res: ServerResponse; reply: Extract<FakeReply, { type: 'error' }> }) {
  sendError({
    res,
    status: reply.status,
    message: reply.message ?? `Fake upstream error ${reply.status}.`,
    ...(reply.errorType ? { type: reply.errorType } : {}),
    ...(reply.code !== undefined ? { code: reply.code } : {}),
    ...(reply.retryAfterSeconds !== undefined ? { headers: { 'Retry-After': String(reply.retryAfterSeconds) } } : {}),
  });
}

function sendInvalid({ res, error }: { res: ServerResponse; error: z.ZodError }) {
  const issue = error.issues[0];
  const param = issue ? issue.path.map(String).join('.') : null;
  sendError({ res, status: 400, message: `Invalid request: ${issue?.message ?? 'bad body'}`, param });
}
