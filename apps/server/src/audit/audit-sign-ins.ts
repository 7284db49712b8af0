import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { Auth } from '../identity/auth/create-auth.js';
import { personalOrganizationSlug } from '../identity/organizations/personal-organization.js';
import { recordAudit } from './record-audit.js';

/**
 * Audit middleware for Better Auth's e-mail sign-in: after the response (and before the sign-in guard, so its 429s
 * are seen too) records `auth.sign_in` or `auth.sign_in_failed`. A sign-in belongs to the user, so it goes into
 * the chain of their personal organization, where they can read it; a failure for an unknown address goes into
 * the platform chain.
 *
 * @example
 * app.post('/api/auth/sign-in/email', auditSignIns({ db }), signInGuard)
 */
export function auditSignIns({ db }: { db: Db }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const email = await readEmail(c);
    await next();
    const status = c.res.status;
    if (status === 200) {
      const user = await readUser(c.res);
      if (!user) return;
      await recordAudit({
        c,
        db,
        event: {
          action: 'auth.sign_in',
          organizationId: await personalOrganizationOf({ db, userId: user.id }),
          actorId: user.id,
          actorEmail: user.email,
          targetType: 'user',
          targetId: user.id,
          details: { method: 'email' },
        },
      });
      return;
    }
    if (status < 400 || status >= 500 || !email) return;
    const [known] = await db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.email, email))
      .limit(1);
    await recordAudit({
      c,
      db,
      event: {
        action: 'auth.sign_in_failed',
        organizationId: known ? await personalOrganizationOf({ db, userId: known.id }) : null,
        actorId: null,
        actorEmail: email,
        targetType: 'user',
        targetId: known?.id ?? null,
        details: { method: 'email', status, reason: status === 429 ? 'rate_limited' : 'rejected' },
      },
    });
  };
}

/**
 * Audit middleware for sign-out: learns whose session it is before Better Auth ends it, and records `auth.sign_out`
 * in the chain of the organization the session was acting for.
 *
 * @example
 * app.post('/api/auth/sign-out', auditSignOuts({ db, auth }))
 */
export function auditSignOuts({ db, auth }: { db: Db; auth: Auth }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await auth.api.getSession({ headers: c.req.raw.headers }).catch(() => null);
    await next();
    if (!session || c.res.status !== 200) return;
    const userId = session.user.id;
    await recordAudit({
      c,
      db,
      event: {
        action: 'auth.sign_out',
        organizationId: session.session.activeOrganizationId ?? (await personalOrganizationOf({ db, userId })),
        actorId: userId,
        actorEmail: session.user.email,
        targetType: 'user',
        targetId: userId,
      },
    });
  };
}

/**
 * Audit middleware for OAuth callbacks (`/api/auth/callback/:provider`, Google and GitHub): Better Auth answers both
 * outcomes with a redirect; one that sets a session cookie is a sign-in (`auth.sign_in` with the provider as method,
 * the session read back through the new cookie), any other is `auth.sign_in_failed` with Better Auth's error code.
 *
 * @example
 * app.on(['GET', 'POST'], '/api/auth/callback/:provider', auditOAuthSignIns({ db, auth }))
 */
export function auditOAuthSignIns({ db, auth }: { db: Db; auth: Auth }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Read before next(): afterwards the params are those of the route that answered.
    const method = c.req.param('provider') ?? 'oauth';
    await next();
    const cookies = c.res.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
    const sessionCookies = cookies.filter((cookie) => /session_token=./.test(cookie));
    if (sessionCookies.length > 0) {
      const session = await auth.api
        .getSession({ headers: new Headers({ cookie: sessionCookies.join('; ') }) })
        .catch(() => null);
      if (!session) return;
      await recordAudit({
        c,
        db,
        event: {
          action: 'auth.sign_in',
          organizationId: await personalOrganizationOf({ db, userId: session.user.id }),
          actorId: session.user.id,
          actorEmail: session.user.email,
          targetType: 'user',
          targetId: session.user.id,
          details: { method },
        },
      });
      return;
    }
    const location = c.res.headers.get('location') ?? '';
    const reason = URL.canParse(location, 'http://x') ? new URL(location, 'http://x').searchParams.get('error') : null;
    await recordAudit({
      c,
      db,
      event: {
        action: 'auth.sign_in_failed',
        organizationId: null,
        actorId: null,
        actorEmail: null,
        targetType: 'user',
        targetId: null,
        details: { method, status: c.res.status, reason: reason ?? 'rejected' },
      },
    });
  };
}

async function personalOrganizationOf({ db, userId }: { db: Db; userId: string }): Promise<string | null> {
  const [row] = await db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(
      and(eq(schema.organizations.slug, personalOrganizationSlug(userId)), eq(schema.organizations.personal, true)),
    )
    .limit(1);
  return row?.id ?? null;
}

async function readEmail(c: Context<AppEnv>): Promise<string | null> {
  try {
    const body: unknown = await c.req.raw.clone().json();
    const email = body && typeof body === 'object' ? (body as Record<string, unknown>).email : undefined;
    return typeof email === 'string' && email.length <= 320 ? email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

async function readUser(response: Response): Promise<{ id: string; email: string } | null> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const user = body && typeof body === 'object' ? (body as { user?: unknown }).user : undefined;
  if (!user || typeof user !== 'object') return null;
  const { id, email } = user as Record<string, unknown>;
  return typeof id === 'string' && typeof email === 'string' ? { id, email } : null;
}
