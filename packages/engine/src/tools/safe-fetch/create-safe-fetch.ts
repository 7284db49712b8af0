import { AppError, isAppError } from '@sigmacode/core';
import { checkTarget, normalizeHost } from './check-target.js';
import { readBody } from './read-body.js';
import { type HostResolver, resolveWithSystem } from './resolve-host.js';
import { sendRequest } from './send-request.js';

/** A request through the safe fetch. */
export interface SafeFetchRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** A response, read to text (at most `maxBytes`). */
export interface SafeFetchResponse {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  /** True when the body was cut at `maxBytes`. */
  truncated: boolean;
  redirects: number;
}

/** Fetches a URL on behalf of a model, with the SSRF rules of `createSafeFetch`. */
export type SafeFetch = (request: SafeFetchRequest) => Promise<SafeFetchResponse>;

/** What `createSafeFetch` takes. */
export interface SafeFetchOptions {
  /** Host names or IP addresses that may be reached even when private (exact match, case-insensitive). */
  allowHosts?: readonly string[];
  /** Resolves host names (default: the system resolver). */
  resolve?: HostResolver;
  /** For the whole exchange, redirects included (default 10 s). */
  timeoutMs?: number;
  /** Largest body read, after decompression (default 1 MB); the rest is cut off. */
  maxBytes?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  userAgent?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Request headers a tool call may not set: they belong to the connection or would confuse the request. */
const DROPPED_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'proxy-authorization',
  'proxy-connection',
]);
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * A fetch for tools that cannot be turned against the platform's own network (SSRF): only http and https; the host
 * is resolved here and every address must be public — not loopback, private, link-local, CGNAT, multicast,
 * unspecified, IPv4-mapped IPv6 or a cloud metadata service — unless the host is in `allowHosts`; the connection
 * goes to the checked address (no second resolution, so no DNS rebinding); redirects are followed by hand, at most
 * `maxRedirects`, each hop checked again; a timeout covers the whole exchange; the body is capped. Refusals are
 * FORBIDDEN, network failures UPSTREAM_FAILED, the timeout UPSTREAM_TIMEOUT.
 *
 * @example
 * const safeFetch = createSafeFetch({ allowHosts: ['wiki.internal.example'] })
 * const { status, body } = await safeFetch({ url: 'https://example.com/' })
 */
export function createSafeFetch({
  allowHosts = [],
  resolve = resolveWithSystem,
  timeoutMs = 10_000,
  maxBytes = 1_000_000,
  maxRedirects = 5,
  userAgent = 'SIGMACODE-Agent/0.1 (+tool http_request)',
}: SafeFetchOptions = {}): SafeFetch {
  const allowed = new Set(allowHosts.map(normalizeHost));
  return async ({ url, method = 'GET', headers = {}, body, signal }) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let current = parseUrl(url);
    let currentMethod: string = method;
    let currentBody = method === 'POST' ? body : undefined;
    let currentHeaders = cleanHeaders({ headers, userAgent });
    try {
      for (let redirects = 0; ; redirects += 1) {
        const target = await raceAbort(checkTarget({ url: current, allowHosts: allowed, resolve }), combined);
        const response = await sendRequest({
          url: current,
          target,
          method: currentMethod,
          headers: currentHeaders,
          body: currentBody,
          signal: combined,
        });
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && location) {
          response.destroy();
          if (redirects >= maxRedirects) {
            throw new AppError('UPSTREAM_FAILED', {
              message: `Too many redirects (more than ${maxRedirects}).`,
              details: { url: current.href },
            });
          }
          const next = parseUrl(new URL(location, current).href);
          if (status === 303 || ((status === 301 || status === 302) && currentMethod === 'POST')) {
            currentMethod = 'GET';
            currentBody = undefined;
          }
          if (next.origin !== current.origin) currentHeaders = withoutCredentials(currentHeaders);
          current = next;
          continue;
        }
        const { text, truncated } = await readBody({ response, maxBytes });
        return { url: current.href, status, headers: flatHeaders(response.headers), body: text, truncated, redirects };
      }
    } catch (error) {
      throw toAppError({ error, signal, timeout, timeoutMs, url: current });
    }
  };
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new AppError('VALIDATION_FAILED', { message: 'Not a valid URL.', details: { url: text.slice(0, 500) } });
  }
}

function cleanHeaders({ headers, userAgent }: { headers: Record<string, string>; userAgent: string }) {
  const clean: Record<string, string> = { 'user-agent': userAgent, 'accept-encoding': 'gzip, deflate, br' };
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!DROPPED_HEADERS.has(lower) && !lower.startsWith('proxy-') && lower !== 'accept-encoding') clean[lower] = value;
  }
  return clean;
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.includes(name)));
}

function flatHeaders(headers: NodeJS.Dict<string | string[]>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** DNS lookups cannot be cancelled; the exchange stops waiting for them when the signal fires. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function toAppError({
  error,
  signal,
  timeout,
  timeoutMs,
  url,
}: {
  error: unknown;
  signal: AbortSignal | undefined;
  timeout: AbortSignal;
  timeoutMs: number;
  url: URL;
}): unknown {
  if (isAppError(error)) return error;
  if (signal?.aborted) return signal.reason;
  if (timeout.aborted) {
    return new AppError('UPSTREAM_TIMEOUT', {
      message: `${url.host} did not answer within ${timeoutMs} ms.`,
      details: { host: url.host },
    });
  }
  const code = (error as { code?: unknown }).code;
  return new AppError('UPSTREAM_FAILED', {
    message: `The request to ${url.host} failed${typeof code === 'string' ? ` (${code})` : ''}.`,
    details: { host: url.host },
    cause: error,
  });
}
