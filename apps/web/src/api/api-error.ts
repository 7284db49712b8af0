/** Codes the client itself produces, next to the server's own codes (see ERROR_CODES in @sigmacode/core). */
export const CLIENT_ERROR_CODES = ['NETWORK_ERROR', 'INVALID_RESPONSE', 'HTTP_ERROR'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export interface ApiErrorOptions {
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** A server error code (e.g. 'RATE_LIMITED') or a {@link ClientErrorCode}. */
  code: string;
  message: string;
  requestId?: string | undefined;
  details?: Record<string, unknown> | undefined;
  cause?: unknown;
}

/**
 * A failed API call. Carries the console error body `{ error: { code, message, requestId } }` when the
 * server sent one, and a client code otherwise.
 *
 * @example
 * if (isApiError(error) && error.code === 'UNAUTHENTICATED') navigate({ to: '/login' });
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor({ status, code, message, requestId, details, cause }: ApiErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.details = details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function isClientErrorCode(code: string): code is ClientErrorCode {
  return (CLIENT_ERROR_CODES as readonly string[]).includes(code);
}
