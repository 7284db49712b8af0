import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Bot, MessageSquare, Settings2, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { APPS_QUERY_KEY, appsQueryOptions, deleteApp } from '../../../api/apps-api';
import type { App } from '../../../api/apps-schemas';
import { can, meQueryOptions } from '../../../api/me-query';
import {
  AddButton,
  Badge,
  buttonClass,
  ConfirmDialog,
  EmptyState,
  ErrorNotice,
  IconButton,
  PageHeader,
  SkeletonRows,
} from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';
import { CreateAgentDialog } from './create-agent-dialog';
import { MODE_TONES } from './mode-label';

/** One agent: name, mode, model, description, when it changed, and its actions. */
function AgentCard({ app, canWrite, onDelete }: { app: App; canWrite: boolean; onDelete: () => void }) {
  const t = useT();
  const { locale } = useI18n();
  return (
    <li className="flex flex-col rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="truncate font-semibold">
            <Link
              to="/dashboard/agents/$agentId"
              params={{ agentId: app.id }}
              className="rounded hover:text-brand-600 dark:hover:text-brand-400"
            >
              {app.name}
            </Link>
          </h2>
          <p className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">
            {app.config.upstream ? t('agents.runsOnDify') : app.config.model}
          </p>
        </div>
        <Badge tone={MODE_TONES[app.mode]}>{t(`agents.mode.${app.mode}`)}</Badge>
      </div>
      <p className="mt-3 line-clamp-2 flex-1 text-sm text-zinc-600 dark:text-zinc-400">
        {app.description || t('agents.noDescription')}
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
        <span>{t('agents.version', { version: app.version })}</span>
        <span aria-hidden="true">·</span>
        <span>
          {t('agents.updated', { date: new Date(app.updatedAt).toLocaleDateString(locale, { dateStyle: 'medium' }) })}
        </span>
        {app.firewallPolicy ? <Badge tone="warn">{t('agents.ownPolicy')}</Badge> : null}
      </div>
      <div className="mt-4 flex items-center gap-2 border-zinc-100 border-t pt-4 dark:border-zinc-800">
        <Link to="/dashboard/agents/$agentId" params={{ agentId: app.id }} className={buttonClass({ size: 'sm' })}>
          <Settings2 className="size-4" aria-hidden="true" />
          {t('agents.configure')}
        </Link>
        <Link
          to="/dashboard/agents/$agentId"
          params={{ agentId: app.id }}
          search={{ tab: 'test' }}
          className={buttonClass({ size: 'sm', variant: 'ghost' })}
        >
          <MessageSquare className="size-4" aria-hidden="true" />
          {t('agents.test')}
        </Link>
        {canWrite ? (
          <IconButton label={t('agents.delete.label', { name: app.name })} onClick={onDelete} className="ml-auto">
            <Trash2 className="size-4" aria-hidden="true" />
          </IconButton>
        ) : null}
      </div>
    </li>
  );
}

/**
 * `/dashboard/agents`: the organization's chat, agent and completion apps, with create and delete. Workflow apps are
 * listed under Workflows.
 */
export function AgentsPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const me = useQuery(meQueryOptions());
  const apps = useQuery(appsQueryOptions());
  const canWrite = can(me.data, 'apps:write');
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<App | null>(null);
  const remove = useMutation({
    mutationFn: (app: App) => deleteApp({ appId: app.id }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: APPS_QUERY_KEY });
      setDeleting(null);
    },
  });
  const agents = apps.data?.data.filter((app) => app.mode !== 'workflow') ?? [];
  const createButton = canWrite ? (
    <AddButton onClick={() => setCreating(true)}>{t('agents.create.open')}</AddButton>
  ) : null;

  return (
    <>
      <PageHeader title={t('nav.agents')} description={t('section.agents.description')} actions={createButton} />
      {apps.isPending ? (
        <SkeletonRows label={t('agents.loading')} rows={4} />
      ) : apps.isError ? (
        <ErrorNotice
          title={t('agents.loadFailed')}
          error={apps.error}
          onRetry={() => apps.refetch()}
          retrying={apps.isFetching}
        />
      ) : agents.length === 0 ? (
        <EmptyState
          icon={Bot}
          title={t('agents.empty.title')}
          body={canWrite ? t('agents.empty.body') : t('agents.empty.readOnly')}
          action={createButton}
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {agents.map((app) => (
            <AgentCard
              key={app.id}
              app={app}
              canWrite={canWrite}
              onDelete={() => {
                remove.reset();
                setDeleting(app);
              }}
            />
          ))}
        </ul>
      )}
      <CreateAgentDialog open={creating} onOpenChange={setCreating} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        title={t('agents.delete.title', { name: deleting?.name ?? '' })}
        description={t('agents.delete.body')}
        confirmLabel={t('agents.delete.confirm')}
        destructive
        pending={remove.isPending}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting);
        }}
      >
        {remove.isError ? <ErrorNotice title={t('agents.delete.failed')} error={remove.error} /> : null}
      </ConfirmDialog>
    </>
  );
}
