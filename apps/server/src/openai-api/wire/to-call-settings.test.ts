import { describe, expect, it } from 'vitest';
import { ChatCompletionRequestSchema } from './chat-completion-request-schema.js';
import { toCallSettings, toResponseFormatHint } from './to-call-settings.js';

const base = { model: 'm', messages: [{ role: 'user', content: 'x' }] };
const parse = (extra: Record<string, unknown>) => ChatCompletionRequestSchema.parse({ ...base, ...extra });

describe('toCallSettings', () => {
  it('maps every sampling field and leaves out what the client did not set', () => {
    expect(toCallSettings(parse({}))).toEqual({});
    expect(
      toCallSettings(
        parse({
          max_tokens: 100,
          temperature: 0,
          top_p: 0.5,
          stop: 'END',
          seed: 3,
          presence_penalty: 1,
          frequency_penalty: -1,
        }),
      ),
    ).toEqual({
      maxOutputTokens: 100,
      temperature: 0,
      topP: 0.5,
      stopSequences: ['END'],
      seed: 3,
      presencePenalty: 1,
      frequencyPenalty: -1,
    });
  });

  it('prefers max_completion_tokens over max_tokens and ignores nulls', () => {
    expect(toCallSettings(parse({ max_tokens: 100, max_completion_tokens: 20, temperature: null }))).toEqual({
      maxOutputTokens: 20,
    });
    expect(toCallSettings(parse({ stop: ['a', 'b'] }))).toEqual({ stopSequences: ['a', 'b'] });
  });
});

describe('toResponseFormatHint', () => {
  it('passes response_format through as a hint', () => {
    expect(toResponseFormatHint(parse({}))).toBeUndefined();
    expect(toResponseFormatHint(parse({ response_format: { type: 'text' } }))).toEqual({ type: 'text' });
    expect(toResponseFormatHint(parse({ response_format: { type: 'json_object' } }))).toEqual({ type: 'json' });
    const schema = { type: 'object', properties: { a: { type: 'number' } } };
    expect(
      toResponseFormatHint(
        parse({ response_format: { type: 'json_schema', json_schema: { name: 'out', description: 'd', schema } } }),
      ),
    ).toEqual({ type: 'json', name: 'out', description: 'd', schema });
  });
});
