import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { PROVIDER_TYPES } from '../providers/registry.js';
import { CATALOG_PROVIDERS, CatalogEntrySchema } from './catalog-entry.js';
import { findCatalogEntry, getCatalogEntry, listCatalogEntries, MODEL_CATALOG } from './model-catalog.js';
import { resolveModelId } from './resolve-model-id.js';

describe('MODEL_CATALOG', () => {
  it('holds only valid entries with unique ids', () => {
    for (const entry of MODEL_CATALOG) {
      const parsed = CatalogEntrySchema.safeParse(entry);
      expect(parsed.success, `${entry.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    const ids = MODEL_CATALOG.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('knows every provider type of the engine, and sigmacode', () => {
    expect([...CATALOG_PROVIDERS].sort()).toEqual([...PROVIDER_TYPES, 'sigmacode'].sort());
  });

  it('prices every LLM in whole platform tokens, at least one per 1,000 prompt tokens; development models are free', () => {
    for (const { id, prices, capabilities, maxOutputTokens, contextWindow, isLLM } of MODEL_CATALOG) {
      if (!isLLM) {
        expect(prices, id).toEqual({ promptPer1K: 0, completionPer1K: 0 });
        continue;
      }
      expect(prices.promptPer1K, id).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(prices.completionPer1K), id).toBe(true);
      expect(maxOutputTokens, id).toBeLessThanOrEqual(contextWindow);
      if (capabilities.embeddings) expect(maxOutputTokens, id).toBe(0);
      else expect(prices.completionPer1K, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('lists sigmacode/echo as a development model that is not an LLM', () => {
    const echo = getCatalogEntry('sigmacode/echo');
    expect(echo.isLLM).toBe(false);
    expect(echo.description).toMatch(/development model, not an LLM/);
    expect(echo.capabilities).toMatchObject({ chat: true, tools: true, streaming: true });
    expect(MODEL_CATALOG.filter((entry) => !entry.isLLM).every((entry) => entry.provider === 'sigmacode')).toBe(true);
  });

  it('filters by capability', () => {
    const embeddings = listCatalogEntries({ capabilities: ['embeddings'] });
    expect(embeddings.map((entry) => entry.id)).toContain('openai/text-embedding-3-small');
    expect(embeddings.every((entry) => !entry.capabilities.chat)).toBe(true);
    expect(listCatalogEntries()).toHaveLength(MODEL_CATALOG.length);
  });

  it('answers NOT_FOUND for a model it does not list', () => {
    expect(findCatalogEntry('openai/gpt-2')).toBeUndefined();
    expect(() => getCatalogEntry('openai/gpt-2')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('resolveModelId', () => {
  it('splits provider/model at the first slash', () => {
    expect(resolveModelId('openai/gpt-4o')).toEqual({ provider: 'openai', model: 'gpt-4o' });
    expect(resolveModelId('sigmacode/echo')).toEqual({ provider: 'sigmacode', model: 'echo' });
    expect(resolveModelId('openai-compatible/meta-llama/Llama-3.1-8B-Instruct')).toEqual({
      provider: 'openai-compatible',
      model: 'meta-llama/Llama-3.1-8B-Instruct',
    });
    expect(resolveModelId('ollama/llama3.1:70b')).toEqual({ provider: 'ollama', model: 'llama3.1:70b' });
  });

  it('resolves a bare model id through the catalog when one provider offers it', () => {
    expect(resolveModelId('gpt-4o-mini')).toEqual({ provider: 'openai', model: 'gpt-4o-mini' });
    expect(resolveModelId('echo')).toEqual({ provider: 'sigmacode', model: 'echo' });
  });

  it('refuses unknown providers and models as NOT_FOUND, malformed ids as VALIDATION_FAILED', () => {
    expect(codeOf(() => resolveModelId('skynet/t-800'))).toBe('NOT_FOUND');
    expect(codeOf(() => resolveModelId('gpt-2'))).toBe('NOT_FOUND');
    expect(codeOf(() => resolveModelId('openai/'))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => resolveModelId(''))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => resolveModelId('openai/gpt 4o'))).toBe('VALIDATION_FAILED');
  });
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}
