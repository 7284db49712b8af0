import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../app-env.js';
import { handleError } from '../errors/handle-errors.js';
import { csrfProtection } from './csrf-protection.js';

const COOKIE = 'sigmacode.session_token=abc';

function protectedApp() {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use(async (c, next) => {
    c.set('requestId', 't');
    c.set('log', pino({ level: 'silent' }));
    await next();
  });
  app.use('/api/*', csrfProtection({ trustedOrigins: ['https://app.example.com/', 'http://localhost:5173'] }));
  app.on(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'], '/api/keys', (c) => c.json({ ok: true }));
  return app;
}

function send({ method = 'POST', headers = {} }: { method?: string; headers?: Record<string, string> }) {
  return protectedApp().request('/api/keys', { method, headers });
}

async function expectRejected(res: Response) {
  expect(res.status).toBe(403);
  const body = ConsoleErrorBodySchema.parse(await res.json());
  expect(body.error.code).toBe('CSRF_REJECTED');
  expect(body.error.message).toBe('Cross-site request refused: this request must come from the SIGMACODE web app.');
}

describe('csrfProtection', () => {
  it('lets safe methods through whatever their origin', async () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      const res = await send({ method, headers: { Cookie: COOKIE, Origin: 'https://evil.example' } });
      expect(res.status, method).toBe(200);
    }
  });

  it('lets a state-changing request with a trusted Origin through', async () => {
    for (const origin of ['https://app.example.com', 'http://localhost:5173']) {
      const res = await send({ headers: { Cookie: COOKIE, Origin: origin } });
      expect(res.status, origin).toBe(200);
    }
  });

  it('refuses a state-changing request with cookies from another origin, for every unsafe method', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      await expectRejected(await send({ method, headers: { Cookie: COOKIE, Origin: 'https://evil.example' } }));
    }
  });

  it('compares whole origins: scheme, host and port must match', async () => {
    for (const origin of ['http://app.example.com', 'https://app.example.com:8443', 'https://app.example.com.evil']) {
      await expectRejected(await send({ headers: { Cookie: COOKIE, Origin: origin } }));
    }
  });

  it("refuses the opaque Origin 'null' and an Origin that is not a URL", async () => {
    await expectRejected(await send({ headers: { Cookie: COOKIE, Origin: 'null' } }));
    await expectRejected(await send({ headers: { Cookie: COOKIE, Origin: 'not a url' } }));
  });

  it('without Origin, accepts Sec-Fetch-Site: same-origin and refuses any other or none', async () => {
    expect((await send({ headers: { Cookie: COOKIE, 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200);
    await expectRejected(await send({ headers: { Cookie: COOKIE, 'Sec-Fetch-Site': 'same-site' } }));
    await expectRejected(await send({ headers: { Cookie: COOKIE, 'Sec-Fetch-Site': 'cross-site' } }));
    await expectRejected(await send({ headers: { Cookie: COOKIE } }));
  });

  it('lets a request with a bearer key through: it carries no ambient authority', async () => {
    const headers = { Authorization: 'Bearer sk_test_123', Cookie: COOKIE, Origin: 'https://evil.example' };
    expect((await send({ headers })).status).toBe(200);
  });

  it('does not treat other Authorization schemes as bearer keys', async () => {
    const headers = { Authorization: 'Basic YTpi', Cookie: COOKIE, Origin: 'https://evil.example' };
    await expectRejected(await send({ headers }));
  });

  it('lets a request without cookies through: there is nothing to forge with', async () => {
    expect((await send({ headers: { Origin: 'https://evil.example' } })).status).toBe(200);
    expect((await send({})).status).toBe(200);
  });
});
