import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../http/app-env.js';
import type { Metrics } from './create-metrics.js';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Counts every request and observes its latency by method, route pattern and status, and keeps the gauge of
 * streamed answers being sent. The route is the pattern the router matched (`/api/apps/:id`), never the raw URL, so
 * label values stay bounded; a request no route answers is `unmatched`. Latency is measured until the response
 * starts: for a streamed answer that is its headers. A stream counts as active from then until its socket response
 * closes (finished or cut) — one listener per stream, nothing per chunk. Register it first, so it sees every request
 * and the status `onError` and `notFound` chose.
 *
 * @example app.use('*', httpMetrics({ metrics }))
 */
export function httpMetrics({ metrics }: { metrics: Metrics }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const labels = {
      method: METHODS.has(c.req.method) ? c.req.method : 'OTHER',
      route: routeOf(c),
      status: String(c.res.status),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpSeconds.observe(labels, (performance.now() - started) / 1000);
    if (c.res.headers.get('content-type')?.startsWith('text/event-stream')) watchStream(c, metrics);
  };
}

/** The route pattern that answered: the handler's route, else (a middleware answered) the last handler matched. */
function routeOf(c: Context<AppEnv>): string {
  const routes = matchedRoutes(c);
  const current = routes[c.req.routeIndex];
  if (current && current.method !== 'ALL') return current.path;
  for (let index = routes.length - 1; index >= 0; index--) {
    const route = routes[index];
    if (route && route.method !== 'ALL') return route.path;
  }
  // Only middleware matched: a 404 is an unknown path (of unbounded variety); otherwise the middleware's pattern
  // (the dashboard's `*`, a CORS preflight's `/v1/*`).
  return c.res.status === 404 || !current ? 'unmatched' : current.path;
}

function watchStream(c: Context<AppEnv>, metrics: Metrics): void {
  // Only a real socket tells when the stream ends (app.request in tests has none).
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  if (!outgoing || typeof outgoing.once !== 'function') return;
  const labels = { api: apiOf(c.req.path) };
  metrics.activeStreams.inc(labels);
  outgoing.once('close', () => metrics.activeStreams.dec(labels));
}

function apiOf(path: string): 'openai' | 'dify' | 'console' {
  if (path.startsWith('/v1/')) return 'openai';
  if (path.startsWith('/api/dify/')) return 'dify';
  return 'console';
}
