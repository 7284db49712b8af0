import { describe, expect, it } from 'vitest';
import { embeddingModelFor, languageModelFor } from './model-for-id.js';

describe('languageModelFor / embeddingModelFor', () => {
  it('builds the built-in models without any configuration', () => {
    expect(languageModelFor({ id: 'sigmacode/echo' })).toMatchObject({ provider: 'sigmacode', modelId: 'echo' });
    expect(embeddingModelFor({ id: 'sigmacode/echo-embedding' })).toMatchObject({ modelId: 'echo-embedding' });
  });

  it('builds provider models from the matching configuration', () => {
    const model = languageModelFor({ id: 'openai/gpt-4o-mini', config: { type: 'openai', apiKey: 'k' } });
    expect(model.modelId).toBe('gpt-4o-mini');
    expect(languageModelFor({ id: 'claude-haiku-4-5', config: { type: 'anthropic', apiKey: 'k' } }).modelId).toBe(
      'claude-haiku-4-5',
    );
  });

  it('says NOT_CONFIGURED without a config, VALIDATION_FAILED for another provider’s, NOT_FOUND for unknown built-ins', () => {
    expect(() => languageModelFor({ id: 'openai/gpt-4o' })).toThrow(
      expect.objectContaining({ code: 'NOT_CONFIGURED' }),
    );
    expect(() => languageModelFor({ id: 'openai/gpt-4o', config: { type: 'mistral', apiKey: 'k' } })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => languageModelFor({ id: 'sigmacode/oracle' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => embeddingModelFor({ id: 'sigmacode/echo' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('reuses a built model for the same configuration object and model, never across configurations', () => {
    const config = { type: 'openai' as const, apiKey: 'k1' };
    const first = languageModelFor({ id: 'openai/gpt-4o-mini', config });
    expect(languageModelFor({ id: 'openai/gpt-4o-mini', config })).toBe(first);
    expect(languageModelFor({ id: 'openai/gpt-4o', config })).not.toBe(first);
    // A changed credential arrives as a new object: it gets a model of its own.
    expect(languageModelFor({ id: 'openai/gpt-4o-mini', config: { type: 'openai', apiKey: 'k2' } })).not.toBe(first);
    // A custom fetch makes a model of its own every time.
    const fetch = globalThis.fetch;
    expect(languageModelFor({ id: 'openai/gpt-4o-mini', config, fetch })).not.toBe(first);
  });
});
