import { useQuery } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { healthQueryOptions } from '../../api';
import { useDocumentTitle } from '../../browser/use-document-title';
import { useT } from '../../i18n';
import { HealthCard } from './health-card';
import { HealthError } from './health-error';
import { HealthSkeleton } from './health-skeleton';
import { PageHeading } from './page-heading';

/** `/dashboard`: the platform status from `GET /api/health`. */
export function OverviewPage() {
  const t = useT();
  useDocumentTitle(t('nav.overview'));
  const health = useQuery(healthQueryOptions());
  const refresh = () => void health.refetch();

  return (
    <>
      <PageHeading
        title={t('nav.overview')}
        description={t('section.overview.description')}
        actions={
          <button
            type="button"
            onClick={refresh}
            disabled={health.isFetching}
            className="inline-flex items-center gap-2 self-start rounded-lg border border-zinc-300 bg-white px-3 py-2 font-medium text-sm hover:bg-zinc-50 disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
          >
            <RefreshCw className={`size-4 ${health.isFetching ? 'motion-safe:animate-spin' : ''}`} aria-hidden="true" />
            {t('status.refresh')}
          </button>
        }
      />
      <section
        aria-labelledby="platform-status"
        className="mt-8 rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="platform-status" className="mb-4 font-semibold text-lg">
          {t('status.title')}
        </h2>
        {health.isPending ? (
          <HealthSkeleton />
        ) : health.isError ? (
          <HealthError error={health.error} onRetry={refresh} retrying={health.isFetching} />
        ) : (
          <HealthCard health={health.data} checkedAt={health.dataUpdatedAt} />
        )}
      </section>
    </>
  );
}
