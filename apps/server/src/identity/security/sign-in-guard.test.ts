import { randomUUID } from 'node:crypto';
import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { Hono } from 'hono';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../http/app-env.js';
import { handleError } from '../../http/errors/handle-errors.js';
import { createWindowCounter, type WindowCounter } from '../../infra/window-counter.js';
import { signInGuard } from './sign-in-guard.js';

const PATH = '/api/auth/sign-in/email';
const MINUTE = 60_000;

function fakeClock(start = 1_700_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/**
 * A tiny app with the guard in front of a fake sign-in: 200 for the password 'right', 400 without a password,
 * 401 otherwise (as Better Auth answers a wrong e-mail or password). `calls` counts the requests that reached it.
 */
function guardedApp({
  counter = createWindowCounter({ redis: null, prefix: 'test' }),
  trustProxy = true,
  delayMs = 0,
}: {
  counter?: WindowCounter;
  trustProxy?: boolean;
  delayMs?: number;
} = {}) {
  const calls = { count: 0 };
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use(async (c, next) => {
    c.set('requestId', 't');
    // Not testing/build-test-app's silentLogger: that module imports the whole app, which this test does not need.
    c.set('log', pino({ level: 'silent' }));
    await next();
  });
  app.post(PATH, signInGuard({ counter, trustProxy }), async (c) => {
    calls.count++;
    const type = c.req.header('content-type') ?? '';
    // Reading the body here proves the guard left the original request readable.
    const body: Record<string, unknown> = type.includes('json')
      ? await c.req.json().catch(() => ({}))
      : type.includes('form')
        ? await c.req.parseBody()
        : { text: await c.req.text() };
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (typeof body.password !== 'string') return c.json({ code: 'VALIDATION_ERROR' }, 400);
    if (body.password === 'right') return c.json({ ok: true });
    return c.json({ code: 'INVALID_EMAIL_OR_PASSWORD' }, 401);
  });
  return { app, calls };
}

function signIn({
  app,
  email = 'ada@example.com',
  password = 'wrong',
  ip = '203.0.113.7',
}: {
  app: Hono<AppEnv>;
  email?: string;
  password?: string;
  ip?: string;
}) {
  return app.request(PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
    body: JSON.stringify({ email, password }),
  });
}

/** Ten wrong passwords for the account, each from its own IP so only the account limit is in play. */
async function failTenTimes({ app, email = 'ada@example.com' }: { app: Hono<AppEnv>; email?: string }) {
  for (let attempt = 0; attempt < 10; attempt++) {
    const res = await signIn({ app, email, ip: `198.51.100.${attempt + 1}` });
    expect(res.status, `attempt ${attempt + 1}`).toBe(401);
  }
}

async function expectLockedOut(res: Response): Promise<number> {
  expect(res.status).toBe(429);
  const retryAfter = res.headers.get('retry-after') ?? '';
  expect(retryAfter).toMatch(/^[1-9]\d*$/);
  const body = ConsoleErrorBodySchema.parse(await res.json());
  expect(body.error.code).toBe('RATE_LIMITED');
  expect(body.error.message).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/);
  expect(body.error.details).toEqual({ retryAfterSeconds: Number(retryAfter) });
  return Number(retryAfter);
}

describe('signInGuard', () => {
  it('refuses the 11th attempt on an account within the window with 429 and Retry-After in seconds', async () => {
    const { app, calls } = guardedApp();
    await failTenTimes({ app });
    const retryAfter = await expectLockedOut(await signIn({ app, ip: '192.0.2.99' }));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(calls.count).toBe(10);
  });

  it('refuses even the right password once the account is locked, so the limit reveals nothing', async () => {
    const { app, calls } = guardedApp();
    await failTenTimes({ app });
    await expectLockedOut(await signIn({ app, password: 'right', ip: '192.0.2.99' }));
    expect(calls.count).toBe(10);
  });

  it('treats e-mail addresses case- and whitespace-insensitively', async () => {
    const { app } = guardedApp();
    for (let attempt = 0; attempt < 10; attempt++) {
      const email = attempt % 2 === 0 ? ' Ada@Example.COM ' : 'ada@example.com';
      expect((await signIn({ app, email, ip: `198.51.100.${attempt + 1}` })).status).toBe(401);
    }
    await expectLockedOut(await signIn({ app, email: 'ADA@example.com', ip: '192.0.2.99' }));
  });

  it('limits one IP trying many accounts, without locking those accounts for other IPs', async () => {
    const { app } = guardedApp({ trustProxy: true });
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await signIn({ app, email: `user${attempt}@example.com`, ip: '203.0.113.7' })).status).toBe(401);
    }
    await expectLockedOut(await signIn({ app, email: 'someone-new@example.com', ip: '203.0.113.7' }));
    expect((await signIn({ app, email: 'user0@example.com', password: 'right', ip: '192.0.2.1' })).status).toBe(200);
  });

  it('a successful sign-in before the limit clears the account failures', async () => {
    const { app } = guardedApp();
    for (let attempt = 0; attempt < 9; attempt++) {
      expect((await signIn({ app, ip: `198.51.100.${attempt + 1}` })).status).toBe(401);
    }
    expect((await signIn({ app, password: 'right', ip: '192.0.2.1' })).status).toBe(200);
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await signIn({ app, ip: `198.51.101.${attempt + 1}` })).status, `attempt ${attempt + 1}`).toBe(401);
    }
    await expectLockedOut(await signIn({ app, ip: '192.0.2.2' }));
  });

  it('a successful sign-in does not clear the failures of the IP', async () => {
    const { app } = guardedApp();
    for (let attempt = 0; attempt < 9; attempt++) {
      expect((await signIn({ app, email: `user${attempt}@example.com` })).status).toBe(401);
    }
    expect((await signIn({ app, email: 'mine@example.com', password: 'right' })).status).toBe(200);
    expect((await signIn({ app, email: 'user9@example.com' })).status).toBe(401);
    await expectLockedOut(await signIn({ app, email: 'mine@example.com', password: 'right' }));
  });

  it('allows attempts again once the failures have left the window', async () => {
    const clock = fakeClock();
    const { app } = guardedApp({ counter: createWindowCounter({ redis: null, prefix: 'test', now: clock.now }) });
    await failTenTimes({ app });
    clock.advance(5 * MINUTE);
    expect(await expectLockedOut(await signIn({ app, ip: '192.0.2.99' }))).toBe(10 * 60);
    clock.advance(10 * MINUTE);
    expect((await signIn({ app, password: 'right', ip: '192.0.2.99' })).status).toBe(200);
  });

  it('does not count answers that are not failed guesses', async () => {
    const { app, calls } = guardedApp();
    for (let attempt = 0; attempt < 15; attempt++) {
      const res = await app.request(PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
        body: JSON.stringify({ email: 'ada@example.com' }),
      });
      expect(res.status).toBe(400);
    }
    expect(calls.count).toBe(15);
  });

  it('reads the e-mail of form-encoded sign-ins too', async () => {
    const { app } = guardedApp();
    const formSignIn = (ip: string) =>
      app.request(PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': ip },
        body: new URLSearchParams({ email: 'ada@example.com', password: 'wrong' }).toString(),
      });
    for (let attempt = 0; attempt < 10; attempt++)
      expect((await formSignIn(`198.51.100.${attempt + 1}`)).status).toBe(401);
    await expectLockedOut(await formSignIn('192.0.2.99'));
  });

  it('tolerates a body that is not JSON, still applying the IP limit', async () => {
    const { app } = guardedApp();
    const garbled = () =>
      app.request(PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
        body: '{"email": "ada@example.com", "password": ',
      });
    // The fake handler cannot parse it either and answers 400: not a failed guess.
    expect((await garbled()).status).toBe(400);
    for (let attempt = 0; attempt < 10; attempt++)
      expect((await signIn({ app, email: `u${attempt}@example.com` })).status).toBe(401);
    await expectLockedOut(await garbled());
  });

  it('lets no more than maxFailures parallel guesses through before the first failure is recorded', async () => {
    const { app, calls } = guardedApp({ delayMs: 20 });
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) => signIn({ app, ip: `198.51.100.${index + 1}` })),
    );
    const statuses = responses.map((res) => res.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
    expect(calls.count).toBe(10);
  });

  it('keeps the sign-in answer when the failure cannot be recorded', async () => {
    const memory = createWindowCounter({ redis: null, prefix: 'test' });
    const broken: WindowCounter = { ...memory, hit: () => Promise.reject(new Error('redis is down')) };
    const { app } = guardedApp({ counter: broken });
    expect((await signIn({ app })).status).toBe(401);
  });
});

describe.runIf(process.env.TEST_REDIS_URL)('signInGuard with Redis', () => {
  it('locks the account out across instances that share Redis', async () => {
    const prefix = `test:sign-in-guard:${randomUUID()}`;
    const redis = new Redis(process.env.TEST_REDIS_URL ?? '', { maxRetriesPerRequest: 1 });
    try {
      const first = guardedApp({ counter: createWindowCounter({ redis, prefix }) });
      const second = guardedApp({ counter: createWindowCounter({ redis, prefix }) });
      for (let attempt = 0; attempt < 10; attempt++) {
        const { app } = attempt % 2 === 0 ? first : second;
        expect((await signIn({ app, ip: `198.51.100.${attempt + 1}` })).status).toBe(401);
      }
      await expectLockedOut(await signIn({ app: first.app, password: 'right', ip: '192.0.2.99' }));
    } finally {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });
});
