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
