import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import type { MiddlewareHandler } from 'hono';
import { appKeyCaller } from '../dify-api/app-key-caller.js';
import type { AppEnv } from '../http/app-env.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { forwardDifyRequest } from './forward-dify-request.js';
import { type DifyRunEndpoint, proxyDifyCall } from './proxy-dify-call.js';

const RUN_ENDPOINTS: Record<string, DifyRunEndpoint> = {
  '/chat-messages': 'chat-messages',
  '/completion-messages': 'completion-messages',
  '/workflows/run': 'workflows/run',
};

/**
 * The Dify Service API for Dify-backed apps, as a middleware in front of the built-in engine's routes: a request with
 * the app key of an app that runs on Dify is answered from that Dify — the calls that run the app through the whole
 * pipeline (proxyDifyCall), everything else forwarded unchanged; requests for built-in apps go on to the next handler.
 *
 * @example app.use(`${DIFY_API_BASE}/*`, difyUpstreamMiddleware({ deps, base: DIFY_API_BASE }))
 */
export function difyUpstreamMiddleware({
  deps,
  base,
}: {
  deps: PipelineDeps;
  base: string;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Only an app key can name a Dify-backed app; anything else (no key, unknown paths) is the routes' to answer.
    const principal = c.get('principal');
    if (principal?.kind !== 'api_key' || principal.keyKind !== 'app' || !principal.appId) return next();
    const caller = await appKeyCaller(c, deps);
    if (!caller.app.config.upstream) return next();
    const path = c.req.path.slice(base.length) || '/';
    const search = new URL(c.req.url).search;
    const endpoint = c.req.method === 'POST' ? RUN_ENDPOINTS[path] : undefined;
    if (!endpoint) return forwardDifyRequest({ c, deps, caller, path: `${path}${search}` });
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = null;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new AppError('BAD_REQUEST', { message: 'Invalid JSON payload received or JSON payload is empty.' });
    }
    return proxyDifyCall({
      deps,
      principal: caller.principal,
      app: caller.app,
      endpoint,
      body: body as Record<string, unknown>,
      requestId: c.get('requestId') ?? randomUUID(),
      signal: c.req.raw.signal,
    });
  };
}
