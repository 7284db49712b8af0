import { Readable } from 'node:stream';
import { checkTarget, normalizeHost } from './check-target.js';
import { type HostResolver, resolveWithSystem } from './resolve-host.js';
import { sendRequest } from './send-request.js';

/** What a `fetch` replacement for SDK clients (MCP) is given. */
export type PinnedFetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/** Redirects are not followed: a client library gets the 3xx as it is, never a hop to an unchecked address. */
function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

async function bodyOf(init: RequestInit | undefined): Promise<string | Uint8Array | undefined> {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/**
 * A `fetch` for client libraries (the MCP SDK's HTTP transport) with the SSRF rules of the safe fetch: every request's
 * host is checked and resolved here, the socket connects to exactly the checked address (so DNS rebinding between the
 * check and the connection is impossible), and redirects come back as they are instead of being followed. Bodies
 * stream in both directions (server-sent events work). Refusals reject with FORBIDDEN.
 *
 * @example new StreamableHTTPClientTransport(url, { fetch: createPinnedFetch({ allowHosts: ['mcp.intranet'] }) })
 */
export function createPinnedFetch({
  allowHosts = [],
  resolve = resolveWithSystem,
}: {
  allowHosts?: readonly string[];
  resolve?: HostResolver;
} = {}): PinnedFetch {
  const allowed = new Set(allowHosts.map(normalizeHost));
  return async (input, init) => {
    const url = new URL(String(input));
    const target = await checkTarget({ url, allowHosts: allowed, resolve });
    const signal = init?.signal ?? new AbortController().signal;
    const body = await bodyOf(init);
    const response = await sendRequest({
      url,
      target,
      method: init?.method ?? 'GET',
      headers: headersOf(init),
      ...(body !== undefined ? { body } : {}),
      signal,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    const status = response.statusCode ?? 502;
    const noBody = status === 204 || status === 304 || init?.method === 'HEAD';
    if (noBody) response.resume();
    return new Response(noBody ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>), { status, headers });
  };
}
