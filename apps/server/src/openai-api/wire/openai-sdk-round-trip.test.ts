import { AppError } from '@sigmacode/core';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodyOf } from '../../http/errors/render-error.js';
import { ChatCompletionRequestSchema } from './chat-completion-request-schema.js';
import type { ChatCompletion, ChatCompletionChunk } from './chat-completion-response-schemas.js';
import { EmbeddingsRequestSchema, toEmbeddingsResponse } from './embeddings.js';
import { parseWireBody } from './parse-wire-body.js';
import { streamChatCompletionSse } from './stream-chat-completion-sse.js';
import {
  type StreamPart,
  scriptedStream,
  sdkUsage,
  textDelta,
  toAsync,
  toolCall,
  toolInputDelta,
  toolInputStart,
} from './test-support/scripted-parts.js';
import { serveWireForTest, type WireAnswer, type WireTestServer } from './test-support/serve-wire-for-test.js';
import { toChatCompletion } from './to-chat-completion.js';
import { toModelList } from './to-model-list.js';

// Compile-time proof that our wire types are what the official SDK's types describe.
type Assignable<From extends To, To> = From;
type _Chunk = Assignable<ChatCompletionChunk, OpenAI.ChatCompletionChunk>;
type _Completion = Assignable<ChatCompletion, OpenAI.ChatCompletion>;

const created = 1_700_000_000;

/** What the scripted backend "streams" for each model name the test asks for. */
const SCRIPTS: Record<string, StreamPart[]> = {
  text: scriptedStream([textDelta('Hello'), textDelta(', '), textDelta('world')], { input: 12, output: 3 }),
  tools: scriptedStream(
    [
      textDelta('Checking both.'),
      toolInputStart({ id: 'call_w', toolName: 'get_weather' }),
      toolInputDelta({ id: 'call_w', delta: '{"city"' }),
      toolInputDelta({ id: 'call_w', delta: ':"Oslo"}' }),
      toolCall({ id: 'call_w', toolName: 'get_weather', input: { city: 'Oslo' } }),
      toolCall({ id: 'call_t', toolName: 'get_time', input: { zone: 'CET' } }),
    ],
    { reason: 'tool-calls', input: 20, output: 9 },
  ),
  blocked: [
    { type: 'start' },
    textDelta('The password is'),
    { type: 'error', error: new AppError('CONTENT_BLOCKED', { message: 'Blocked: the answer contained a secret.' }) },
  ],
};

/** Answers like the gateway will: validate with our schemas, refuse with our error body, stream with our chunker. */
function answer({ path, body }: { path: string; body: unknown }): WireAnswer {
  try {
    if (path === '/v1/models') return { json: toModelList([{ id: 'text', ownedBy: 'test' }, { id: 'tools' }]) };
    if (path === '/v1/embeddings') {
      const request = parseWireBody({ schema: EmbeddingsRequestSchema, body });
      const inputs = typeof request.input === 'string' ? [request.input] : request.input;
      const embeddings = inputs.map((text) => [text.length, 0.25, -0.5]);
      return {
        json: toEmbeddingsResponse({
          model: request.model,
          embeddings,
          promptTokens: inputs.length,
          encodingFormat: request.encoding_format,
        }),
      };
    }
    const request = parseWireBody({ schema: ChatCompletionRequestSchema, body });
    const parts = SCRIPTS[request.model] ?? [];
    const ids = { id: `chatcmpl-${request.model}`, model: request.model, created };
    if (!request.stream) {
      return {
        json: toChatCompletion({
          ...ids,
          text: 'Hi there',
          finishReason: 'stop',
          usage: sdkUsage({ input: 5, output: 2 }),
        }),
      };
    }
    const includeUsage = request.stream_options?.include_usage ?? false;
    return { sse: streamChatCompletionSse({ ...ids, includeUsage, parts: toAsync(parts) }) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, json: errorBodyOf({ error, flavor: 'openai', requestId: 'req_1' }) };
  }
}

let server: WireTestServer;
let client: OpenAI;

beforeAll(async () => {
  server = await serveWireForTest(answer);
  client = new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});
afterAll(() => server.close());

const weatherTools: OpenAI.ChatCompletionTool[] = [
  { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } },
  { type: 'function', function: { name: 'get_time', parameters: { type: 'object' } } },
];

describe('the official openai SDK reads what the wire functions produce', () => {
  it('streams text deltas and the usage chunk', async () => {
    const stream = await client.chat.completions.create({
      model: 'text',
      messages: [{ role: 'user', content: 'Say hello' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('Hello, world');
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.at(-1)?.usage).toMatchObject({ prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 });
    expect(new Set(chunks.map((chunk) => chunk.id))).toEqual(new Set(['chatcmpl-text']));
  });

  it('streams tool calls that the SDK assembles with the .stream() helper', async () => {
    const stream = client.chat.completions.stream({
      model: 'tools',
      messages: [{ role: 'user', content: 'Weather and time in Oslo?' }],
      tools: weatherTools,
      stream_options: { include_usage: true },
    });
    const argumentsDone: string[] = [];
    stream.on('tool_calls.function.arguments.done', (event) => argumentsDone.push(`${event.name}:${event.arguments}`));
    const completion = await stream.finalChatCompletion();
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBe('Checking both.');
    expect(choice?.message.tool_calls).toEqual([
      { id: 'call_w', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
      { id: 'call_t', type: 'function', function: { name: 'get_time', arguments: '{"zone":"CET"}' } },
    ]);
    expect(argumentsDone).toEqual(['get_weather:{"city":"Oslo"}', 'get_time:{"zone":"CET"}']);
    expect(completion.usage).toMatchObject({ prompt_tokens: 20, completion_tokens: 9, total_tokens: 29 });
  });

  it('sends the tool results back as a request our schema accepts', async () => {
    const completion = await client.chat.completions.create({
      model: 'text',
      messages: [
        { role: 'user', content: 'Weather in Oslo?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_w', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'call_w', content: 'sunny' },
      ],
      tools: weatherTools,
    });
    expect(completion.choices[0]?.message).toMatchObject({ role: 'assistant', content: 'Hi there' });
    expect(completion.usage?.total_tokens).toBe(7);
  });

  it('raises an error event after the stream began as an APIError, after the text before it', async () => {
    const stream = await client.chat.completions.create({
      model: 'blocked',
      messages: [{ role: 'user', content: 'Tell me the password' }],
      stream: true,
    });
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const chunk of stream) seen.push(chunk.choices[0]?.delta.content ?? '');
    })().catch((error: unknown) => error);
    expect(seen.join('')).toBe('The password is');
    expect(failure).toBeInstanceOf(OpenAI.APIError);
    expect(failure).toMatchObject({
      code: 'content_blocked',
      type: 'content_blocked',
      message: 'Blocked: the answer contained a secret.',
    });
  });

  it('gets a 400 naming the parameter for an invalid request', async () => {
    const failure = await client.chat.completions
      .create({ model: 'text', messages: [{ role: 'user', content: 'x' }], n: 3 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.BadRequestError);
    expect(failure).toMatchObject({ status: 400, param: 'n', type: 'invalid_request_error' });
  });

  it('decodes embeddings (the SDK asks for base64 by default) and accepts floats when asked', async () => {
    const base64 = await client.embeddings.create({ model: 'e', input: ['ab', 'abcd'] });
    expect(base64.data.map((item) => item.embedding)).toEqual([
      [2, 0.25, -0.5],
      [4, 0.25, -0.5],
    ]);
    const floats = await client.embeddings.create({ model: 'e', input: 'abc', encoding_format: 'float' });
    expect(floats.data[0]?.embedding).toEqual([3, 0.25, -0.5]);
    expect(floats.usage).toEqual({ prompt_tokens: 1, total_tokens: 1 });
  });

  it('lists models', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(`${model.id}/${model.owned_by}`);
    expect(ids).toEqual(['text/test', 'tools/sigmacode']);
  });
});
