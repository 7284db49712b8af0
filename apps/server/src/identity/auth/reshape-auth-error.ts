import { AppError, type ErrorCode } from '@sigmacode/core';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
};

/**
 * Better Auth answers errors as `{ code, message }`. The console API has one error body, so such a response is
 * turned into an AppError (rendered by the one error handler) that keeps Better Auth's code as `details.reason`.
 * Successful responses and redirects pass through untouched.
 */
export async function reshapeAuthError(response: Response): Promise<Response> {
  if (response.status < 400 || !(response.headers.get('content-type') ?? '').includes('application/json')) {
    return response;
  }
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const reason = typeof record.code === 'string' ? record.code : undefined;
  const message = typeof record.message === 'string' && record.message ? record.message : undefined;
  const code = reason?.startsWith('USER_ALREADY_EXISTS') ? 'CONFLICT' : (BY_STATUS[response.status] ?? 'INTERNAL');
  const retryAfter = response.headers.get('retry-after');
  throw new AppError(code, {
    ...(message ? { message: sentence(message) } : {}),
    ...(reason ? { details: { reason } } : {}),
    ...(retryAfter ? { headers: { 'Retry-After': retryAfter } } : {}),
  });
}

function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
