import { createRoute, redirect } from '@tanstack/react-router';
import { meQueryOptions } from '../api';
import { safeRedirect } from '../pages/auth/safe-redirect';
import { LandingPage } from '../pages/landing-page';
import { LoginPage } from '../pages/login-page';
import { RegisterPage } from '../pages/register-page';
import { rootRoute } from './root-route';

/** `?redirect=/dashboard/...`: where the auth guard sent the visitor from. */
interface AuthSearch {
  redirect?: string;
}

function validateAuthSearch(search: Record<string, unknown>): AuthSearch {
  return typeof search.redirect === 'string' ? { redirect: safeRedirect(search.redirect) } : {};
}

/** Someone already signed in has nothing to do on /login or /register: straight to the dashboard. */
async function skipWhenSignedIn({
  context,
  search,
}: {
  context: { queryClient: import('@tanstack/react-query').QueryClient };
  search: AuthSearch;
}) {
  const me = await context.queryClient.ensureQueryData(meQueryOptions()).catch(() => null);
  if (me?.user) throw redirect({ href: safeRedirect(search.redirect), replace: true });
}

export const landingRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: LandingPage });
export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: validateAuthSearch,
  beforeLoad: skipWhenSignedIn,
  component: LoginPage,
});
export const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  validateSearch: validateAuthSearch,
  beforeLoad: skipWhenSignedIn,
  component: RegisterPage,
});
