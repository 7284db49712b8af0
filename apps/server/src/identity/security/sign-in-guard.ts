import { AppError } from '@sigmacode/core';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.js';
import { clientIpOf } from '../../http/client-ip.js';
import type { WindowCounter } from '../../infra/window-counter.js';

const DEFAULT_MAX_FAILURES = 10;
const DEFAULT_WINDOW_MS = 15 * 60_000;

/** Only the field the guard needs; the handler validates the body for real. 320: the longest valid address. */
const SignInBodySchema = z.object({ email: z.string().trim().toLowerCase().min(1).max(320) });

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json/;

/**
 * The e-mail a sign-in request is for, read from a copy of the body so the handler still gets the original. Reads
 * the body types Better Auth accepts (JSON and forms); anything else has no e-mail, and only the IP limit applies.
 */
async function emailOf(request: Request): Promise<string | undefined> {
  const type = request.headers.get('content-type')?.toLowerCase() ?? '';
  try {
    let body: unknown;
    if (JSON_TYPE.test(type)) body = await request.clone().json();
    else if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      body = Object.fromEntries(await request.clone().formData());
    } else return undefined;
    const parsed = SignInBodySchema.safeParse(body);
    return parsed.success ? parsed.data.email : undefined;
  } catch {
    return undefined;
  }
}

function tooManyAttempts(retryAfterMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError('RATE_LIMITED', {
    message: `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    details: { retryAfterSeconds },
  });
}

/**
 * Brute-force protection for `POST /api/auth/sign-in/email`. Counts failed sign-ins (401s) per account and per
 * client IP over a sliding window; once either reaches maxFailures, further attempts are refused with 429 and
 * Retry-After before the password is checked — a correct password is refused too, so the limit cannot be used to
 * test guesses. A successful sign-in clears the account's failures, not the IP's (one IP may be trying many
 * accounts). Counts live in the WindowCounter, so they are shared across instances when it is backed by Redis.
 *
 * @example
 * app.post('/api/auth/sign-in/email', signInGuard({ counter, trustProxy: config.trustProxy }))
 */
export function signInGuard({
  counter,
  trustProxy,
  maxFailures = DEFAULT_MAX_FAILURES,
  windowMs = DEFAULT_WINDOW_MS,
}: {
  counter: WindowCounter;
  trustProxy: boolean;
  maxFailures?: number;
  windowMs?: number;
}): MiddlewareHandler<AppEnv> {
  // Attempts of this process still waiting for their answer, per key. They count as possible failures, so a burst
  // of parallel guesses cannot all pass the check before the first failure is recorded.
  const pending = new Map<string, number>();

  return async (c, next) => {
    const ip = clientIpOf({ c, trustProxy });
    const email = await emailOf(c.req.raw);
    // Without a socket address every such request would share one key and lock each other out.
    const keys = [...(ip === 'unknown' ? [] : [`ip:${ip}`]), ...(email ? [`email:${email}`] : [])];

    const counts = await Promise.all(keys.map(async (key) => ({ key, ...(await counter.peek({ key, windowMs })) })));
    // Check and reserve without an await in between, so no other request of this process can slip in.
    const blocked = counts.filter(({ key, count }) => count + (pending.get(key) ?? 0) >= maxFailures);
    if (blocked.length > 0) throw tooManyAttempts(Math.max(...blocked.map(({ retryAfterMs }) => retryAfterMs)));
    for (const key of keys) pending.set(key, (pending.get(key) ?? 0) + 1);

    try {
      await next();
      try {
        // Better Auth answers a wrong e-mail or password with 401; 400s (malformed) and 403s (e-mail not
        // verified, right password) are not failed guesses.
        if (c.res.status === 401) await Promise.all(keys.map((key) => counter.hit({ key, windowMs })));
        else if (c.res.ok && email) await counter.reset(`email:${email}`);
      } catch (error) {
        // The sign-in has been answered; losing one count is better than turning its answer into a 500.
        c.get('log')?.error({ err: error }, 'sign-in guard could not record the attempt');
      }
    } finally {
      for (const key of keys) {
        const left = (pending.get(key) ?? 1) - 1;
        if (left > 0) pending.set(key, left);
        else pending.delete(key);
      }
    }
  };
}
