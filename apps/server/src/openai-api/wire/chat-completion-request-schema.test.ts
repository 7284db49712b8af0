import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { errorBodyOf } from '../../http/errors/render-error.js';
import { ChatCompletionRequestSchema } from './chat-completion-request-schema.js';
import { parseWireBody } from './parse-wire-body.js';

const user = { role: 'user', content: 'Hi' } as const;

/** The OpenAI error body a request body earns, as a `/v1/...` route would render it. */
function rejection(body: unknown) {
  try {
    parseWireBody({ schema: ChatCompletionRequestSchema, body });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, body: errorBodyOf({ error, flavor: 'openai', requestId: 'r' }) };
  }
  throw new Error('expected the body to be refused');
}

describe('ChatCompletionRequestSchema', () => {
  it('accepts a full OpenAI request and drops unknown fields', () => {
    const request = parseWireBody({
      schema: ChatCompletionRequestSchema,
      body: {
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'developer', content: [{ type: 'text', text: 'Use metric units.' }] },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is this?' },
              { type: 'image_url', image_url: { url: 'https://example.com/a.png', detail: 'low' } },
            ],
            name: 'ann',
          },
          {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }],
          },
          { role: 'tool', tool_call_id: 'call_1', content: '42' },
        ],
        stream: true,
        stream_options: { include_usage: true },
        max_tokens: 100,
        max_completion_tokens: 50,
        temperature: 0.2,
        top_p: 0.9,
        stop: ['END'],
        tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' }, strict: true } }],
        tool_choice: { type: 'function', function: { name: 'lookup' } },
        user: 'u-1',
        n: 1,
        response_format: { type: 'json_schema', json_schema: { name: 'out', schema: { type: 'object' } } },
        seed: 7,
        presence_penalty: 0.5,
        frequency_penalty: -0.5,
        logit_bias: { '50256': -100 },
        metadata: { anything: true },
      },
    });
    expect(request.messages).toHaveLength(5);
    expect(request.stream_options?.include_usage).toBe(true);
    expect(request.tool_choice).toEqual({ type: 'function', function: { name: 'lookup' } });
    expect(request).not.toHaveProperty('logit_bias');
    expect(request).not.toHaveProperty('metadata');
  });

  it('accepts the nulls some SDKs send for unset fields', () => {
    const result = ChatCompletionRequestSchema.safeParse({
      model: 'm',
      messages: [user],
      temperature: null,
      stop: null,
      tools: null,
      n: null,
      stream_options: null,
    });
    expect(result.success).toBe(true);
  });

  it.each([
    [{ model: 'm', messages: [user], n: 2 }, 'n', /Only n=1 is supported/],
    [{ model: 'm', messages: [user], temperature: 'hot' }, 'temperature', /expected number/],
    [{ model: 'm', messages: [user], temperature: 3 }, 'temperature', /<=2/],
    [{ model: 'm', messages: [user], max_tokens: 0 }, 'max_tokens', /Too small/],
    [{ model: 'm', messages: [user], stream: 'yes' }, 'stream', /expected boolean/],
    [{ model: 'm', messages: [user], stop: ['a', 'b', 'c', 'd', 'e'] }, 'stop', /up to 4/],
    [{ model: 'm', messages: [] }, 'messages', /Too small/],
    [{ messages: [user] }, 'model', /expected string/],
    [{ model: 'm', messages: [{ role: 'bot', content: 'x' }] }, 'messages.0.role', /one of system, developer/],
    [{ model: 'm', messages: [{ role: 'user', content: 5 }] }, 'messages.0.content', /string or an array/],
    [
      { model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'ftp://x' } }] }] },
      'messages.0.content.0.image_url.url',
      /http\(s\) URL/,
    ],
    [{ model: 'm', messages: [{ role: 'tool', content: 'x' }] }, 'messages.0.tool_call_id', /expected string/],
    [
      { model: 'm', messages: [user], tools: [{ type: 'function', function: { name: 'has space' } }] },
      'tools.0.function.name',
      /letters, digits/,
    ],
    [{ model: 'm', messages: [user], tool_choice: 'always' }, 'tool_choice', /"none", "auto", "required"/],
    [{ model: 'm', messages: [user], response_format: { type: 'xml' } }, 'response_format.type', /json_schema/],
  ])('refuses %j with 400 naming %s', (body, param, message) => {
    const { status, body: error } = rejection(body);
    expect(status).toBe(400);
    expect(error).toMatchObject({ error: { type: 'invalid_request_error', code: 'validation_failed', param } });
    expect(error).toHaveProperty('error.message', expect.stringMatching(message));
  });

  it('refuses a tool choice without tools, or naming a tool that is not there', () => {
    expect(rejection({ model: 'm', messages: [user], tool_choice: 'required' }).body).toMatchObject({
      error: { param: 'tool_choice' },
    });
    const named = rejection({
      model: 'm',
      messages: [user],
      tools: [{ type: 'function', function: { name: 'a' } }],
      tool_choice: { type: 'function', function: { name: 'b' } },
    });
    expect(named.body).toMatchObject({ error: { param: 'tool_choice.function.name' } });
  });

  it('refuses a tool message that answers no earlier assistant tool call', () => {
    const { body } = rejection({
      model: 'm',
      messages: [user, { role: 'tool', tool_call_id: 'call_404', content: 'x' }],
    });
    expect(body).toMatchObject({ error: { param: 'messages.1.tool_call_id' } });
    expect(JSON.stringify(body)).toContain('call_404');
  });
});
