import { AppError, isAppError } from '@sigmacode/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { GuardLogger } from './guard-logger.js';

/** The service's error body. */
export interface GuardErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/**
 * Anything thrown, as an AppError: AppErrors stay, Hono's HTTP exceptions keep their status (413 → PAYLOAD_TOO_LARGE,
 * other 4xx → BAD_REQUEST), anything else becomes INTERNAL with a generic message.
 *
 * @example toAppError(new Error('boom')).code // 'INTERNAL'
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError('PAYLOAD_TOO_LARGE', { cause: error });
    if (error.status === 401) return new AppError('UNAUTHENTICATED', { cause: error });
    if (error.status < 500) return new AppError('BAD_REQUEST', { message: error.message || undefined, cause: error });
  }
  return new AppError('INTERNAL', { cause: error });
}

/**
 * Renders an error as `{ error: { code, message, details? } }` with the code's status and headers; server errors are
 * logged with their cause (the caller only sees the generic message).
 *
 * @example app.onError((error, c) => renderGuardError({ error, c, logger }))
 */
export function renderGuardError({
  error,
  c,
  logger,
}: {
  error: unknown;
  c: Context;
  logger: GuardLogger | undefined;
}): Response {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    logger?.error({ err: error, path: c.req.path, code: appError.code }, 'request failed');
  }
  const body: GuardErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details === undefined ? {} : { details: appError.details }),
    },
  };
  for (const [name, value] of Object.entries(appError.headers ?? {})) c.header(name, value);
  return c.json(body, appError.status as ContentfulStatusCode);
}
