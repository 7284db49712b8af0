import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet, redirect } from '@tanstack/react-router';
import { meQueryOptions } from '../api';
import { SkipLink } from '../components/skip-link';
import { NotFoundPage } from '../pages/not-found-page';

/** What every route's loader can reach: the QueryClient, so loaders can prefetch with `ensureQueryData`. */
export interface RouterContext {
  queryClient: QueryClient;
}

/** True for `/dashboard` and everything under it: the pages that need a session. */
export function isProtectedPath(pathname: string): boolean {
  return pathname === '/dashboard' || pathname.startsWith('/dashboard/');
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The auth guard: every /dashboard path needs a signed-in user; without one the visitor goes to /login and comes
  // back afterwards. A failing /api/me (server down) is not a reason to sign out: the page shows its own error.
  beforeLoad: async ({ context, location }) => {
    if (!isProtectedPath(location.pathname)) return;
    const me = await context.queryClient.ensureQueryData(meQueryOptions()).catch(() => undefined);
    if (me === null || (me && !me.user)) {
      throw redirect({ to: '/login', search: { redirect: location.href }, replace: true });
    }
  },
  component: () => (
    <>
      <SkipLink />
      <Outlet />
    </>
  ),
  notFoundComponent: NotFoundPage,
});
