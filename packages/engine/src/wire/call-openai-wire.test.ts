import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TextStreamPart, ToolSet } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOpenAiWire, WireCallError } from './call-openai-wire.js';
import { toWireMessages } from './to-wire-messages.js';

type Part = TextStreamPart<ToolSet>;
type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let handler: Handler = () => {};
let baseURL = '';
const seen: Array<{ authorization: string | undefined; body: Record<string, unknown> }> = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    seen.push({ authorization: request.headers.authorization, body: JSON.parse(body || '{}') });
    handler(request, body, response);
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sse = (payload: unknown) => `data: ${JSON.stringify(payload)}\n\n`;
const delta = (content: string) => sse({ choices: [{ index: 0, delta: { content }, finish_reason: null }] });

async function collect(parts: AsyncIterable<Part>): Promise<Part[]> {
  const all: Part[] = [];
  for await (const part of parts) all.push(part);
  return all;
}

const call = (stream: boolean, extra: Partial<Parameters<typeof callOpenAiWire>[0]> = {}) =>
  callOpenAiWire({
    target: { baseURL, apiKey: 'sk-test', modelId: 'bench-model' },
    messages: [{ role: 'user', content: 'hi' }],
    maxOutputTokens: 50,
    settings: { temperature: 0.2, stopSequences: ['END'] },
    stream,
    abortSignal: new AbortController().signal,
    ...extra,
  });

describe('callOpenAiWire', () => {
  it('streams text deltas and finishes with the usage the server reported', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(delta('Hel'));
      response.write(delta('lo'));
      response.write(sse({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }));
      response.write(sse({ choices: [], usage: { prompt_tokens: 7, completion_tokens: 2 } }));
      response.end('data: [DONE]\n\n');
    };
    const parts = await collect(call(true));
    expect(parts.filter((part) => part.type === 'text-delta').map((part) => part.text)).toEqual(['Hel', 'lo']);
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: 'stop',
      totalUsage: { inputTokens: 7, outputTokens: 2 },
    });
    expect(seen.at(-1)).toMatchObject({
      authorization: 'Bearer sk-test',
      body: {
        model: 'bench-model',
        stream: true,
        stream_options: { include_usage: true },
        max_tokens: 50,
        temperature: 0.2,
        stop: ['END'],
      },
    });
  });

  it('answers a non-streaming call from one JSON body', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          choices: [{ message: { content: 'Whole answer' }, finish_reason: 'length' }],
          usage: { prompt_tokens: 3, completion_tokens: 9 },
        }),
      );
    };
    const parts = await collect(call(false));
    expect(parts).toMatchObject([
      { type: 'text-delta', text: 'Whole answer' },
      { type: 'finish', finishReason: 'length', totalUsage: { inputTokens: 3, outputTokens: 9 } },
    ]);
  });

  it('retries a 503 before the answer, and throws a 400 with its status at once', async () => {
    let calls = 0;
    handler = (_request, _body, response) => {
      calls += 1;
      if (calls === 1) {
        response.writeHead(503);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ choices: [{ message: { content: 'ok' }, finish_reason: 'stop' }] }));
    };
    expect((await collect(call(false))).at(0)).toMatchObject({ type: 'text-delta', text: 'ok' });
    expect(calls).toBe(2);

    handler = (_request, _body, response) => {
      response.writeHead(400);
      response.end('{"error":{"message":"bad"}}');
    };
    const error = await collect(call(true)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WireCallError);
    expect(error).toMatchObject({ statusCode: 400 });
  });

  it('yields an error part for an error event and for a stream that ends without finishing', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(delta('Part'));
      response.end(sse({ error: { message: 'overloaded' } }));
    };
    const failed = await collect(call(true));
    expect(failed.at(-1)).toMatchObject({ type: 'error', error: { message: 'overloaded' } });

    handler = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(delta('cut'));
    };
    const cut = await collect(call(true));
    expect(cut.at(-1)).toMatchObject({ type: 'error' });
  });
});

describe('toWireMessages', () => {
  it('takes plain text turns with the system prompt first, and refuses tool turns and images', () => {
    expect(
      toWireMessages({
        system: 'Be brief.',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'a' },
              { type: 'text', text: 'b' },
            ],
          },
          { role: 'assistant', content: 'c' },
        ],
      }),
    ).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'ab' },
      { role: 'assistant', content: 'c' },
    ]);
    expect(
      toWireMessages({
        messages: [{ role: 'user', content: [{ type: 'image', image: new URL('https://example.com/a.png') }] }],
      }),
    ).toBeNull();
    expect(
      toWireMessages({
        messages: [
          {
            role: 'tool',
            content: [{ type: 'tool-result', toolCallId: '1', toolName: 't', output: { type: 'text', value: 'x' } }],
          },
        ],
      }),
    ).toBeNull();
  });
});
