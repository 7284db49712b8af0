import { streamText } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCompletionRequestSchema } from './chat-completion-request-schema.js';
import { parseWireBody } from './parse-wire-body.js';
import { streamChatCompletionSse } from './stream-chat-completion-sse.js';
import { type ModelStreamPart, modelFinish, streamingModel } from './test-support/mock-models.js';
import { serveWireForTest, type WireTestServer } from './test-support/serve-wire-for-test.js';
import { toCallSettings } from './to-call-settings.js';
import { toModelMessages } from './to-model-messages.js';
import { toToolChoice, toToolSet } from './to-tool-set.js';

// The whole path with a real `streamText`: SDK request → schema → AI SDK call → fullStream → chunks → SDK.

const PROVIDER_STREAM: ModelStreamPart[] = [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: 't1' },
  { type: 'text-delta', id: 't1', delta: 'Let me ' },
  { type: 'text-delta', id: 't1', delta: 'look.' },
  { type: 'text-end', id: 't1' },
  { type: 'tool-input-start', id: 'call_9', toolName: 'search' },
  { type: 'tool-input-delta', id: 'call_9', delta: '{"query":' },
  { type: 'tool-input-delta', id: 'call_9', delta: '"zod v4"}' },
  { type: 'tool-input-end', id: 'call_9' },
  { type: 'tool-call', toolCallId: 'call_9', toolName: 'search', input: '{"query":"zod v4"}' },
  modelFinish({ reason: 'tool-calls', input: 30, output: 8 }),
];

const model = streamingModel(PROVIDER_STREAM);
let server: WireTestServer;

beforeAll(async () => {
  server = await serveWireForTest(({ body }) => {
    const request = parseWireBody({ schema: ChatCompletionRequestSchema, body });
    const tools = toToolSet(request.tools);
    const toolChoice = toToolChoice(request.tool_choice);
    const result = streamText({
      model,
      ...toModelMessages(request),
      ...toCallSettings(request),
      ...(tools ? { tools } : {}),
      ...(toolChoice ? { toolChoice } : {}),
    });
    return {
      sse: streamChatCompletionSse({
        id: 'chatcmpl-e2e',
        model: request.model,
        created: 1_700_000_000,
        includeUsage: request.stream_options?.include_usage ?? false,
        parts: result.fullStream,
      }),
    };
  });
});
afterAll(() => server.close());

describe('streamText through the chunker to the official openai SDK', () => {
  it('delivers the text, the streamed tool call and the usage, and the model got the request', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
    const stream = client.chat.completions.stream({
      model: 'gpt-e2e',
      messages: [
        { role: 'system', content: 'You search.' },
        { role: 'user', content: 'Find zod v4 docs' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'search',
            parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
          },
        },
      ],
      tool_choice: 'auto',
      max_completion_tokens: 64,
      temperature: 0.3,
      stream_options: { include_usage: true },
    });
    const completion = await stream.finalChatCompletion();

    expect(completion.model).toBe('gpt-e2e');
    expect(completion.choices[0]).toMatchObject({
      finish_reason: 'tool_calls',
      message: {
        role: 'assistant',
        content: 'Let me look.',
        tool_calls: [{ id: 'call_9', type: 'function', function: { name: 'search', arguments: '{"query":"zod v4"}' } }],
      },
    });
    expect(completion.usage).toMatchObject({ prompt_tokens: 30, completion_tokens: 8, total_tokens: 38 });

    const call = model.doStreamCalls[0];
    expect(call?.maxOutputTokens).toBe(64);
    expect(call?.temperature).toBe(0.3);
    expect(call?.toolChoice).toEqual({ type: 'auto' });
    expect(call?.prompt).toEqual([
      { role: 'system', content: 'You search.' },
      { role: 'user', content: [{ type: 'text', text: 'Find zod v4 docs' }] },
    ]);
  });
});
