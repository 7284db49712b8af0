import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Clock, Workflow } from 'lucide-react';
import { useState } from 'react';
import { appsQueryOptions } from '../../../api/apps-api';
import type { App } from '../../../api/apps-schemas';
import { can, meQueryOptions } from '../../../api/me-query';
import {
  AddButton,
  Badge,
  buttonClass,
  Card,
  CardHeader,
  EmptyState,
  ErrorNotice,
  Notice,
  PageHeader,
  SkeletonRows,
} from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';
import { CreateAgentDialog } from '../agents/create-agent-dialog';

/** Workflow apps, and apps that run on a Dify app (where workflows are built today). */
function isWorkflowApp(app: App): boolean {
  return app.mode === 'workflow' || Boolean(app.config.upstream);
}

/** One workflow app: name, mode, where it runs, and where to open it. */
function WorkflowItem({ app }: { app: App }) {
  const t = useT();
  const { locale } = useI18n();
  return (
    <li className="flex flex-wrap items-center gap-4 py-4 first:pt-0 last:pb-0">
      <span className="grid size-10 shrink-0 place-items-center rounded-xl bg-amber-50 text-amber-700 dark:bg-amber-950/50 dark:text-amber-300">
        <Workflow className="size-5" aria-hidden="true" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          {app.name}
          <Badge tone="warn">{t(`agents.mode.${app.mode}`)}</Badge>
          {app.config.upstream ? <Badge tone="brand">{t('workflows.onDify')}</Badge> : null}
        </p>
        <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">
          {app.config.upstream?.baseUrl ?? t('workflows.platformDify')} ·{' '}
          {t('agents.updated', { date: new Date(app.updatedAt).toLocaleDateString(locale, { dateStyle: 'medium' }) })}
        </p>
      </div>
      <Link to="/dashboard/agents/$agentId" params={{ agentId: app.id }} className={buttonClass({ size: 'sm' })}>
        {t('workflows.open')}
      </Link>
    </li>
  );
}

/**
 * `/dashboard/workflows`: the workflow apps that exist (workflow mode or backed by a Dify app) and what runs will look
 * like. The visual editor and run history arrive with workflows; until then the page says so instead of showing
 * controls that do nothing.
 */
export function WorkflowsPage() {
  const t = useT();
  const me = useQuery(meQueryOptions());
  const apps = useQuery(appsQueryOptions());
  const workflows = apps.data?.data.filter(isWorkflowApp) ?? [];
  const canWrite = can(me.data, 'apps:write');
  const [connecting, setConnecting] = useState(false);
  const connectButton = canWrite ? (
    <AddButton size="sm" onClick={() => setConnecting(true)}>
      {t('workflows.connect')}
    </AddButton>
  ) : null;

  return (
    <>
      <PageHeader title={t('nav.workflows')} description={t('section.workflows.description')} />
      <div className="space-y-6">
        <Notice tone="info" title={t('workflows.notice.title')}>
          {t('workflows.notice.body')}
        </Notice>
        <Card>
          <CardHeader
            title={t('workflows.apps.title')}
            description={t('workflows.apps.description')}
            actions={workflows.length > 0 ? connectButton : null}
          />
          {apps.isPending ? (
            <SkeletonRows label={t('ui.loading')} rows={3} />
          ) : apps.isError ? (
            <ErrorNotice
              title={t('agents.loadFailed')}
              error={apps.error}
              onRetry={() => apps.refetch()}
              retrying={apps.isFetching}
            />
          ) : workflows.length === 0 ? (
            <EmptyState
              icon={Workflow}
              title={t('workflows.empty.title')}
              body={
                <>
                  <p>{t('workflows.empty.body')}</p>
                  <p className="mt-2">{canWrite ? t('workflows.empty.next') : t('workflows.empty.readOnly')}</p>
                </>
              }
              action={connectButton}
            />
          ) : (
            <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {workflows.map((app) => (
                <WorkflowItem key={app.id} app={app} />
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CardHeader title={t('workflows.runs.title')} />
          <EmptyState icon={Clock} title={t('workflows.runs.empty')} body={t('workflows.runs.body')} />
        </Card>
      </div>
      <CreateAgentDialog open={connecting} onOpenChange={setConnecting} initialBackend="dify" />
    </>
  );
}
