import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { signInContext } from '../security/sign-in-context.js';

/** Better Auth keeps its AsyncLocalStorage stores on this global (see @better-auth/core's context/global). */
const BETTER_AUTH_GLOBAL = Symbol.for('better-auth:global');
const BETTER_AUTH_STORES = ['adapterAsyncStorage', 'requestStateAsyncStorage', 'endpointContextAsyncStorage'] as const;

interface Disableable {
  disable(): void;
}

let inFlight = 0;

/** Whether a request may call into Better Auth: its own routes, and anything authenticated by a session cookie. */
function mayUseAuth(path: string, headers: Headers): boolean {
  return path.startsWith('/api/auth/') || (headers.has('cookie') && !headers.has('authorization'));
}

/**
 * Turns Better Auth's (and the sign-in's) AsyncLocalStorage stores off whenever no request that may use them is in
 * flight. On Node before 24 an enabled store makes every promise of the process run async hooks — a fifth of a
 * streamed answer's CPU once anyone has signed in — although API-key requests never read those stores. A store
 * turns itself on again at its next `run()`, so a sign-in or a session request works as before; they are only turned
 * off when none of them can be inside one (Better Auth runs no background work here: `advanced.backgroundTasks` is
 * not configured).
 *
 * @example app.use('*', quietAuthContext())
 */
export function quietAuthContext(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!mayUseAuth(c.req.path, c.req.raw.headers)) return next();
    inFlight += 1;
    try {
      await next();
    } finally {
      inFlight -= 1;
      if (inFlight === 0) disableAuthStores();
    }
  };
}

/** Disables every store Better Auth and the sign-in created (each re-enables itself on its next `run()`). */
export function disableAuthStores(): void {
  const context = (globalThis as Record<symbol, { context?: Record<string, unknown> } | undefined>)[BETTER_AUTH_GLOBAL]
    ?.context;
  for (const name of BETTER_AUTH_STORES) (context?.[name] as Disableable | undefined)?.disable();
  signInContext.disable();
}
