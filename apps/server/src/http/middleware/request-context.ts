import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../infra/create-logger.js';
import type { AppEnv } from '../app-env.js';
import { setResponseHeader } from '../set-response-header.js';

const INCOMING_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const QUIET_PATHS = new Set(['/health', '/api/health', '/metrics']);

/**
 * Gives every request an id (a caller's well-formed X-Request-Id is kept, for tracing across services),
 * echoes it in the response, binds a child logger to it and writes one access-log line when the response is done.
 */
export function requestContext({ logger }: { logger: Logger }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    await next();
    setResponseHeader(c, 'X-Request-Id', requestId);
    const line = {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    };
    if (QUIET_PATHS.has(c.req.path)) log.debug(line, 'request');
    else log.info(line, 'request');
  };
}
