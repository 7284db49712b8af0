import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { type ChatCompletionChunk, ChatCompletionChunkSchema } from './chat-completion-response-schemas.js';
import {
  type ChatCompletionChunkerOptions,
  type ChatCompletionStreamEvent,
  createChatCompletionChunker,
} from './create-chat-completion-chunker.js';
import {
  finishPart,
  type StreamPart,
  scriptedStream,
  textDelta,
  toolCall,
  toolInputDelta,
  toolInputStart,
} from './test-support/scripted-parts.js';

const ids = { id: 'chatcmpl-test', model: 'gpt-test', created: 1_700_000_000 };

function run(parts: StreamPart[], options: Partial<ChatCompletionChunkerOptions> = {}) {
  const chunker = createChatCompletionChunker({ ...ids, ...options });
  const events = parts.flatMap((part) => chunker.push(part));
  return { events, state: chunker.state };
}

/** Chunks as plain deltas and finish reasons, after checking each one is a well-formed chunk of this stream. */
function choicesOf(events: ChatCompletionStreamEvent[]) {
  return events.map((event) => {
    const chunk = ChatCompletionChunkSchema.parse(event);
    expect(chunk).toMatchObject({ ...ids, object: 'chat.completion.chunk' });
    return chunk.choices.map(({ delta, finish_reason }) => ({ delta, finish_reason }));
  });
}

describe('createChatCompletionChunker', () => {
  it('streams text as OpenAI does: a role chunk, content deltas, then an empty delta with the finish reason', () => {
    const { events, state } = run(
      scriptedStream([
        { type: 'text-start', id: 't' },
        textDelta('Hel'),
        textDelta(''),
        textDelta('lo'),
        { type: 'text-end', id: 't' },
        { type: 'reasoning-delta', id: 'r', text: 'thinking' },
      ]),
    );
    expect(state).toBe('finished');
    expect(choicesOf(events)).toEqual([
      [{ delta: { role: 'assistant', content: '', refusal: null }, finish_reason: null }],
      [{ delta: { content: 'Hel' }, finish_reason: null }],
      [{ delta: { content: 'lo' }, finish_reason: null }],
      [{ delta: {}, finish_reason: 'stop' }],
    ]);
    for (const event of events) {
      expect(event).not.toHaveProperty('usage');
      expect(event).toHaveProperty('choices.0.logprobs', null);
    }
  });

  it('with includeUsage, sends usage: null on every chunk and a last usage chunk without choices', () => {
    const { events } = run([textDelta('Hi'), finishPart({ input: 11, output: 4, cached: 3, reasoning: 1 })], {
      includeUsage: true,
    });
    expect(events).toHaveLength(4);
    for (const event of events.slice(0, 3)) expect(event).toHaveProperty('usage', null);
    expect(events[3]).toEqual({
      ...ids,
      object: 'chat.completion.chunk',
      choices: [],
      usage: {
        prompt_tokens: 11,
        completion_tokens: 4,
        total_tokens: 15,
        prompt_tokens_details: { cached_tokens: 3 },
        completion_tokens_details: { reasoning_tokens: 1 },
      },
    });
  });

  it('streams tool calls: each named once with index, id and name, then its argument deltas', () => {
    const { events } = run(
      scriptedStream(
        [
          toolInputStart({ id: 'call_a', toolName: 'get_weather' }),
          toolInputDelta({ id: 'call_a', delta: '{"city":' }),
          toolInputDelta({ id: 'call_a', delta: '"Oslo"}' }),
          { type: 'tool-input-end', id: 'call_a' },
          toolCall({ id: 'call_a', toolName: 'get_weather', input: { city: 'Oslo' } }),
          toolInputStart({ id: 'call_b', toolName: 'get_time' }),
          toolInputDelta({ id: 'call_b', delta: '{}' }),
          toolCall({ id: 'call_b', toolName: 'get_time', input: {} }),
        ],
        { reason: 'tool-calls' },
      ),
    );
    expect(choicesOf(events)).toEqual([
      [
        {
          delta: {
            role: 'assistant',
            content: null,
            refusal: null,
            tool_calls: [
              { index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } },
            ],
          },
          finish_reason: null,
        },
      ],
      [{ delta: { tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }, finish_reason: null }],
      [{ delta: { tool_calls: [{ index: 0, function: { arguments: '"Oslo"}' } }] }, finish_reason: null }],
      [
        {
          delta: {
            tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '' } }],
          },
          finish_reason: null,
        },
      ],
      [{ delta: { tool_calls: [{ index: 1, function: { arguments: '{}' } }] }, finish_reason: null }],
      [{ delta: {}, finish_reason: 'tool_calls' }],
    ]);
  });

  it('sends a tool call that arrives whole in one chunk, after text, with the raw text of an invalid input', () => {
    const { events } = run(
      scriptedStream([
        textDelta('Let me check.'),
        toolCall({ id: 'call_1', toolName: 'lookup', input: { q: 'x', n: 2 } }),
        toolInputStart({ id: 'call_2', toolName: 'lookup' }),
        toolCall({ id: 'call_2', toolName: 'lookup', input: '{broken' }),
      ]),
    );
    const choices = choicesOf(events);
    expect(choices[0]?.[0]?.delta).toEqual({ role: 'assistant', content: '', refusal: null });
    expect(choices[2]?.[0]?.delta).toEqual({
      tool_calls: [
        { index: 0, id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x","n":2}' } },
      ],
    });
    expect(choices[3]?.[0]?.delta).toEqual({
      tool_calls: [{ index: 1, id: 'call_2', type: 'function', function: { name: 'lookup', arguments: '' } }],
    });
    expect(choices[4]?.[0]?.delta).toEqual({ tool_calls: [{ index: 1, function: { arguments: '{broken' } }] });
    // The provider said "stop", but the client has tools to run.
    expect(choices.at(-1)).toEqual([{ delta: {}, finish_reason: 'tool_calls' }]);
  });

  it('waits for the JSON arguments of a tool whose input streams as raw text', () => {
    const { events } = run(
      scriptedStream([
        { type: 'tool-input-start', id: 'call_t', toolName: 'shell', inputEncoding: 'text' },
        toolInputDelta({ id: 'call_t', delta: 'ls -la' }),
        toolCall({ id: 'call_t', toolName: 'shell', input: { command: 'ls -la' } }),
      ]),
    );
    expect(choicesOf(events).map((choices) => choices[0]?.delta.tool_calls?.[0]?.function?.arguments)).toEqual([
      '',
      '{"command":"ls -la"}',
      undefined,
    ]);
  });

  it('leaves out tools the provider executed itself', () => {
    const { events } = run(
      scriptedStream([
        { type: 'tool-input-start', id: 'ws', toolName: 'web_search', providerExecuted: true },
        { type: 'tool-call', toolCallId: 'ws', toolName: 'web_search', input: {}, providerExecuted: true },
        textDelta('Found it.'),
      ]),
    );
    expect(JSON.stringify(events)).not.toContain('web_search');
    expect(choicesOf(events).at(-1)).toEqual([{ delta: {}, finish_reason: 'stop' }]);
  });

  it.each([
    ['length', 'length'],
    ['content-filter', 'content_filter'],
    ['tool-calls', 'tool_calls'],
    ['other', 'stop'],
    ['stop', 'stop'],
  ] as const)('maps finish reason %s to %s', (reason, expected) => {
    const { events } = run([textDelta('x'), finishPart({ reason })]);
    expect((events.at(-1) as ChatCompletionChunk).choices[0]?.finish_reason).toBe(expected);
  });

  it('still opens with the role when the model said nothing', () => {
    const { events } = run(scriptedStream([]));
    expect(choicesOf(events)).toEqual([
      [{ delta: { role: 'assistant', content: '', refusal: null }, finish_reason: null }],
      [{ delta: {}, finish_reason: 'stop' }],
    ]);
  });

  it('turns an error part into one OpenAI error event without leaking the cause, and stops', () => {
    const { events, state } = run([
      textDelta('Hi'),
      { type: 'error', error: new Error('ECONNRESET at 10.0.0.7:443') },
      textDelta('more'),
      finishPart({ reason: 'error' }),
    ]);
    expect(state).toBe('failed');
    expect(events).toHaveLength(3);
    expect(events[2]).toEqual({
      error: {
        message: 'The model failed while answering.',
        type: 'server_error',
        code: 'upstream_failed',
        param: null,
      },
    });
  });

  it('keeps an AppError as it is (a firewall block is content_blocked) and lets the caller map other errors', () => {
    const blocked = run([{ type: 'error', error: new AppError('CONTENT_BLOCKED', { message: 'Blocked by policy.' }) }]);
    expect(blocked.events).toEqual([
      { error: { message: 'Blocked by policy.', type: 'content_blocked', code: 'content_blocked', param: null } },
    ]);
    const mapped = run([{ type: 'error', error: { statusCode: 429 } }], {
      toAppError: () => new AppError('RATE_LIMITED', { message: 'Slow down.' }),
    });
    expect(mapped.events).toEqual([
      { error: { message: 'Slow down.', type: 'rate_limit_error', code: 'rate_limited', param: null } },
    ]);
  });

  it('ends quietly on abort', () => {
    const { events, state } = run([textDelta('Hi'), { type: 'abort' }, textDelta('more'), finishPart({})]);
    expect(state).toBe('aborted');
    expect(events).toHaveLength(2);
  });
});
