import { AppError } from '@sigmacode/core';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../app-env.js';
import { apiFlavorOf } from './api-flavor.js';
import { errorBodyOf } from './render-error.js';
import { toAppError } from './to-app-error.js';

function respond(c: Context<AppEnv>, error: AppError): Response {
  const requestId = c.get('requestId') ?? 'unknown';
  const body = errorBodyOf({ error, flavor: apiFlavorOf(c.req.path), requestId });
  for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
  return c.json(body, error.status as ContentfulStatusCode);
}

/** The one error handler: every thrown error leaves the server through here, in its API's shape. */
export const handleError: ErrorHandler<AppEnv> = (thrown, c) => {
  const error = toAppError(thrown);
  const log = c.get('log');
  if (error.status >= 500) {
    log?.error({ err: thrown, code: error.code }, 'request failed');
  } else {
    log?.debug({ code: error.code, message: error.message }, 'request rejected');
  }
  return respond(c, error);
};

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  respond(c, new AppError('NOT_FOUND', { message: `No route for ${c.req.method} ${c.req.path}.` }));
