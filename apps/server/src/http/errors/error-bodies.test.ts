import { createRoute, z } from '@hono/zod-openapi';
import { ConsoleErrorBodySchema, DifyErrorBodySchema, OpenAIErrorBodySchema } from '@sigmacode/core';
import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.js';

const pglite = testEngines()[0];
if (!pglite) throw new Error('no test engine');

let database: Database;
beforeAll(async () => {
  database = await pglite.create();
});
afterAll(async () => {
  await database.close();
});

/** The app with one extra validated route per API, to exercise validation errors end to end. */
function appWithEchoRoutes() {
  const app = buildTestApp({ database, config: { maxBodyBytes: 2048 } });
  for (const path of ['/api/echo', '/v1/echo', '/api/dify/v1/echo']) {
    app.openapi(
      createRoute({
        method: 'post',
        path,
        request: { body: { content: { 'application/json': { schema: z.object({ name: z.string().min(2) }) } } } },
        responses: { 200: { description: 'echo' } },
      }),
      (c) => c.json(c.req.valid('json')),
    );
  }
  // A handler that answers with a Response of its own (as the streaming routes do), not through c.json.
  app.get('/v1/raw', () => new Response('data: hi\n\n', { headers: { 'Content-Type': 'text/event-stream' } }));
  app.get('/api/boom', () => {
    throw new Error('database password is hunter2');
  });
  return app;
}

describe('error bodies', () => {
  it('console routes answer { error: { code, message, requestId } } with the request id echoed', async () => {
    const res = await appWithEchoRoutes().request('/api/nope', { headers: { 'X-Request-Id': 'trace-123' } });
    expect(res.status).toBe(404);
    const body = ConsoleErrorBodySchema.strict().parse(await res.json());
    expect(body.error).toMatchObject({ code: 'NOT_FOUND', requestId: 'trace-123' });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
  });

  it('OpenAI-compatible routes answer in OpenAI shape', async () => {
    const res = await appWithEchoRoutes().request('/v1/nope');
    expect(res.status).toBe(404);
    const body = OpenAIErrorBodySchema.parse(await res.json());
    expect(body.error).toMatchObject({ type: 'not_found_error', code: 'not_found' });
  });

  it('Dify-compatible routes answer in Dify shape', async () => {
    const res = await appWithEchoRoutes().request('/api/dify/v1/nope');
    expect(res.status).toBe(404);
    expect(DifyErrorBodySchema.strict().parse(await res.json())).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('a validation failure names the field, in each API shape', async () => {
    const app = appWithEchoRoutes();
    const post = (path: string) =>
      app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'x' }),
      });
    const consoleRes = await post('/api/echo');
    expect(consoleRes.status).toBe(400);
    const consoleBody = ConsoleErrorBodySchema.parse(await consoleRes.json());
    expect(consoleBody.error.code).toBe('VALIDATION_FAILED');
    expect(consoleBody.error.details).toMatchObject({ issues: [{ path: 'name' }] });

    const openaiRes = await post('/v1/echo');
    expect(openaiRes.status).toBe(400);
    expect(OpenAIErrorBodySchema.parse(await openaiRes.json()).error).toMatchObject({
      type: 'invalid_request_error',
      code: 'validation_failed',
      param: 'name',
    });

    const difyRes = await post('/api/dify/v1/echo');
    expect(difyRes.status).toBe(400);
    expect(DifyErrorBodySchema.parse(await difyRes.json())).toMatchObject({ code: 'invalid_param', status: 400 });
  });

  it('malformed JSON is a 400, not a 500', async () => {
    const res = await appWithEchoRoutes().request('/api/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    expect(ConsoleErrorBodySchema.parse(await res.json()).error.code).toBe('BAD_REQUEST');
  });

  it('a body over the limit is refused with 413 while it streams in', async () => {
    const res = await appWithEchoRoutes().request('/api/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(4096) }),
    });
    expect(res.status).toBe(413);
    expect(ConsoleErrorBodySchema.parse(await res.json()).error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: { maxBytes: 2048 },
    });
  });

  it('a body whose Content-Length is over the limit is refused with 413 before it is read', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(4096) });
    const res = await appWithEchoRoutes().request('/api/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
      body,
    });
    expect(res.status).toBe(413);
    expect(ConsoleErrorBodySchema.parse(await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    const small = JSON.stringify({ name: 'ada' });
    const fine = await appWithEchoRoutes().request('/api/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(small.length) },
      body: small,
    });
    expect(fine.status).toBe(200);
  });

  it('an unexpected error is a 500 that reveals nothing of its cause', async () => {
    const res = await appWithEchoRoutes().request('/api/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(ConsoleErrorBodySchema.parse(JSON.parse(text)).error.code).toBe('INTERNAL');
  });

  it('sets security headers on every response', async () => {
    const res = await appWithEchoRoutes().request('/api/nope');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('lets any origin call the OpenAI-compatible API but only allowed origins the console API', async () => {
    const app = appWithEchoRoutes();
    const preflight = (path: string, origin: string) =>
      app.request(path, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
    expect((await preflight('/v1/echo', 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBe(
      '*',
    );
    const foreign = await preflight('/api/echo', 'https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const own = await preflight('/api/echo', 'http://localhost:3000');
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(own.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('puts the request id and the public CORS headers on JSON answers and on a handler’s own Response alike', async () => {
    const app = appWithEchoRoutes();
    const json = await app.request('/v1/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'trace-json' },
      body: JSON.stringify({ name: 'ada' }),
    });
    const raw = await app.request('/v1/raw', { headers: { 'X-Request-Id': 'trace-raw' } });
    for (const [res, id] of [
      [json, 'trace-json'],
      [raw, 'trace-raw'],
    ] as const) {
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe(id);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await raw.text()).toBe('data: hi\n\n');
  });
});
