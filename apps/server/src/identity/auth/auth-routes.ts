import type { Db } from '@sigmacode/db';
import { Hono, type MiddlewareHandler } from 'hono';
import { auditOAuthSignIns, auditSignIns, auditSignOuts } from '../../audit/audit-sign-ins.js';
import type { AppEnv } from '../../http/app-env.js';
import { checkPasswordPolicy } from '../security/check-password-policy.js';
import { signInContext } from '../security/sign-in-context.js';
import type { Auth } from './create-auth.js';
import { reshapeAuthError } from './reshape-auth-error.js';
import { stripSessionToken } from './strip-session-token.js';

/** Which field of which route carries a new password (and the e-mail/name it must not equal). */
const PASSWORD_ROUTES: Record<string, { password: string }> = {
  '/api/auth/sign-up/email': { password: 'password' },
  '/api/auth/reset-password': { password: 'newPassword' },
  '/api/auth/change-password': { password: 'newPassword' },
};

/**
 * Better Auth's endpoints under /api/auth/*, behind the platform's own checks: the password policy on every route
 * that sets a password (before any account is touched), the sign-in guard, and the console error body.
 */
export function authRoutes({ auth, db, signInGuard }: { auth: Auth; db: Db; signInGuard: MiddlewareHandler<AppEnv> }) {
  const app = new Hono<AppEnv>();
  // Audited first, so the guard's refusals are recorded as failed sign-ins too.
  app.post('/api/auth/sign-in/email', auditSignIns({ db }), signInGuard, (_c, next) => signInContext.run(true, next));
  app.post('/api/auth/sign-out', auditSignOuts({ db, auth }));
  app.on(['GET', 'POST'], '/api/auth/callback/:provider', auditOAuthSignIns({ db, auth }));
  for (const [path, fields] of Object.entries(PASSWORD_ROUTES)) {
    app.post(path, async (c, next) => {
      const body = await readJson(c.req.raw);
      const password = body[fields.password];
      if (typeof password === 'string') {
        checkPasswordPolicy({
          password,
          ...(typeof body.email === 'string' ? { email: body.email } : {}),
          ...(typeof body.name === 'string' ? { name: body.name } : {}),
        });
      }
      await next();
    });
  }
  app.on(['GET', 'POST'], '/api/auth/*', async (c) =>
    stripSessionToken(await reshapeAuthError(await auth.handler(c.req.raw))),
  );
  return app;
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = await request.clone().json();
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
