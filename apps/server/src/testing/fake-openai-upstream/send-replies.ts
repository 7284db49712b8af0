import type { ServerResponse } from 'node:http';
import type { FakeReply } from './fake-upstream-script.js';

const SSE_HEADERS = { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' };

/** OpenAI's `error.type` for a status. */
function errorTypeOf(status: number): string {
  if (status === 400) return 'invalid_request_error';
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  return status >= 500 ? 'server_error' : 'invalid_request_error';
}

/**
 * A JSON answer.
 *
 * @example
 * sendJson({ res, status: 200, body: { object: 'list', data: [] } })
 */
export function sendJson({
  res,
  status,
  body,
  headers = {},
}: {
  res: ServerResponse;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * An error in OpenAI's shape `{ error: { message, type, param, code } }`.
 *
 * @example
 * sendError({ res, status: 429, message: 'Rate limit reached.', headers: { 'Retry-After': '1' } })
 */
export function sendError({
  res,
  status,
  message,
  type = errorTypeOf(status),
  code = status === 429 ? 'rate_limit_exceeded' : null,
  param = null,
  headers,
}: {
  res: ServerResponse;
  status: number;
  message: string;
  type?: string;
  code?: string | null;
  param?: string | null;
  headers?: Record<string, string>;
}): void {
  sendJson({ res, status, body: { error: { message, type, param, code } }, ...(headers ? { headers } : {}) });
}

/**
 * Writes a streamed answer as the reply says: all events at once (the fast path), paced by `chunkDelayMs`, broken
 * after `afterChunks` chunks (`fail`: connection cut or an error event), or stalled after them (`stall`).
 *
 * @example
 * await writeStream({ res, events, reply: { type: 'stall', afterChunks: 1 }, wait })
 */
export async function writeStream({
  res,
  events,
  reply,
  wait,
}: {
  res: ServerResponse;
  events: string[];
  reply: Exclude<FakeReply, { type: 'error' }>;
  wait: (ms: number) => Promise<boolean>;
}): Promise<void> {
  res.writeHead(200, SSE_HEADERS);
  const delay = reply.chunkDelayMs ?? 0;
  if (reply.type !== 'fail' && reply.type !== 'stall' && delay <= 0) return void res.end(events.join(''));

  // Headers go out first, so a client sees the stream begin even when nothing follows.
  res.flushHeaders();
  const chunkEvents = events.length - 1; // the last is [DONE]
  const stopAt =
    reply.type === 'fail' || reply.type === 'stall' ? Math.min(reply.afterChunks ?? 1, chunkEvents) : events.length;
  let written: Promise<void> = Promise.resolve();
  const write = (text: string) => {
    written = new Promise((resolve) => res.write(text, () => resolve()));
  };
  if (delay <= 0) {
    if (stopAt > 0) write(events.slice(0, stopAt).join(''));
  } else {
    for (let i = 0; i < stopAt; i++) {
      if (i > 0 && !(await wait(delay))) return;
      if (res.destroyed) return;
      write(events[i] ?? '');
    }
  }
  if (reply.type === 'stall') return;
  if (reply.type !== 'fail') return void res.end();
  if (reply.mode === 'error-event') {
    const message = reply.message ?? 'The fake upstream failed mid-stream.';
    const error = { message, type: 'server_error', param: null, code: null };
    return void res.end(`data: ${JSON.stringify({ error })}\n\n`);
  }
  // Cut the connection once what was sent is on its way, without the stream's terminating chunk.
  await written;
  res.destroy();
}
