import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { SkipLink } from '../components/skip-link';
import { NotFoundPage } from '../pages/not-found-page';

/** What every route's loader can reach: the QueryClient, so loaders can prefetch with `ensureQueryData`. */
export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <>
      <SkipLink />
      <Outlet />
    </>
  ),
  notFoundComponent: NotFoundPage,
});
