import { AppError } from '@sigmacode/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import type { AccessLevel } from './access-level.js';
import type { Principal } from './principal.js';

/**
 * The one authorization decision of the console API. Throws UNAUTHENTICATED (401) when nobody is signed in and the
 * route needs someone, FORBIDDEN (403) when the caller lacks what the route needs.
 *
 * @example
 * authorize({ principal, access: 'keys:create' })
 */
export function authorize({ principal, access }: { principal: Principal | null; access: AccessLevel }): void {
  if (access === 'public') return;
  if (!principal) throw new AppError('UNAUTHENTICATED', { message: 'Sign in or send an API key.' });
  if (principal.kind === 'api_key' && principal.keyKind === 'app') {
    // App keys (`app-…`) are for their app's Dify-compatible API only, never for the console.
    throw new AppError('FORBIDDEN', { message: 'App keys only work with the Dify-compatible API of their app.' });
  }
  switch (access) {
    case 'authenticated':
      return;
    case 'session':
      if (principal.kind !== 'user') {
        throw new AppError('FORBIDDEN', { message: 'This action needs a signed-in user, not an API key.' });
      }
      return;
    case 'platform-admin':
      if (principal.kind !== 'user' || principal.platformRole !== 'admin') {
        throw new AppError('FORBIDDEN', { message: 'Only platform operators may do this.' });
      }
      return;
    default:
      if (!principal.permissions.has(access)) {
        throw new AppError('FORBIDDEN', {
          message: `Your role does not allow this (needs ${access}).`,
          details: { required: access },
        });
      }
  }
}

/** Route middleware that applies {@link authorize} with the request's principal. */
export function requireAccess(access: AccessLevel): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    authorize({ principal: c.get('principal'), access });
    await next();
  };
}

/** The principal of a route that required someone; throws if the route was misdeclared as public. */
export function principalOf(c: { get(key: 'principal'): Principal | null }): Principal {
  const principal = c.get('principal');
  if (!principal) throw new AppError('UNAUTHENTICATED');
  return principal;
}
