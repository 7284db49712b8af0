import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { ApiError } from './api-error';

/** Anything with zod's `safeParse`: keeps this helper independent of the schema library's types. */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export interface FetchJsonOptions<T> {
  /** Same-origin path, e.g. '/api/health'. */
  path: string;
  schema: ResponseSchema<T>;
  init?: RequestInit;
  /** Non-2xx statuses whose body is still a valid answer (e.g. 503 from /api/health). */
  acceptStatus?: readonly number[];
}

/**
 * Fetches a same-origin JSON endpoint and validates the body. Throws {@link ApiError} for network failures,
 * non-JSON answers, error statuses (with the console error body when present) and bodies that fail the schema.
 * An abort (e.g. TanStack Query cancelling) is rethrown unchanged.
 *
 * @example
 * const health = await fetchJson({ path: '/api/health', schema: HealthResponseSchema, acceptStatus: [503] });
 */
export async function fetchJson<T>({ path, schema, init, acceptStatus = [] }: FetchJsonOptions<T>): Promise<T> {
  const headers = new Headers(init?.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');

  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init, headers });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: `Could not reach ${path}.`, cause });
  }

  const headerRequestId = response.headers.get('x-request-id') ?? undefined;
  const body = await readJson(response);

  if (!response.ok && !acceptStatus.includes(response.status)) {
    throw errorOf({ path, response, body: body.value });
  }

  if (!body.ok) {
    throw new ApiError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: `${path} did not answer with JSON.`,
      requestId: headerRequestId,
    });
  }

  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: `${path} answered with an unexpected shape.`,
      requestId: headerRequestId,
    });
  }
  return parsed.data;
}

/**
 * The {@link ApiError} for an error response: the console error body when the server sent one, else HTTP_ERROR.
 *
 * @example
 * if (!response.ok) throw errorOf({ path, response, body: await response.json().catch(() => undefined) });
 */
export function errorOf({ path, response, body }: { path: string; response: Response; body: unknown }): ApiError {
  const errorBody = ConsoleErrorBodySchema.safeParse(body);
  if (errorBody.success) {
    const { code, message, requestId, details } = errorBody.data.error;
    return new ApiError({ status: response.status, code, message, requestId, details });
  }
  return new ApiError({
    status: response.status,
    code: 'HTTP_ERROR',
    message: `${path} answered ${response.status}.`,
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}

/**
 * Fetches a same-origin path and throws {@link ApiError} unless it answers 2xx; returns the raw response (for
 * 204 answers, CSV downloads and event streams).
 *
 * @example
 * const response = await fetchOk({ path: '/api/usage.csv' });
 */
export async function fetchOk({ path, init }: { path: string; init?: RequestInit }): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: `Could not reach ${path}.`, cause });
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => undefined);
  throw errorOf({ path, response, body });
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false; value: undefined }> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(contentType)) return { ok: false, value: undefined };
  try {
    return { ok: true, value: await response.json() };
  } catch {
    return { ok: false, value: undefined };
  }
}
