import { createRoute } from '@tanstack/react-router';
import { AgentPage } from '../pages/dashboard/agents/agent-page';
import { validateAgentSearch } from '../pages/dashboard/agents/agent-tabs';
import { AgentsPage } from '../pages/dashboard/agents/agents-page';
import { ChatPage, type ChatSearch } from '../pages/dashboard/chat/chat-page';
import { DashboardLayout } from '../pages/dashboard/dashboard-layout';
import { FirewallPage } from '../pages/dashboard/firewall/firewall-page';
import { KnowledgePage } from '../pages/dashboard/knowledge/knowledge-page';
import { ModelsPage } from '../pages/dashboard/models/models-page';
import { OverviewPage } from '../pages/dashboard/overview-page';
import { SETTINGS_TABS, SettingsPage, type SettingsSearch } from '../pages/dashboard/settings/settings-page';
import { ToolsPage } from '../pages/dashboard/tools/tools-page';
import { WorkflowsPage } from '../pages/dashboard/workflows/workflows-page';
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
    return <AgentPage agentId={agentId} tab={tab} />;
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
