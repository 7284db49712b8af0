import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * Two CORS policies. The OpenAI- and Dify-compatible APIs authenticate with bearer keys, never cookies, so any
 * origin may call them without credentials. The console API uses the session cookie, so only the platform's
 * own origin and the configured CORS_ORIGINS may call it, with credentials.
 */
export function corsPolicy({ consoleOrigins }: { consoleOrigins: string[] }): {
  publicApi: MiddlewareHandler;
  consoleApi: MiddlewareHandler;
} {
  const allowed = new Set(consoleOrigins.map((origin) => new URL(origin).origin));
  return {
    publicApi: cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id', 'OpenAI-Organization', 'OpenAI-Beta'],
      allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['X-Request-Id', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining'],
      maxAge: 600,
    }),
    consoleApi: cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      credentials: true,
      allowHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
      allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['X-Request-Id', 'Retry-After'],
      maxAge: 600,
    }),
  };
}
