import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ConsoleErrorBodySchema, HealthResponseSchema } from '@sigmacode/core';
import type { AppDeps } from '../../app-deps.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import { checkHealth } from './check-health.js';

const responses = {
  200: { description: 'Every dependency answers.', content: { 'application/json': { schema: HealthResponseSchema } } },
  503: {
    description: 'A dependency is down or the process is shutting down; `failing` names which.',
    content: { 'application/json': { schema: HealthResponseSchema } },
  },
  500: { description: 'Unexpected error.', content: { 'application/json': { schema: ConsoleErrorBodySchema } } },
};

const apiHealth = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Health of the platform and its dependencies',
  responses,
});

// The same check at /health for load balancers and orchestrators that probe the root.
const rootHealth = createRoute({ ...apiHealth, path: '/health', hide: true });

export function healthRoutes(deps: AppDeps & { startedAt: number }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const route of [apiHealth, rootHealth]) {
    app.openapi(route, async (c) => {
      const { healthy, body } = await checkHealth(deps);
      c.header('Cache-Control', 'no-store');
      return healthy ? c.json(body, 200) : c.json(body, 503);
    });
  }
  return app;
}
