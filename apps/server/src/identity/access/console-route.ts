import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { AccessLevel } from './access-level.js';
import { requireAccess } from './authorize.js';

/**
 * Declares a console route with what it requires. The access level is enforced by route middleware (which runs
 * before body validation, so an unauthorized caller learns nothing about the body) and published in the OpenAPI
 * document as `x-access`, which the authorization-matrix test reads to check every route.
 *
 * @example
 * const createKey = consoleRoute({ access: 'keys:create', method: 'post', path: '/api/keys', ... })
 * app.openapi(createKey, handler)
 */
export function consoleRoute<const R extends Omit<RouteConfig, 'middleware'>>(
  route: R & { access: AccessLevel },
): R & { middleware: ReturnType<typeof requireAccess>; 'x-access': AccessLevel } {
  const { access, ...rest } = route;
  const security = access === 'public' ? [] : [{ sessionCookie: [] }, { bearerKey: [] }];
  return createRoute({
    ...(rest as unknown as R),
    security,
    middleware: requireAccess(access),
    'x-access': access,
  }) as R & { middleware: ReturnType<typeof requireAccess>; 'x-access': AccessLevel };
}
