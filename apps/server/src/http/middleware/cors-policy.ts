import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { setResponseHeader } from '../set-response-header.js';

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
    publicApi: anyOriginCors({
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

/**
 * CORS for any origin without credentials, on the hot path of the public APIs: a preflight is answered at once; any
 * other response gets its headers after the handler (Hono's `cors` touches the response before the handler, which
 * costs every call a merge of two responses).
 */
function anyOriginCors({
  allowHeaders,
  allowMethods,
  exposeHeaders,
  maxAge,
}: {
  allowHeaders: string[];
  allowMethods: string[];
  exposeHeaders: string[];
  maxAge: number;
}): MiddlewareHandler {
  const expose = exposeHeaders.join(',');
  const preflight = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': expose,
    'Access-Control-Max-Age': String(maxAge),
    'Access-Control-Allow-Methods': allowMethods.join(','),
    'Access-Control-Allow-Headers': allowHeaders.join(','),
    Vary: 'Access-Control-Request-Headers',
  };
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return new Response(null, { status: 204, headers: preflight });
    await next();
    setResponseHeader(c, 'Access-Control-Allow-Origin', '*');
    setResponseHeader(c, 'Access-Control-Expose-Headers', expose);
  };
}
