import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import type { MiddlewareHandler } from 'hono';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Requires `Authorization: Bearer <apiKey>`. Keys are compared as SHA-256 digests with timingSafeEqual, so the time
 * taken says nothing about how much of a guess was right, nor about the key's length.
 *
 * @example app.use('/v1/*', requireApiKey({ apiKey: 'a-long-random-key' }))
 */
export function requireApiKey({ apiKey }: { apiKey: string }): MiddlewareHandler {
  const expected = digest(apiKey);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      throw new AppError('UNAUTHENTICATED', {
        message: 'A valid API key is required (Authorization: Bearer <FIREWALL_API_KEY>).',
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    await next();
  };
}
