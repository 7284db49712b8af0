import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { dashboardRouteTree } from './dashboard-routes';
import { landingRoute, loginRoute, registerRoute } from './public-routes';
import { rootRoute } from './root-route';

const routeTree = rootRoute.addChildren([landingRoute, loginRoute, registerRoute, dashboardRouteTree]);

/**
 * The app's router, built with TanStack Router's code-based API (no file-based codegen).
 *
 * @example
 * <RouterProvider router={createAppRouter({ queryClient })} />
 */
export function createAppRouter({ queryClient }: { queryClient: QueryClient }) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Loaders read through the QueryClient, which does its own caching.
    defaultPreloadStaleTime: 0,
    // Unknown paths render the full-page not-found, also under /dashboard.
    notFoundMode: 'root',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
