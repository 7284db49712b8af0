import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// Test support only: a tiny HTTP server that answers OpenAI SDK calls with what the wire functions produce.

/** What a test answers one request with: SSE text pieces, or a JSON body. */
export type WireAnswer = { sse: AsyncIterable<string> } | { json: unknown; status?: number };

export interface WireTestServer {
  /** `http://127.0.0.1:<port>/v1`, the SDK's `baseURL`. */
  baseURL: string;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 and a free port; `answer` gets the method, path and parsed JSON body of each request.
 *
 * @example
 * const server = await serveWireForTest(({ body }) => ({ sse: streamChatCompletionSse({ ...ids, parts }) }))
 * const client = new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL })
 */
export async function serveWireForTest(
  answer: (request: { method: string; path: string; body: unknown }) => WireAnswer,
): Promise<WireTestServer> {
  const server = createServer((req, res) => {
    void handle({ req, res, answer }).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle({
  req,
  res,
  answer,
}: {
  req: IncomingMessage;
  res: ServerResponse;
  answer: (request: { method: string; path: string; body: unknown }) => WireAnswer;
}): Promise<void> {
  let text = '';
  for await (const piece of req) text += String(piece);
  const reply = answer({ method: req.method ?? 'GET', path: req.url ?? '/', body: text ? JSON.parse(text) : null });
  if ('json' in reply) {
    res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(reply.json));
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  for await (const piece of reply.sse) res.write(piece);
  res.end();
}
