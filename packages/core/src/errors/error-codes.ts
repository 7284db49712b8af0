/**
 * The one table of error codes. Every error the platform raises carries one of these codes;
 * the HTTP status follows from the code, never from the place that throws.
 *
 * @example
 * throw new AppError('INSUFFICIENT_TOKENS', { message: 'Balance too low', details: { available: 3 } })
 */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, openaiType: 'invalid_request_error', difyCode: 'invalid_param' },
  VALIDATION_FAILED: { status: 400, openaiType: 'invalid_request_error', difyCode: 'invalid_param' },
  UNAUTHENTICATED: { status: 401, openaiType: 'authentication_error', difyCode: 'unauthorized' },
  INSUFFICIENT_TOKENS: { status: 402, openaiType: 'insufficient_quota', difyCode: 'quota_exceeded' },
  FORBIDDEN: { status: 403, openaiType: 'permission_error', difyCode: 'forbidden' },
  CSRF_REJECTED: { status: 403, openaiType: 'permission_error', difyCode: 'forbidden' },
  CONTENT_BLOCKED: { status: 403, openaiType: 'content_blocked', difyCode: 'content_blocked' },
  NOT_FOUND: { status: 404, openaiType: 'not_found_error', difyCode: 'not_found' },
  METHOD_NOT_ALLOWED: { status: 405, openaiType: 'invalid_request_error', difyCode: 'method_not_allowed' },
  CONFLICT: { status: 409, openaiType: 'invalid_request_error', difyCode: 'conflict' },
  IDEMPOTENCY_CONFLICT: { status: 409, openaiType: 'invalid_request_error', difyCode: 'conflict' },
  PAYLOAD_TOO_LARGE: { status: 413, openaiType: 'invalid_request_error', difyCode: 'file_too_large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, openaiType: 'invalid_request_error', difyCode: 'unsupported_file_type' },
  RATE_LIMITED: { status: 429, openaiType: 'rate_limit_error', difyCode: 'too_many_requests' },
  INTERNAL: { status: 500, openaiType: 'server_error', difyCode: 'internal_server_error' },
  UPSTREAM_FAILED: { status: 502, openaiType: 'server_error', difyCode: 'completion_request_error' },
  NOT_CONFIGURED: { status: 503, openaiType: 'server_error', difyCode: 'provider_not_initialize' },
  UNAVAILABLE: { status: 503, openaiType: 'server_error', difyCode: 'service_unavailable' },
  UPSTREAM_TIMEOUT: { status: 504, openaiType: 'server_error', difyCode: 'completion_request_error' },
} as const satisfies Record<string, { status: number; openaiType: string; difyCode: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The HTTP status a code maps to. */
export function statusOf(code: ErrorCode): (typeof ERROR_CODES)[ErrorCode]['status'] {
  return ERROR_CODES[code].status;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
