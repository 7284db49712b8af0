import { AppError, type ErrorCode } from '@sigmacode/core';
import { HTTPException } from 'hono/http-exception';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

/**
 * Turns anything thrown into an AppError. Hono's own HTTPExceptions (malformed JSON, body limits) keep their
 * status; everything unknown becomes INTERNAL with a generic message, so internals never reach a caller.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    const code = STATUS_CODES[error.status] ?? (error.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
    return new AppError(code, { message: error.message || undefined, cause: error });
  }
  return new AppError('INTERNAL', { cause: error });
}
