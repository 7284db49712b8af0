import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { AuthResultSchema, SignInMethodsSchema } from './identity-schemas';
import { AnyBody, sendJson } from './send-json';

/**
 * `GET /api/sign-in-methods`: which ways of signing in this server offers (OAuth buttons appear only when enabled).
 *
 * @example
 * const { google, github } = await getSignInMethods();
 */
export function getSignInMethods({ signal }: { signal?: AbortSignal } = {}) {
  return fetchJson({ path: '/api/sign-in-methods', schema: SignInMethodsSchema, init: signal ? { signal } : {} });
}

/**
 * Signs in with e-mail and password; the server sets the session cookie.
 *
 * @example
 * await signIn({ email: 'ada@example.com', password: 'maple orbit lantern' });
 */
export function signIn({ email, password }: { email: string; password: string }) {
  return sendJson({
    method: 'POST',
    path: '/api/auth/sign-in/email',
    body: { email, password },
    schema: AuthResultSchema,
  });
}

/**
 * Creates the account (and its personal organization) and signs in.
 *
 * @example
 * await signUp({ name: 'Ada', email: 'ada@example.com', password: 'maple orbit lantern' });
 */
export function signUp({ name, email, password }: { name: string; email: string; password: string }) {
  return sendJson({
    method: 'POST',
    path: '/api/auth/sign-up/email',
    body: { name, email, password },
    schema: AuthResultSchema,
  });
}

/** Ends the session on the server and clears the cookie. */
export async function signOut(): Promise<void> {
  await sendJson({ method: 'POST', path: '/api/auth/sign-out', body: {}, schema: AnyBody });
}

/**
 * Starts Google or GitHub sign-in; answers the provider's URL, which the caller navigates to.
 *
 * @example
 * window.location.assign((await startSocialSignIn({ provider: 'github' })).url);
 */
export function startSocialSignIn({ provider }: { provider: 'google' | 'github' }) {
  return sendJson({
    method: 'POST',
    path: '/api/auth/sign-in/social',
    body: { provider, callbackURL: '/dashboard' },
    schema: { safeParse: (data: unknown) => parseUrl(data) },
  });
}

function parseUrl(data: unknown): { success: true; data: { url: string } } | { success: false } {
  if (data && typeof data === 'object' && 'url' in data && typeof data.url === 'string') {
    return { success: true, data: { url: data.url } };
  }
  return { success: false };
}

/** Sign-in methods rarely change; five minutes is fresh enough. */
export function signInMethodsQueryOptions() {
  return queryOptions({
    queryKey: ['sign-in-methods'],
    queryFn: ({ signal }) => getSignInMethods({ signal }),
    staleTime: 300_000,
  });
}
