import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from './app-deps.js';
import type { AppEnv } from './http/app-env.js';
import { handleError, handleNotFound } from './http/errors/handle-errors.js';
import { validationHook } from './http/errors/validation-hook.js';
import { bodySizeLimit } from './http/middleware/body-size-limit.js';
import { corsPolicy } from './http/middleware/cors-policy.js';
import { requestContext } from './http/middleware/request-context.js';
import { securityHeaders } from './http/middleware/security-headers.js';
import { serveWebApp } from './http/static/serve-web-app.js';
import { registerDocsRoutes } from './routes/docs/docs-routes.js';
import { healthRoutes } from './routes/health/health-routes.js';

/**
 * Builds the whole HTTP application from its dependencies. No port, no process environment: tests call
 * `app.request(...)` on the result.
 *
 * @example
 * const app = createApp({ database, redis: null, logger, version: '0.1.0', config })
 * const res = await app.request('/api/health')
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const startedAt = deps.startedAt ?? Date.now();
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.onError(handleError);
  app.notFound(handleNotFound);

  app.use('*', requestContext({ logger: deps.logger }));
  app.use('*', securityHeaders());

  const cors = corsPolicy({ consoleOrigins: [deps.config.publicUrl, ...deps.config.corsOrigins] });
  app.use('/v1/*', cors.publicApi);
  app.use('/api/dify/*', cors.publicApi);
  app.use('/api/*', async (c, next) => (c.req.path.startsWith('/api/dify/') ? next() : cors.consoleApi(c, next)));

  const limit = bodySizeLimit({ maxBytes: deps.config.maxBodyBytes });
  app.use('/api/*', limit);
  app.use('/v1/*', limit);

  app.route('/', healthRoutes({ ...deps, startedAt }));
  registerDocsRoutes({ app, version: deps.version });

  if (deps.config.webDistDir) app.use('*', serveWebApp({ distDir: deps.config.webDistDir }));

  return app;
}
