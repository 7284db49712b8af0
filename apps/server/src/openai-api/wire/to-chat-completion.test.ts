import { describe, expect, it } from 'vitest';
import { ChatCompletionSchema } from './chat-completion-response-schemas.js';
import { sdkUsage } from './test-support/scripted-parts.js';
import { toChatCompletion } from './to-chat-completion.js';

const ids = { id: 'chatcmpl-9', model: 'gpt-test', created: 1_700_000_000 };

describe('toChatCompletion', () => {
  it('answers text with usage', () => {
    const completion = toChatCompletion({
      ...ids,
      text: 'Hello!',
      finishReason: 'stop',
      usage: sdkUsage({ input: 9, output: 3, cached: 4 }),
    });
    expect(ChatCompletionSchema.parse(completion)).toEqual({
      ...ids,
      object: 'chat.completion',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hello!', refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: 9,
        completion_tokens: 3,
        total_tokens: 12,
        prompt_tokens_details: { cached_tokens: 4 },
        completion_tokens_details: { reasoning_tokens: 0 },
      },
    });
  });

  it('answers tool calls with content null and finish_reason tool_calls', () => {
    const completion = toChatCompletion({
      ...ids,
      text: '',
      toolCalls: [
        { toolCallId: 'call_1', toolName: 'get_weather', input: { city: 'Oslo' } },
        { toolCallId: 'call_2', toolName: 'broken', input: '{not json' },
      ],
      finishReason: 'tool-calls',
      usage: sdkUsage({ input: 1, output: 2 }),
    });
    expect(completion.choices[0]?.message).toEqual({
      role: 'assistant',
      content: null,
      refusal: null,
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
        { id: 'call_2', type: 'function', function: { name: 'broken', arguments: '{not json' } },
      ],
    });
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('counts unknown usage as 0 and reports length and content filter endings', () => {
    const unknownUsage = {
      inputTokens: undefined,
      inputTokenDetails: { noCacheTokens: undefined, cacheReadTokens: undefined, cacheWriteTokens: undefined },
      outputTokens: undefined,
      outputTokenDetails: { textTokens: undefined, reasoningTokens: undefined },
      totalTokens: undefined,
    };
    const cut = toChatCompletion({ ...ids, text: 'abc', finishReason: 'length', usage: unknownUsage });
    expect(cut.usage).toMatchObject({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
    expect(cut.choices[0]?.finish_reason).toBe('length');
    const filtered = toChatCompletion({ ...ids, text: '', finishReason: 'content-filter', usage: unknownUsage });
    expect(filtered.choices[0]).toMatchObject({ message: { content: '' }, finish_reason: 'content_filter' });
  });
});
