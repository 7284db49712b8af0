import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { permissionsOfRole } from './access/permissions.js';
import type { Principal } from './access/principal.js';
import { verifyApiKey } from './api-keys/verify-api-key.js';
import type { Auth } from './auth/create-auth.js';
import { ensurePersonalOrganization } from './organizations/ensure-personal-organization.js';
import { resolveMembership } from './organizations/resolve-membership.js';

/**
 * Resolves who makes the request and puts it on the context as `principal` (null for nobody):
 * `Authorization: Bearer <key>` → the API key's principal (an invalid key is a 401, never a fallback to the
 * cookie); otherwise the session cookie → the user acting for their active organization.
 */
export function authenticate({ auth, db }: { auth: Auth; db: Db }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', await principalOf({ auth, db, headers: c.req.raw.headers }));
    await next();
  };
}

async function principalOf({ auth, db, headers }: { auth: Auth; db: Db; headers: Headers }): Promise<Principal | null> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const principal = match?.[1] ? await verifyApiKey({ db, secret: match[1] }) : null;
    if (!principal) throw new AppError('UNAUTHENTICATED', { message: 'The API key is invalid, revoked or expired.' });
    return principal;
  }
  if (!headers.get('cookie')) return null;
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const { user, session } = found;
  const preferred = typeof session.activeOrganizationId === 'string' ? session.activeOrganizationId : null;
  let membership = await resolveMembership({ db, userId: user.id, preferredOrganizationId: preferred });
  if (!membership) {
    // A user always has an organization to act for; recreate the personal one if it was lost.
    await ensurePersonalOrganization({ db, user });
    membership = await resolveMembership({ db, userId: user.id, preferredOrganizationId: null });
    if (!membership) throw new AppError('INTERNAL', { message: 'Could not resolve an organization for this user.' });
  }
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    sessionId: session.id,
    organizationId: membership.organizationId,
    role: membership.role,
    platformRole: user.platformRole === 'admin' ? 'admin' : 'user',
    permissions: permissionsOfRole(membership.role),
  };
}
