import { AppError } from '@sigmacode/core';
import { generateText, modelMessageSchema } from 'ai';
import { describe, expect, it } from 'vitest';
import { type ChatCompletionRequest, ChatCompletionRequestSchema } from './chat-completion-request-schema.js';
import { generatingModel } from './test-support/mock-models.js';
import { toModelMessages } from './to-model-messages.js';
import { toToolSet } from './to-tool-set.js';

const PNG = 'iVBORw0KGgo=';

function request(messages: unknown[]): ChatCompletionRequest {
  return ChatCompletionRequestSchema.parse({ model: 'm', messages });
}

const conversation = request([
  { role: 'system', content: 'Be brief.' },
  {
    role: 'developer',
    content: [
      { type: 'text', text: 'Use ' },
      { type: 'text', text: 'metric.' },
    ],
  },
  {
    role: 'user',
    content: [
      { type: 'text', text: 'Weather here?' },
      { type: 'image_url', image_url: { url: 'https://example.com/sky.png', detail: 'high' } },
      { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
    ],
  },
  {
    role: 'assistant',
    content: 'Checking.',
    tool_calls: [
      { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Berlin"}' } },
      { id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{not json' } },
    ],
  },
  { role: 'tool', tool_call_id: 'call_b', content: '12:00' },
  { role: 'tool', tool_call_id: 'call_a', content: [{ type: 'text', text: 'sunny' }] },
  { role: 'system', content: 'Answer in German.' },
  { role: 'assistant', content: [{ type: 'refusal', refusal: 'I cannot.' }] },
]);

describe('toModelMessages', () => {
  it('extracts the leading system and developer messages as the system prompt', () => {
    const { system, messages } = toModelMessages(conversation);
    expect(system).toBe('Be brief.\n\nUse metric.');
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'tool', 'system', 'assistant']);
    expect(messages[3]).toEqual({ role: 'system', content: 'Answer in German.' });
  });

  it('maps text and image parts (URLs stay URLs, data URLs become base64 with their media type)', () => {
    const [user] = toModelMessages(conversation).messages;
    expect(user).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Weather here?' },
        {
          type: 'image',
          image: new URL('https://example.com/sky.png'),
          providerOptions: { openai: { imageDetail: 'high' } },
        },
        { type: 'image', image: PNG, mediaType: 'image/png' },
      ],
    });
  });

  it('maps assistant tool calls with parsed arguments, keeping unparsable ones as text', () => {
    const assistant = toModelMessages(conversation).messages[1];
    expect(assistant).toEqual({
      role: 'assistant',
      content: [
        { type: 'text', text: 'Checking.' },
        { type: 'tool-call', toolCallId: 'call_a', toolName: 'get_weather', input: { city: 'Berlin' } },
        { type: 'tool-call', toolCallId: 'call_b', toolName: 'get_time', input: '{not json' },
      ],
    });
  });

  it('turns consecutive tool messages into one tool message, each result named after its call', () => {
    const tool = toModelMessages(conversation).messages[2];
    expect(tool).toEqual({
      role: 'tool',
      content: [
        { type: 'tool-result', toolCallId: 'call_b', toolName: 'get_time', output: { type: 'text', value: '12:00' } },
        {
          type: 'tool-result',
          toolCallId: 'call_a',
          toolName: 'get_weather',
          output: { type: 'text', value: 'sunny' },
        },
      ],
    });
  });

  it('keeps a refusal the client echoes as assistant text, and plain strings as they are', () => {
    const { messages } = toModelMessages(conversation);
    expect(messages[4]).toEqual({ role: 'assistant', content: [{ type: 'text', text: 'I cannot.' }] });
    const simple = toModelMessages(request([{ role: 'user', content: 'Hi' }]));
    expect(simple).toEqual({ system: undefined, messages: [{ role: 'user', content: 'Hi' }] });
  });

  it('produces messages the AI SDK accepts and hands to the model as its prompt', async () => {
    const { system, messages } = toModelMessages(conversation);
    for (const message of messages) expect(modelMessageSchema.safeParse(message).success).toBe(true);

    const model = generatingModel('ok');
    const tools = toToolSet([
      { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } },
      { type: 'function', function: { name: 'get_time' } },
    ]);
    const result = await generateText({
      model,
      system,
      messages,
      allowSystemInMessages: true,
      ...(tools ? { tools } : {}),
    });
    expect(result.text).toBe('ok');
    const prompt = model.doGenerateCalls[0]?.prompt ?? [];
    expect(prompt[0]).toEqual({ role: 'system', content: 'Be brief.\n\nUse metric.' });
    const toolMessage = prompt.find((message) => message.role === 'tool');
    expect(toolMessage?.content).toEqual([
      expect.objectContaining({ type: 'tool-result', toolCallId: 'call_b', toolName: 'get_time' }),
      expect.objectContaining({ type: 'tool-result', toolCallId: 'call_a', toolName: 'get_weather' }),
    ]);
  });

  it('refuses a tool result without a matching call even when the schema was bypassed', () => {
    const unchecked = {
      messages: [{ role: 'tool' as const, tool_call_id: 'call_x', content: 'x' }],
    };
    expect(() => toModelMessages(unchecked)).toThrow(AppError);
    try {
      toModelMessages(unchecked);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: 'messages.0.tool_call_id' }] },
      });
    }
  });
});
