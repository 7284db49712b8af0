import { streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { modelFinish, streamingModel } from './test-support/mock-models.js';
import { toToolChoice, toToolSet } from './to-tool-set.js';

const weather = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Current weather',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    strict: true,
  },
};
const ping = { type: 'function' as const, function: { name: 'ping' } };

describe('toToolSet', () => {
  it('is undefined without tools', () => {
    expect(toToolSet(undefined)).toBeUndefined();
    expect(toToolSet(null)).toBeUndefined();
    expect(toToolSet([])).toBeUndefined();
  });

  it('gives the model each function with its JSON schema, and returns its tool calls unexecuted', async () => {
    const tools = toToolSet([weather, ping]) ?? {};
    expect(Object.keys(tools)).toEqual(['get_weather', 'ping']);
    expect(tools.get_weather?.execute).toBeUndefined();

    const model = streamingModel([
      { type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', input: '{"city":"Oslo"}' },
      modelFinish({ reason: 'tool-calls' }),
    ]);
    const result = streamText({
      model,
      prompt: 'Weather in Oslo?',
      tools,
      toolChoice: toToolChoice({ type: 'function', function: { name: 'get_weather' } }),
    });
    const parts = [];
    for await (const part of result.fullStream) parts.push(part);

    const call = model.doStreamCalls[0];
    expect(call?.tools).toEqual([
      {
        type: 'function',
        name: 'get_weather',
        description: 'Current weather',
        inputSchema: weather.function.parameters,
        strict: true,
      },
      { type: 'function', name: 'ping', inputSchema: { type: 'object', properties: {} } },
    ]);
    expect(call?.toolChoice).toEqual({ type: 'tool', toolName: 'get_weather' });
    expect(parts.filter((part) => part.type === 'tool-call')).toEqual([
      expect.objectContaining({ toolCallId: 'call_1', toolName: 'get_weather', input: { city: 'Oslo' } }),
    ]);
    expect(parts.some((part) => part.type === 'tool-result' || part.type === 'tool-error')).toBe(false);
    expect(await result.finishReason).toBe('tool-calls');
  });
});

describe('toToolChoice', () => {
  it('maps the string choices as they are and a named function to a named tool', () => {
    expect(toToolChoice(undefined)).toBeUndefined();
    expect(toToolChoice('auto')).toBe('auto');
    expect(toToolChoice('none')).toBe('none');
    expect(toToolChoice('required')).toBe('required');
    expect(toToolChoice({ type: 'function', function: { name: 'ping' } })).toEqual({ type: 'tool', toolName: 'ping' });
  });
});
