/** The tabs of an agent's page; `?tab=` in the URL opens one directly (e.g. the test panel from the list). */
export const AGENT_TABS = ['config', 'test', 'firewall', 'keys', 'versions'] as const;
export type AgentTab = (typeof AGENT_TABS)[number];

export interface AgentSearch {
  tab?: AgentTab;
}

/**
 * The validated search of `/dashboard/agents/$agentId`: an unknown tab is dropped rather than failing the route.
 *
 * @example
 * validateAgentSearch({ tab: 'test' }) // { tab: 'test' }
 */
export function validateAgentSearch(search: Record<string, unknown>): AgentSearch {
  const tab = search.tab;
  return typeof tab === 'string' && (AGENT_TABS as readonly string[]).includes(tab) ? { tab: tab as AgentTab } : {};
}
