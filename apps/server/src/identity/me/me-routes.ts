import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import { consoleErrorResponses } from '../../routes/console-error-responses.js';
import { consoleRoute, principalOf } from '../access/index.js';
import { getMe } from './get-me.js';
import { MeSchema } from './me-schemas.js';

const me = consoleRoute({
  access: 'authenticated',
  method: 'get',
  path: '/api/me',
  tags: ['Identity'],
  summary: 'The caller: user or API key, active organization, role and permissions',
  responses: {
    200: { description: 'The caller.', content: { 'application/json': { schema: MeSchema } } },
    ...consoleErrorResponses,
  },
});

export function meRoutes({ db }: { db: Db }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(me, async (c) => c.json(await getMe({ db, principal: principalOf(c) }), 200));
  return app;
}
