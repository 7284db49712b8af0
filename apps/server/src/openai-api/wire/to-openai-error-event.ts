import { AppError, type OpenAIErrorBody, OpenAIErrorBodySchema } from '@sigmacode/core';
import { errorBodyOf } from '../../http/errors/render-error.js';
import { formatSse } from './sse.js';

/**
 * The OpenAI error body `{ error: { message, type, code, param } }` for an AppError, exactly as the HTTP error
 * handler renders it on `/v1/...` (e.g. CONTENT_BLOCKED → type and code `content_blocked`).
 *
 * @example
 * toOpenAiErrorBody(new AppError('CONTENT_BLOCKED')) // { error: { type: 'content_blocked', code: 'content_blocked', ... } }
 */
export function toOpenAiErrorBody(error: AppError): OpenAIErrorBody {
  return OpenAIErrorBodySchema.parse(errorBodyOf({ error, flavor: 'openai', requestId: '' }));
}

/**
 * The server-sent event that reports an error after a stream began (headers are sent, so the status cannot change):
 * `data: {"error":{...}}`. OpenAI's SDKs raise it as an APIError. No `[DONE]` follows it.
 *
 * @example
 * await stream.write(toOpenAiErrorEvent(new AppError('CONTENT_BLOCKED', { message: 'Blocked by policy.' })))
 */
export function toOpenAiErrorEvent(error: AppError): string {
  return formatSse(toOpenAiErrorBody(error));
}

/**
 * Anything a model stream reports as its error, as an AppError: an AppError stays as it is; anything else (a
 * provider's HTTP error, a dropped connection) is UPSTREAM_FAILED with a generic message — the cause is kept for
 * logs and never sent to the client.
 *
 * @example
 * toStreamAppError(new Error('socket hang up')).code // 'UPSTREAM_FAILED'
 */
export function toStreamAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('UPSTREAM_FAILED', { message: 'The model failed while answering.', cause: error });
}
