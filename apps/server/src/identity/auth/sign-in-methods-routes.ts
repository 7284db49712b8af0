import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import { consoleErrorResponses } from '../../routes/console-error-responses.js';
import { consoleRoute } from '../access/index.js';
import type { AuthSettings } from './auth-options.js';

export const SignInMethodsSchema = z
  .object({
    emailPassword: z.boolean(),
    google: z.boolean(),
    github: z.boolean(),
    emailDelivery: z.boolean().openapi({ description: 'Whether verification and reset e-mails are really sent.' }),
  })
  .openapi('SignInMethods');

const signInMethods = consoleRoute({
  access: 'public',
  method: 'get',
  path: '/api/sign-in-methods',
  tags: ['Accounts'],
  summary: 'Which sign-in methods this server offers (the login page shows only these)',
  responses: {
    200: { description: 'The enabled methods.', content: { 'application/json': { schema: SignInMethodsSchema } } },
    ...consoleErrorResponses,
  },
});

export function signInMethodsRoutes({ settings }: { settings: AuthSettings }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const methods = SignInMethodsSchema.parse({
    emailPassword: true,
    google: Boolean(settings.oauth.google),
    github: Boolean(settings.oauth.github),
    emailDelivery: settings.emailDelivery,
  });
  app.openapi(signInMethods, (c) => c.json(methods, 200));
  return app;
}
