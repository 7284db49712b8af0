import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { validateAgentSearch } from '../pages/dashboard/agents/agent-tabs';
import type { ChatSearch } from '../pages/dashboard/chat/chat-page';
import { DashboardLayout } from '../pages/dashboard/dashboard-layout';
import { SETTINGS_TABS, type SettingsSearch } from '../pages/dashboard/settings/settings-search';
import { rootRoute } from './root-route';

// Every page is its own chunk, loaded when first visited (the charts library alone is several hundred kilobytes);
// the layout around them loads with the app.
const OverviewPage = lazyRouteComponent(() => import('../pages/dashboard/overview-page'), 'OverviewPage');
const ModelsPage = lazyRouteComponent(() => import('../pages/dashboard/models/models-page'), 'ModelsPage');
const ChatPage = lazyRouteComponent(() => import('../pages/dashboard/chat/chat-page'), 'ChatPage');
const AgentsPage = lazyRouteComponent(() => import('../pages/dashboard/agents/agents-page'), 'AgentsPage');
const AgentPage = lazy(() =>
  import('../pages/dashboard/agents/agent-page').then((module) => ({ default: module.AgentPage })),
);
const FirewallPage = lazyRouteComponent(() => import('../pages/dashboard/firewall/firewall-page'), 'FirewallPage');
const SettingsPage = lazyRouteComponent(() => import('../pages/dashboard/settings/settings-page'), 'SettingsPage');
const WorkflowsPage = lazyRouteComponent(() => import('../pages/dashboard/workflows/workflows-page'), 'WorkflowsPage');
const KnowledgePage = lazyRouteComponent(() => import('../pages/dashboard/knowledge/knowledge-page'), 'KnowledgePage');
const ToolsPage = lazyRouteComponent(() => import('../pages/dashboard/tools/tools-page'), 'ToolsPage');

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

export const chatRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'chat',
  validateSearch: (search: Record<string, unknown>): ChatSearch => ({
    ...(typeof search.app === 'string' ? { app: search.app } : {}),
    ...(typeof search.c === 'string' ? { c: search.c } : {}),
  }),
  component: ChatPage,
});

export const agentsRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'agents',
  component: AgentsPage,
});

export const agentRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'agents/$agentId',
  validateSearch: validateAgentSearch,
  component: function AgentRouteComponent() {
    const { agentId } = agentRoute.useParams();
    const { tab } = agentRoute.useSearch();
    return (
      <Suspense fallback={null}>
        <AgentPage agentId={agentId} tab={tab} />
      </Suspense>
    );
  },
});

export const firewallRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'firewall',
  component: FirewallPage,
});

export const settingsRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'settings',
  validateSearch: (search: Record<string, unknown>): SettingsSearch =>
    SETTINGS_TABS.find((tab) => tab === search.tab) ? { tab: search.tab as SettingsSearch['tab'] } : {},
  component: SettingsPage,
});

export const workflowsRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'workflows',
  component: WorkflowsPage,
});

export const knowledgeRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'knowledge',
  component: KnowledgePage,
});

export const toolsRoute = createRoute({
  getParentRoute: () => dashboardRoute,
  path: 'tools',
  component: ToolsPage,
});

export const dashboardRouteTree = dashboardRoute.addChildren([
  overviewRoute,
  chatRoute,
  agentsRoute,
  agentRoute,
  workflowsRoute,
  firewallRoute,
  knowledgeRoute,
  modelsRoute,
  toolsRoute,
  settingsRoute,
]);
