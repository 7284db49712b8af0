import { fetchJson, fetchOk, type ResponseSchema } from './fetch-json';

/**
 * Sends a JSON body (POST, PUT, PATCH or DELETE) and validates the answer. The browser adds `Origin` and
 * `Sec-Fetch-Site`, which the server's CSRF check wants for cookie-authenticated changes.
 *
 * @example
 * const key = await sendJson({ method: 'POST', path: '/api/keys', body: { name: 'CI' }, schema: CreatedKeySchema });
 */
export function sendJson<T>({
  method,
  path,
  body,
  schema,
  headers,
}: {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  schema: ResponseSchema<T>;
  headers?: Record<string, string>;
}): Promise<T> {
  return fetchJson({
    path,
    schema,
    init: {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
  });
}

/**
 * Sends a request whose answer has no body that matters (204 No Content); throws {@link ApiError} on failure.
 *
 * @example
 * await sendNoContent({ method: 'DELETE', path: `/api/keys/${id}` });
 */
export async function sendNoContent({
  method,
  path,
  body,
}: {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}): Promise<void> {
  await fetchOk({
    path,
    init: {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
  });
}

/** For answers whose body does not matter (`{ success: true }` and the like): accepts any JSON. */
export const AnyBody: ResponseSchema<unknown> = { safeParse: (data) => ({ success: true, data }) };
