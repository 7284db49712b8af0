import { timingSafeEqual } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { Metrics } from './create-metrics.js';

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * `GET /metrics` in Prometheus' text format; with METRICS_TOKEN set it needs `Authorization: Bearer <token>`.
 *
 * @example app.route('/', metricsRoute({ metrics, token: config.metricsToken }))
 */
export function metricsRoute({ metrics, token }: { metrics: Metrics; token?: string | undefined }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/metrics', async (c) => {
    if (token) {
      const presented = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      if (!sameSecret(presented, token)) throw new AppError('UNAUTHENTICATED', { message: 'Send the metrics token.' });
    }
    return c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType });
  });
  return app;
}
