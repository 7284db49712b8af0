import { AppError } from '@sigmacode/core';

/**
 * Dify's own refusal (a non-2xx answer with its error body) as an AppError, for the APIs that do not speak Dify's
 * error shape (OpenAI-compatible, console): Dify's 400 stays a 400 with Dify's message, anything else is
 * UPSTREAM_FAILED (a wrong Dify key is the operator's problem, not the caller's).
 *
 * @example if (!response.ok) throw await difyRefusal(response)
 */
export async function difyRefusal(response: Response): Promise<AppError> {
  const body = (await response.json().catch(() => ({}))) as { message?: unknown };
  const message = typeof body.message === 'string' ? `Dify: ${body.message}` : `Dify answered ${response.status}.`;
  return new AppError(response.status === 400 ? 'BAD_REQUEST' : 'UPSTREAM_FAILED', { message });
}
