import { AppError } from '@sigmacode/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardApp } from './create-guard-app.js';
import { createGuardClient } from './create-guard-client.js';
import { type GuardServer, startGuardServer } from './start-guard-server.js';

const API_KEY = 'client-key-0123456789abcdef';
const app = createGuardApp({ apiKey: API_KEY });
/** A fetch served by the app in process. */
const appFetch: typeof fetch = (input, init) => Promise.resolve(app.request(String(input), init));

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('createGuardClient', () => {
  it('analyzes one text and a batch, validating the answers', async () => {
    const client = createGuardClient({ url: 'http://guard.internal/', apiKey: API_KEY, fetch: appFetch });
    const verdict = await client.analyze({ text: 'mail jane@example.org', direction: 'output' });
    expect(verdict).toMatchObject({ action: 'redact', redactedText: 'mail [EMAIL]' });
    const results = await client.analyzeBatch([
      { text: 'hi', direction: 'input' },
      { text: 'mail jane@example.org', direction: 'output' },
    ]);
    expect(results.map((result) => result.action)).toEqual(['allow', 'redact']);
  });

  it('refuses invalid inputs before sending, as VALIDATION_FAILED', async () => {
    let sent = 0;
    const client = createGuardClient({
      url: 'http://guard.internal',
      fetch: (input, init) => {
        sent++;
        return appFetch(input, init);
      },
    });
    const error = await failure(client.analyze({ text: 'x', direction: 'sideways' as 'input' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(sent).toBe(0);
  });

  it('turns a refused key, a server error or a nonsense answer into UNAVAILABLE', async () => {
    const wrongKey = createGuardClient({ url: 'http://guard.internal', apiKey: 'wrong', fetch: appFetch });
    const refused = await failure(wrongKey.analyze({ text: 'x', direction: 'input' }));
    expect(refused.code).toBe('UNAVAILABLE');
    expect(refused.details).toEqual({ status: 401, code: 'UNAUTHENTICATED' });

    const broken = createGuardClient({
      url: 'http://guard.internal',
      fetch: async () => new Response('<html>bad gateway</html>', { status: 502 }),
    });
    expect((await failure(broken.analyze({ text: 'x', direction: 'input' }))).code).toBe('UNAVAILABLE');

    const nonsense = createGuardClient({
      url: 'http://guard.internal',
      fetch: async () => Response.json({ allowed: 'maybe' }),
    });
    expect((await failure(nonsense.analyze({ text: 'x', direction: 'input' }))).code).toBe('UNAVAILABLE');

    const down = createGuardClient({
      url: 'http://guard.internal',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect((await failure(down.analyze({ text: 'x', direction: 'input' }))).code).toBe('UNAVAILABLE');
  });

  it('gives up after the timeout with UNAVAILABLE', async () => {
    const slow = createGuardClient({
      url: 'http://guard.internal',
      timeoutMs: 50,
      fetch: (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    });
    const error = await failure(slow.analyze({ text: 'x', direction: 'input' }));
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).toMatch(/within 50 ms/);
  });

  it('refuses invalid options', () => {
    expect(() => createGuardClient({ url: 'not a url' })).toThrow(AppError);
    expect(() => createGuardClient({ url: 'ftp://guard.internal' })).toThrow(AppError);
  });
});

describe('createGuardClient against a listening service', () => {
  let guard: GuardServer;
  beforeAll(async () => {
    guard = await startGuardServer({ app, port: 0, hostname: '127.0.0.1', shutdownTimeoutMs: 1000 });
  });
  afterAll(async () => {
    await guard.close();
  });

  it('talks HTTP to the service on a free port', async () => {
    expect(guard.port).toBeGreaterThan(0);
    const client = createGuardClient({ url: guard.url, apiKey: API_KEY });
    const verdict = await client.analyze({ text: 'write to jane@example.org', direction: 'output' });
    expect(verdict.redactedText).toBe('write to [EMAIL]');
    const health = await fetch(`${guard.url}/health`);
    expect(health.status).toBe(200);
  });
});
