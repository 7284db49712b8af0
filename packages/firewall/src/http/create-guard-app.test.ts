import { AppError } from '@sigmacode/core';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { createCanary } from '../detectors/system-prompt-leakage/create-canary.js';
import { FAKE } from '../testing/fake-secrets.js';
import { VerdictSchema } from '../verdict.js';
import { createGuardApp } from './create-guard-app.js';
import type { GuardLogger } from './guard-logger.js';
import { toAppError } from './render-guard-error.js';

const API_KEY = 'test-key-0123456789abcdef';

function post(app: ReturnType<typeof createGuardApp>, path: string, body: unknown, key: string | null = API_KEY) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('createGuardApp', () => {
  const app = createGuardApp({ apiKey: API_KEY, version: '9.9.9' });

  it('answers /health without a key', async () => {
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', version: '9.9.9' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('requires the API key on /v1 and refuses a wrong one', async () => {
    for (const key of [null, 'wrong-key-0123456789abcdef', `${API_KEY}x`]) {
      const response = await post(app, '/v1/analyze', { text: 'hi', direction: 'input' }, key);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('analyzes a text and answers the verdict', async () => {
    const text = `mail jane@example.org, key ${FAKE.awsAccessKeyId}`;
    const response = await post(app, '/v1/analyze', { text, direction: 'output' });
    expect(response.status).toBe(200);
    const verdict = VerdictSchema.parse(await response.json());
    expect(verdict.action).toBe('redact');
    expect(verdict.redactedText).toBe('mail [EMAIL], key [SECRET]');
  });

  it('takes a policy, a system prompt and a canary with the request', async () => {
    const { token } = createCanary();
    const blocked = await post(app, '/v1/analyze', { text: `ok ${token}`, direction: 'output', canary: token });
    expect(VerdictSchema.parse(await blocked.json())).toMatchObject({ allowed: false, action: 'block' });
    const shadow = await post(app, '/v1/analyze', {
      text: 'mail jane@example.org',
      direction: 'output',
      policy: { version: 1, mode: 'shadow' },
    });
    expect(await shadow.json()).toMatchObject({ allowed: true, action: 'redact', shadow: true });
  });

  it('answers 400 VALIDATION_FAILED with the issues, and BAD_REQUEST for broken JSON', async () => {
    const invalid = await post(app, '/v1/analyze', { text: 'x', direction: 'sideways', extra: 1 });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; details: { issues: { path: string }[] } } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.issues.map((issue) => issue.path).sort()).toEqual(['', 'direction']);
    const badPolicy = await post(app, '/v1/analyze', { text: 'x', direction: 'input', policy: { version: 2 } });
    expect(badPolicy.status).toBe(400);
    const broken = await post(app, '/v1/analyze', '{"text": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  it('analyzes a batch in order and caps its size', async () => {
    const response = await post(app, '/v1/analyze/batch', {
      items: [
        { text: 'hello', direction: 'input' },
        { text: 'mail jane@example.org', direction: 'output' },
        { text: 'Projekt Falke', direction: 'input', policy: { version: 1, bannedWords: ['Projekt Falke'] } },
      ],
    });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: unknown[] };
    expect(results.map((result) => VerdictSchema.parse(result).action)).toEqual(['allow', 'redact', 'block']);
    const tooMany = await post(app, '/v1/analyze/batch', {
      items: Array.from({ length: 101 }, () => ({ text: 'x', direction: 'input' })),
    });
    expect(tooMany.status).toBe(400);
    const empty = await post(app, '/v1/analyze/batch', { items: [] });
    expect(empty.status).toBe(400);
  });

  it('refuses bodies over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const small = createGuardApp({ maxBodyBytes: 1024 });
    const response = await post(small, '/v1/analyze', { text: 'x'.repeat(2000), direction: 'input' }, null);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('uses its own policy for requests that send none, and refuses an invalid one at creation', async () => {
    const strict = createGuardApp({ policy: { version: 1, bannedWords: ['Projekt Falke'] } });
    const response = await post(strict, '/v1/analyze', { text: 'about Projekt Falke', direction: 'input' }, null);
    expect(await response.json()).toMatchObject({ action: 'block' });
    expect(() => createGuardApp({ policy: { version: 1, mode: 'loud' } })).toThrow(AppError);
  });

  it('answers unknown paths with 404 in the error shape', async () => {
    const response = await app.request('/v2/nothing');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('toAppError', () => {
  it('keeps AppErrors, maps HTTP exceptions and hides anything else behind INTERNAL', () => {
    const own = new AppError('RATE_LIMITED');
    expect(toAppError(own)).toBe(own);
    expect(toAppError(new HTTPException(413)).code).toBe('PAYLOAD_TOO_LARGE');
    expect(toAppError(new HTTPException(400, { message: 'bad' })).code).toBe('BAD_REQUEST');
    const internal = toAppError(new Error('database password is hunter2'));
    expect(internal.code).toBe('INTERNAL');
    expect(internal.message).not.toContain('hunter2');
  });

  it('logs server errors with their cause', async () => {
    const logged: unknown[] = [];
    const logger: GuardLogger = { info: () => {}, warn: () => {}, error: (fields) => logged.push(fields) };
    const app = createGuardApp({ logger });
    app.get('/boom', () => {
      throw new Error('secret detail');
    });
    const response = await app.request('/boom');
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.message).not.toContain('secret detail');
    expect(logged).toHaveLength(1);
  });
});
