import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage } from '../pages/dashboard/coming-soon-page';
import { DashboardLayout } from '../pages/dashboard/dashboard-layout';
import type { UpcomingSectionId } from '../pages/dashboard/dashboard-sections';
import { ModelsPage } from '../pages/dashboard/models-page';
import { OverviewPage } from '../pages/dashboard/overview-page';
import { rootRoute } from './root-route';

export const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dashboard',
  component: DashboardLayout,
});

export const overviewRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: '/',
  component: OverviewPage,
});

export const modelsRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'models',
  component: ModelsPage,
});

/** A placeholder section; a later issue replaces the call with the section's real route. */
function upcomingSectionRoute<const S extends UpcomingSectionId>(section: S) {
  return createRoute({
    getParentRoute: () => dashboardRoute,
    path: section,
    component: () => <ComingSoonPage section={section} />,
  });
}

export const dashboardRouteTree = dashboardRoute.addChildren([
  overviewRoute,
  upcomingSectionRoute('chat'),
  upcomingSectionRoute('agents'),
  upcomingSectionRoute('workflows'),
  upcomingSectionRoute('firewall'),
  upcomingSectionRoute('knowledge'),
  modelsRoute,
  upcomingSectionRoute('tools'),
  upcomingSectionRoute('settings'),
]);
