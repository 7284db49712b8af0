import type { IncomingMessage } from 'node:http';
import { AppError, isAppError } from '@sigmacode/core';
import { checkTarget, normalizeHost, resolveWithSystem, type SecretBox, sendRequest } from '@sigmacode/engine';
import type { AiConfig } from '../ai/ai-config.js';
import type { LoadedApp } from '../apps/find-app.js';

/** A request to a Dify app's Service API, relative to its base URL (`/chat-messages`, `/messages?…`). */
export interface DifyRequest {
  method: string;
  /** Path and query below the base URL, starting with `/`. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  signal: AbortSignal;
}

/**
 * The app's Dify base URL (its own, else DIFY_API_URL) without a trailing slash.
 *
 * @example difyBaseUrl(app, ai) // 'https://dify.example.com/v1'
 */
export function difyBaseUrl(app: LoadedApp, ai: Pick<AiConfig, 'difyApiUrl'>): string {
  const base = app.config.upstream?.baseUrl ?? ai.difyApiUrl;
  if (!base) throw new AppError('UPSTREAM_FAILED', { message: 'This app has no Dify base URL configured.' });
  return base.replace(/\/+$/, '');
}

/**
 * Sends a request to the Dify app behind a SIGMACODE app, with the app's own Dify key, and resolves with the response
 * head (the body is left unread, to be streamed). The target is checked against SSRF rules like every outbound call
 * the tenant controls: private, loopback, link-local and metadata addresses are refused unless the host is the
 * platform's DIFY_API_URL or in DIFY_ALLOW_HOSTS; the socket connects to the checked address (no DNS rebinding).
 * Refusals are FORBIDDEN; an unreachable Dify is UPSTREAM_FAILED.
 *
 * @example const response = await openDifyRequest({ app, ai, box, request: { method: 'GET', path: '/parameters', signal } })
 */
export async function openDifyRequest({
  app,
  ai,
  box,
  request,
}: {
  app: LoadedApp;
  ai: Pick<AiConfig, 'difyApiUrl' | 'difyAllowHosts'>;
  box: SecretBox;
  request: DifyRequest;
}): Promise<IncomingMessage> {
  const sealed = app.config.upstream?.sealedKey;
  if (!sealed) throw new AppError('UPSTREAM_FAILED', { message: 'This app has no Dify key configured.' });
  const url = new URL(`${difyBaseUrl(app, ai)}${request.path}`);
  const allowHosts = new Set((ai.difyAllowHosts ?? []).map(normalizeHost));
  if (ai.difyApiUrl) allowHosts.add(normalizeHost(new URL(ai.difyApiUrl).hostname));
  const target = await checkTarget({ url, allowHosts, resolve: resolveWithSystem });
  try {
    return await sendRequest({
      url,
      target,
      method: request.method,
      headers: { ...request.headers, authorization: `Bearer ${box.open(sealed)}` },
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: request.signal,
    });
  } catch (error) {
    if (isAppError(error)) throw error;
    if (request.signal.aborted) throw error;
    throw new AppError('UPSTREAM_FAILED', { message: 'Dify could not be reached.', cause: error });
  }
}

/**
 * The whole body of a Dify response as text, at most `maxBytes` (a longer one is an upstream failure).
 *
 * @example const json = JSON.parse(await readDifyBody(response))
 */
export async function readUpstreamText(response: IncomingMessage, maxBytes = 16 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw new AppError('UPSTREAM_FAILED', { message: 'Dify answered with a body that is too large.' });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Response headers of Dify's that reach the client. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control'];

/**
 * The headers of Dify's answer the client gets: its content type, disposition and caching — and its length only when
 * the body goes out unchanged (`keepLength`).
 *
 * @example new Response(Readable.toWeb(response), { status, headers: difyResponseHeaders(response, { keepLength: true }) })
 */
export function difyResponseHeaders(response: IncomingMessage, { keepLength = false } = {}): Headers {
  const headers = new Headers();
  for (const name of keepLength ? [...PASSED_HEADERS, 'content-length'] : PASSED_HEADERS) {
    const value = response.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return headers;
}
