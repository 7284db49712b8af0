import { newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Logger } from '../../infra/create-logger.js';
import type { Mailer } from '../../infra/mailer/index.js';
import { ensurePersonalOrganization } from '../organizations/ensure-personal-organization.js';
import { checkPasswordPolicy } from '../security/check-password-policy.js';
import { passwordHasher } from '../security/password-hasher.js';
import { signInContext } from '../security/sign-in-context.js';
import type { AuthSettings } from './auth-options.js';

const ID_PREFIXES: Record<string, string> = { user: 'usr', session: 'ses', account: 'acc', verification: 'ver' };

/** Session lifetime: a week, renewed at most once a day while in use. */
const SESSION_EXPIRES_S = 7 * 24 * 3600;
const SESSION_UPDATE_AGE_S = 24 * 3600;

/**
 * The Better Auth instance: e-mail/password (argon2id, the password policy), Google/GitHub when configured,
 * server-side sessions in the database, e-mail verification and password reset through the mailer.
 * Organizations, roles and API keys are the platform's own (see identity/), not Better Auth plugins, so one
 * authorization function governs every console route.
 */
export function createAuth({
  db,
  settings,
  mailer,
  logger,
  onUserCreated,
}: {
  db: Db;
  settings: AuthSettings;
  mailer: Mailer;
  logger: Logger;
  /** Runs once a new user has their personal organization (e.g. the welcome credit); failures are logged. */
  onUserCreated?: (created: { userId: string; organizationId: string }) => Promise<void>;
}) {
  const secure = settings.publicUrl.startsWith('https://');
  return betterAuth({
    appName: 'SIGMACODE',
    baseURL: settings.publicUrl,
    basePath: '/api/auth',
    secret: settings.secret,
    trustedOrigins: settings.trustedOrigins,
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: 'pg',
      transaction: true,
      schema: {
        user: schema.users,
        session: schema.sessions,
        account: schema.accounts,
        verification: schema.verifications,
      },
    }),
    user: {
      additionalFields: {
        platformRole: { type: 'string', required: false, defaultValue: 'user', input: false },
      },
    },
    session: {
      expiresIn: SESSION_EXPIRES_S,
      updateAge: SESSION_UPDATE_AGE_S,
      additionalFields: {
        activeOrganizationId: { type: 'string', required: false, input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      password: {
        // The route wrapper checks the full policy (it knows the e-mail and name); this is the backstop for
        // every other way a password gets set.
        hash: async (password) => {
          // A sign-in hashes only to take constant time for unknown e-mails; it sets no password.
          if (!signInContext.getStore()) checkPasswordPolicy({ password });
          return passwordHasher.hash(password);
        },
        verify: (data) => passwordHasher.verify(data),
      },
      sendResetPassword: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Reset your SIGMACODE password',
          text: `Someone asked to reset the password of your SIGMACODE account.\n\nTo choose a new password, open:\n${url}\n\nThe link works once and expires in one hour. If it was not you, ignore this e-mail.`,
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Confirm your e-mail address for SIGMACODE',
          text: `Welcome to SIGMACODE.\n\nConfirm your e-mail address by opening:\n${url}\n\nThe link expires in one hour.`,
        });
      },
    },
    socialProviders: {
      ...(settings.oauth.google ? { google: settings.oauth.google } : {}),
      ...(settings.oauth.github ? { github: settings.oauth.github } : {}),
    },
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            const organizationId = await ensurePersonalOrganization({ db, user });
            await onUserCreated?.({ userId: user.id, organizationId }).catch((error: unknown) =>
              logger.error({ err: error, userId: user.id }, 'could not finish setting up a new user'),
            );
          },
        },
      },
    },
    // Brute-force protection is the platform's own (sign-in guard, shared through Redis), so Better Auth's
    // in-memory limiter is off rather than counting twice.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'sigmacode',
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
      database: { generateId: ({ model }) => newId(ID_PREFIXES[model] ?? model.slice(0, 3)) },
      ipAddress: settings.trustProxy
        ? { ipAddressHeaders: ['x-forwarded-for', 'x-real-ip'] }
        : { disableIpTracking: true },
    },
    logger: {
      level: 'warn',
      log: (level, message, ...args) => {
        const method = level === 'error' ? 'error' : level === 'warn' ? 'warn' : 'debug';
        logger[method]({ source: 'better-auth', args }, message);
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
