import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import { appQueryOptions } from '../../../api/apps-api';
import { can, meQueryOptions } from '../../../api/me-query';
import { Badge, ErrorNotice, PageHeader, SkeletonRows, Tabs } from '../../../components/ui';
import { useT } from '../../../i18n';
import { AgentConfigForm } from './agent-config-form';
import { AgentFirewallPanel } from './agent-firewall-panel';
import { AgentKeysPanel } from './agent-keys-panel';
import type { AgentTab } from './agent-tabs';
import { AgentTestPanel } from './agent-test-panel';
import { AgentVersionsPanel } from './agent-versions-panel';
import { MODE_TONES } from './mode-label';

/**
 * `/dashboard/agents/$agentId`: one agent's configuration, test panel, firewall policy, app keys and versions.
 */
export function AgentPage({ agentId, tab = 'config' }: { agentId: string; tab?: AgentTab | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const me = useQuery(meQueryOptions());
  const app = useQuery(appQueryOptions(agentId));
  const back = (
    <Link
      to="/dashboard/agents"
      className="mb-4 inline-flex items-center gap-1.5 font-medium text-sm text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
    >
      <ArrowLeft className="size-4" aria-hidden="true" />
      {t('agents.back')}
    </Link>
  );

  if (app.isPending) {
    return (
      <>
        {back}
        <SkeletonRows label={t('agents.loadingOne')} rows={6} />
      </>
    );
  }
  if (app.isError) {
    return (
      <>
        {back}
        <ErrorNotice
          title={t('agents.loadOneFailed')}
          error={app.error}
          onRetry={() => app.refetch()}
          retrying={app.isFetching}
        />
      </>
    );
  }
  const agent = app.data;
  const setTab = (next: AgentTab) =>
    void navigate({
      to: '/dashboard/agents/$agentId',
      params: { agentId },
      search: next === 'config' ? {} : { tab: next },
      replace: true,
    });

  return (
    <>
      {back}
      <PageHeader
        title={agent.name}
        description={agent.description || undefined}
        actions={
          <>
            <Badge tone={MODE_TONES[agent.mode]}>{t(`agents.mode.${agent.mode}`)}</Badge>
            <Badge tone="neutral">{t('agents.version', { version: agent.version })}</Badge>
          </>
        }
      />
      <Tabs<AgentTab>
        label={t('agents.tabs.label')}
        value={tab}
        onValueChange={setTab}
        items={[
          {
            value: 'config',
            label: t('agents.tabs.config'),
            keepMounted: true,
            content: <AgentConfigForm key={agent.id} app={agent} canWrite={can(me.data, 'apps:write')} />,
          },
          {
            value: 'test',
            label: t('agents.tabs.test'),
            content: <AgentTestPanel key={agent.id} app={agent} canRun={can(me.data, 'apps:run')} />,
          },
          {
            value: 'firewall',
            label: t('agents.tabs.firewall'),
            content: <AgentFirewallPanel key={agent.id} app={agent} canManage={can(me.data, 'firewall:manage')} />,
          },
          {
            value: 'keys',
            label: t('agents.tabs.keys'),
            content: (
              <AgentKeysPanel
                key={agent.id}
                app={agent}
                canRead={can(me.data, 'keys:read')}
                canCreate={can(me.data, 'keys:create')}
                canRevoke={can(me.data, 'keys:revoke')}
              />
            ),
          },
          {
            value: 'versions',
            label: t('agents.tabs.versions'),
            content: <AgentVersionsPanel key={agent.id} app={agent} canWrite={can(me.data, 'apps:write')} />,
          },
        ]}
      />
    </>
  );
}
