import { HealthResponseSchema } from '@sigmacode/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';

const healthy = { status: 'ok', version: '0.1.0', db: 'ok', redis: 'disabled', uptimeS: 42 };

function respond(body: string, { status = 200, contentType = 'application/json' } = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, headers: { 'content-type': contentType } })),
  );
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchJson', () => {
  it('returns the body validated by the schema', async () => {
    respond(JSON.stringify(healthy));
    await expect(fetchJson({ path: '/api/health', schema: HealthResponseSchema })).resolves.toEqual(healthy);
  });

  it('returns an accepted error status as data', async () => {
    const degraded = { ...healthy, status: 'error', db: 'error', failing: ['db'] };
    respond(JSON.stringify(degraded), { status: 503 });
    const health = await fetchJson({ path: '/api/health', schema: HealthResponseSchema, acceptStatus: [503] });
    expect(health.failing).toEqual(['db']);
  });

  it('throws the console error body as a typed ApiError', async () => {
    const body = { error: { code: 'RATE_LIMITED', message: 'Slow down.', requestId: 'req_1' } };
    respond(JSON.stringify(body), { status: 429 });
    const error = await caught(fetchJson({ path: '/api/x', schema: HealthResponseSchema }));
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', message: 'Slow down.', requestId: 'req_1' });
  });

  it('reports a non-JSON answer (such as an SPA fallback page) as INVALID_RESPONSE', async () => {
    respond('<!doctype html><html></html>', { contentType: 'text/html' });
    const error = await caught(fetchJson({ path: '/api/health', schema: HealthResponseSchema }));
    expect(error.code).toBe('INVALID_RESPONSE');
  });

  it('reports a body that fails the schema as INVALID_RESPONSE', async () => {
    respond(JSON.stringify({ status: 'fine' }));
    const error = await caught(fetchJson({ path: '/api/health', schema: HealthResponseSchema }));
    expect(error.code).toBe('INVALID_RESPONSE');
  });

  it('reports an error status without a console body as HTTP_ERROR', async () => {
    respond('Bad Gateway', { status: 502, contentType: 'text/plain' });
    const error = await caught(fetchJson({ path: '/api/health', schema: HealthResponseSchema }));
    expect(error).toMatchObject({ status: 502, code: 'HTTP_ERROR' });
  });

  it('reports a failed connection as NETWORK_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    const error = await caught(fetchJson({ path: '/api/health', schema: HealthResponseSchema }));
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
