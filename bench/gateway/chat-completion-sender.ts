import { Agent, request } from 'node:http';
import { AppError, isAppError } from '@sigmacode/core';
import type { RequestResult } from './latency-stats.js';

/** Where a benchmark sends chat completions: an OpenAI-compatible endpoint and what it needs to be called. */
export interface ChatTarget {
  name: string;
  /** The full `…/v1/chat/completions` URL (plain HTTP). */
  url: string;
  /** Authorization and any routing headers (Portkey's `x-portkey-*`). */
  headers: Record<string, string>;
  /** The `model` field this target expects. */
  model: string;
}

/** A sender of one kind of request to one target, over its own keep-alive connections. */
export interface ChatCompletionSender {
  send(): Promise<RequestResult>;
  /** Closes the kept-alive connections. */
  close(): void;
}

/**
 * Sends the same chat completion again and again with node:http over keep-alive connections and reads each answer
 * to its end; a request is successful when the status is 200 and the answer is whole (`[DONE]` at the end of a
 * stream, the expected text in a JSON answer; every 64th stream also has its text checked). The latency is from
 * the call until the last byte.
 *
 * @example
 * const sender = createChatCompletionSender({ target, stream: true, prompt: 'Hi', expectedText: 'Hello.' })
 * const result = await sender.send() // { ok: true, ms: 21.4 }
 */
export function createChatCompletionSender({
  target,
  stream,
  prompt,
  expectedText,
  timeoutMs = 10_000,
  maxSockets = 1024,
}: {
  target: ChatTarget;
  stream: boolean;
  prompt: string;
  expectedText: string;
  timeoutMs?: number;
  maxSockets?: number;
}): ChatCompletionSender {
  const agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const url = new URL(target.url);
  const body = Buffer.from(
    JSON.stringify({
      model: target.model,
      messages: [{ role: 'user', content: prompt }],
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    }),
  );
  const headers = {
    ...target.headers,
    'content-type': 'application/json',
    'content-length': String(body.length),
  };
  let sent = 0;

  const send = () =>
    new Promise<RequestResult>((resolve) => {
      const checkText = !stream || sent++ % 64 === 0;
      const started = performance.now();
      const fail = (error: string) => resolve({ ok: false, ms: performance.now() - started, error });
      const req = request(
        { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
        (res) => {
          const parts: Buffer[] = [];
          res.on('data', (part: Buffer) => parts.push(part));
          res.on('error', (error) => fail(codeOf(error)));
          res.on('end', () => {
            const ms = performance.now() - started;
            if (res.statusCode !== 200) return resolve({ ok: false, ms, error: `HTTP ${res.statusCode}` });
            const text = Buffer.concat(parts).toString('utf8');
            const whole = stream ? isWholeStream({ text, expectedText, checkText }) : isWholeJson(text, expectedText);
            resolve(whole ? { ok: true, ms } : { ok: false, ms, error: 'bad answer' });
          });
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new AppError('UPSTREAM_TIMEOUT')));
      req.on('error', (error) =>
        fail(isAppError(error) && error.code === 'UPSTREAM_TIMEOUT' ? 'timeout' : codeOf(error)),
      );
      req.end(body);
    });

  return { send, close: () => agent.destroy() };
}

function codeOf(error: Error): string {
  return (error as NodeJS.ErrnoException).code ?? error.message;
}

function isWholeJson(text: string, expectedText: string): boolean {
  try {
    const answer = JSON.parse(text) as { choices?: { message?: { content?: unknown } }[] };
    return answer.choices?.[0]?.message?.content === expectedText;
  } catch {
    return false;
  }
}

/** An SSE answer that ends with `[DONE]` and, when checked, carries exactly the expected text in its deltas. */
function isWholeStream({
  text,
  expectedText,
  checkText,
}: {
  text: string;
  expectedText: string;
  checkText: boolean;
}): boolean {
  if (!text.trimEnd().endsWith('data: [DONE]')) return false;
  if (!checkText) return true;
  let content = '';
  for (const line of text.split('\n')) {
    if (!line.startsWith('data: {')) continue;
    let chunk: { choices?: { delta?: { content?: unknown } }[] };
    try {
      chunk = JSON.parse(line.slice('data: '.length)) as typeof chunk;
    } catch {
      return false;
    }
    const delta = chunk.choices?.[0]?.delta?.content;
    if (typeof delta === 'string') content += delta;
  }
  return content === expectedText;
}
