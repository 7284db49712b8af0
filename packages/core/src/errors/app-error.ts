import { type ErrorCode, statusOf } from './error-codes.js';

export interface AppErrorOptions {
  /** A sentence for the caller: what happened and, where it helps, what to do. */
  message?: string;
  /** Machine-readable context (field errors, limits). Never secrets. */
  details?: Record<string, unknown>;
  /** Extra response headers, e.g. Retry-After for RATE_LIMITED. */
  headers?: Record<string, string>;
  /** The Dify-compatible API's code when Dify uses a more specific one than the table (e.g. `not_chat_app`). */
  difyCode?: string;
  cause?: unknown;
}

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  BAD_REQUEST: 'The request is malformed.',
  VALIDATION_FAILED: 'The request did not pass validation.',
  UNAUTHENTICATED: 'Authentication is required.',
  INSUFFICIENT_TOKENS: 'The organization does not have enough tokens for this request.',
  FORBIDDEN: 'You do not have permission to do this.',
  CSRF_REJECTED: 'The request was refused because its origin could not be verified.',
  CONTENT_BLOCKED: 'The content was blocked by the firewall.',
  NOT_FOUND: 'Not found.',
  METHOD_NOT_ALLOWED: 'Method not allowed.',
  CONFLICT: 'The request conflicts with the current state.',
  IDEMPOTENCY_CONFLICT: 'The idempotency key was already used with a different request.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'The content type is not supported.',
  RATE_LIMITED: 'Too many requests. Try again later.',
  INTERNAL: 'An internal error occurred.',
  UPSTREAM_FAILED: 'The upstream service failed.',
  NOT_CONFIGURED: 'This feature is not configured on this server.',
  UNAVAILABLE: 'The service is temporarily unavailable.',
  UPSTREAM_TIMEOUT: 'The upstream service did not answer in time.',
};

/**
 * The platform's one error type. Domain code throws it; one handler per API renders it.
 *
 * @example
 * throw new AppError('NOT_FOUND', { message: 'App not found' })
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;
  readonly difyCode: string | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(
      options.message ?? DEFAULT_MESSAGES[code],
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.status = statusOf(code);
    this.details = options.details;
    this.headers = options.headers;
    this.difyCode = options.difyCode;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
