import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { useState } from 'react';
import { APPS_QUERY_KEY, appVersionsQueryOptions, updateApp } from '../../../api/apps-api';
import type { App, AppVersion } from '../../../api/apps-schemas';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  ConfirmDialog,
  EmptyState,
  ErrorNotice,
  QueryView,
} from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';

/**
 * The app's configuration versions, newest first; an older one can be restored, which saves it as a new version.
 *
 * @example
 * <AgentVersionsPanel app={app} canWrite={can(me, 'apps:write')} />
 */
export function AgentVersionsPanel({ app, canWrite }: { app: App; canWrite: boolean }) {
  const t = useT();
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const versions = useQuery(appVersionsQueryOptions(app.id));
  const [restoring, setRestoring] = useState<AppVersion | null>(null);
  const restore = useMutation({
    mutationFn: (version: AppVersion) => updateApp({ appId: app.id, input: { config: version.config } }),
    onSuccess: async (updated) => {
      queryClient.setQueryData([...APPS_QUERY_KEY, app.id], updated);
      await queryClient.invalidateQueries({ queryKey: APPS_QUERY_KEY });
      setRestoring(null);
    },
  });

  const body = (
    <QueryView query={versions} loadFailed={t('agents.versions.loadFailed')}>
      {(data) => {
        if (data.data.length === 0)
          return <EmptyState icon={History} title={t('agents.versions.empty')} body={t('agents.versions.emptyBody')} />;
        return (
          <ol className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {data.data.map((version) => {
              const current = version.version === app.version;
              const { config } = version;
              return (
                <li key={version.version} className="flex flex-wrap items-center gap-3 py-3">
                  <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-zinc-100 font-mono font-semibold text-sm dark:bg-zinc-800">
                    v{version.version}
                  </span>
                  <div className="min-w-0 flex-1 text-sm">
                    <p className="font-medium">
                      {new Date(version.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}
                      {current ? (
                        <Badge tone="good" className="ml-2">
                          {t('agents.versions.current')}
                        </Badge>
                      ) : null}
                    </p>
                    <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">
                      {t('agents.versions.summary', {
                        model: config.model ?? 'Dify',
                        tools: config.tools.length,
                        prompt: config.systemPrompt.length,
                      })}
                    </p>
                  </div>
                  {canWrite && !current ? (
                    <Button size="sm" onClick={() => setRestoring(version)}>
                      {t('agents.versions.restore')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ol>
        );
      }}
    </QueryView>
  );

  return (
    <Card>
      <CardHeader title={t('agents.versions.title')} description={t('agents.versions.description')} />
      {body}
      <ConfirmDialog
        open={restoring !== null}
        onOpenChange={(open) => {
          if (!open) setRestoring(null);
        }}
        title={t('agents.versions.restoreTitle', { version: restoring?.version ?? 0 })}
        description={t('agents.versions.restoreBody')}
        confirmLabel={t('agents.versions.restore')}
        pending={restore.isPending}
        onConfirm={() => {
          if (restoring) restore.mutate(restoring);
        }}
      >
        {restore.isError ? <ErrorNotice title={t('agents.versions.restoreFailed')} error={restore.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}
