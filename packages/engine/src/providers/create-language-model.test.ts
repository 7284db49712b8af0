import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import type { LanguageModelV3 } from '../model-types.js';
import { createEmbeddingModel } from './create-embedding-model.js';
import { createLanguageModel } from './create-language-model.js';
import type { ProviderConfig } from './provider-config.js';
import { PROVIDER_TYPES } from './registry.js';

interface CapturedRequest {
  url: string;
  headers: Headers;
  body: string;
}

/** A fetch that records the request and answers 400, so the SDK gives up without retrying or touching a network. */
function recordingFetch(): { fetch: typeof globalThis.fetch; requests: CapturedRequest[] } {
  const requests: CapturedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push({ url: request.url, headers: request.headers, body: await request.text() });
    return new Response(JSON.stringify({ error: { message: 'recorded' } }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, requests };
}

async function callOnce(model: LanguageModelV3): Promise<void> {
  const outcome = await Promise.resolve(
    model.doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hello' }] }] }),
  ).then(
    () => 'answered',
    () => 'failed',
  );
  expect(outcome).toBe('failed');
}

const CASES: Array<{ config: ProviderConfig; modelId: string; url: string; header: [string, string] }> = [
  {
    config: { type: 'openai', apiKey: 'k-openai', baseURL: 'https://proxy.test/v1' },
    modelId: 'gpt-4o-mini',
    url: 'https://proxy.test/v1/responses',
    header: ['authorization', 'Bearer k-openai'],
  },
  {
    config: { type: 'anthropic', apiKey: 'k-anthropic', baseURL: 'https://proxy.test/v1' },
    modelId: 'claude-haiku-4-5',
    url: 'https://proxy.test/v1/messages',
    header: ['x-api-key', 'k-anthropic'],
  },
  {
    config: { type: 'azure', apiKey: 'k-azure', resourceName: 'acme' },
    modelId: 'my-deployment',
    url: 'https://acme.openai.azure.com/openai/v1/responses',
    header: ['api-key', 'k-azure'],
  },
  {
    config: { type: 'google', apiKey: 'k-google', baseURL: 'https://proxy.test/v1beta' },
    modelId: 'gemini-2.5-flash',
    url: 'https://proxy.test/v1beta/models/gemini-2.5-flash:generateContent',
    header: ['x-goog-api-key', 'k-google'],
  },
  {
    config: { type: 'mistral', apiKey: 'k-mistral', baseURL: 'https://proxy.test/v1' },
    modelId: 'mistral-small-latest',
    url: 'https://proxy.test/v1/chat/completions',
    header: ['authorization', 'Bearer k-mistral'],
  },
  {
    config: { type: 'ollama', baseURL: 'http://ollama.test:11434/api', apiKey: 'k-ollama' },
    modelId: 'llama3.1:8b',
    url: 'http://ollama.test:11434/api/chat',
    header: ['authorization', 'Bearer k-ollama'],
  },
  {
    config: { type: 'openai-compatible', baseURL: 'https://vllm.test/v1', apiKey: 'k-compat', headers: { 'x-a': 'b' } },
    modelId: 'meta-llama/Llama-3.1-8B-Instruct',
    url: 'https://vllm.test/v1/chat/completions',
    header: ['x-a', 'b'],
  },
];

describe('createLanguageModel', () => {
  it('covers every provider type', () => {
    expect(CASES.map((c) => c.config.type).sort()).toEqual([...PROVIDER_TYPES].sort());
  });

  for (const { config, modelId, url, header } of CASES) {
    it(`builds a ${config.type} model without a network call, and calls its endpoint with the configured key`, async () => {
      const { fetch, requests } = recordingFetch();
      const model = createLanguageModel({ config, modelId, fetch });
      expect(model.specificationVersion).toBe('v3');
      expect(model.modelId).toBe(modelId);
      expect(requests).toHaveLength(0);

      await callOnce(model);
      expect(requests).toHaveLength(1);
      const [request] = requests;
      expect(request?.url.startsWith(url), `${request?.url} starts with ${url}`).toBe(true);
      expect(request?.headers.get(header[0])).toBe(header[1]);
      expect(request?.body).toContain('hello');
    });
  }

  it('refuses an unknown provider type as NOT_FOUND', () => {
    const error = catchError(() =>
      createLanguageModel({ config: { type: 'skynet', apiKey: 'x' } as unknown as ProviderConfig, modelId: 'm' }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('openai-compatible');
  });

  it('refuses a cloud provider without an API key, naming the field but never a value', () => {
    const error = catchError(() =>
      createLanguageModel({ config: { type: 'openai' } as unknown as ProviderConfig, modelId: 'gpt-4o' }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.issues).toEqual([expect.objectContaining({ path: 'apiKey' })]);
  });

  it('refuses unknown fields and bad URLs without echoing secrets', () => {
    const error = catchError(() =>
      createLanguageModel({
        config: {
          type: 'openai',
          apiKey: 'sk-secret-value',
          baseURL: 'ftp://x',
          org: 'y',
        } as unknown as ProviderConfig,
        modelId: 'gpt-4o',
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(error.details)).not.toContain('sk-secret-value');
    const paths = ((error.details?.issues ?? []) as Array<{ path: string }>).map((issue) => issue.path);
    expect(paths).toContain('baseURL');
  });

  it('requires Azure to name its resource or base URL', () => {
    const error = catchError(() =>
      createLanguageModel({ config: { type: 'azure', apiKey: 'k' } as ProviderConfig, modelId: 'deployment' }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
  });

  it('requires an OpenAI-compatible server to have a base URL', () => {
    const error = catchError(() =>
      createLanguageModel({ config: { type: 'openai-compatible' } as unknown as ProviderConfig, modelId: 'm' }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses malformed model ids', () => {
    for (const modelId of ['', ' gpt-4o', 'gpt 4o', '../etc', 'x'.repeat(201)]) {
      const error = catchError(() => createLanguageModel({ config: { type: 'openai', apiKey: 'k' }, modelId }));
      expect(error.code, JSON.stringify(modelId)).toBe('VALIDATION_FAILED');
    }
  });
});

describe('createEmbeddingModel', () => {
  it('builds embedding models for providers that offer them', async () => {
    const { fetch, requests } = recordingFetch();
    const model = createEmbeddingModel({
      config: { type: 'openai', apiKey: 'k', baseURL: 'https://proxy.test/v1' },
      modelId: 'text-embedding-3-small',
      fetch,
    });
    expect(model.specificationVersion).toBe('v3');
    await Promise.resolve(model.doEmbed({ values: ['a'] })).catch(() => undefined);
    expect(requests[0]?.url).toBe('https://proxy.test/v1/embeddings');
  });

  it('says NOT_FOUND for a provider without embeddings', () => {
    const error = catchError(() =>
      createEmbeddingModel({ config: { type: 'anthropic', apiKey: 'k' }, modelId: 'claude-haiku-4-5' }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});

function catchError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return expect.fail('expected an AppError');
}
