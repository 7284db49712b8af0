import { AppError } from '@sigmacode/core';
import { principalOf } from '../access/authorize.js';
import type { Principal, UserPrincipal } from '../access/principal.js';

/**
 * The signed-in person of a route declared with access `session`; throws if an API key got this far (the route
 * was misdeclared), so use-cases can rely on a session id and an e-mail address.
 *
 * @example
 * const principal = userPrincipalOf(c)
 */
export function userPrincipalOf(c: { get(key: 'principal'): Principal | null }): UserPrincipal {
  const principal = principalOf(c);
  if (principal.kind !== 'user') {
    throw new AppError('FORBIDDEN', { message: 'This action needs a signed-in user, not an API key.' });
  }
  return principal;
}
