import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { MessageSquare, RefreshCw } from 'lucide-react';
import { healthQueryOptions } from '../../api';
import { Button, buttonClass, PageHeader } from '../../components/ui';
import { useT } from '../../i18n';
import { HealthCard } from './health-card';
import { HealthError } from './health-error';
import { HealthSkeleton } from './health-skeleton';
import { OverviewDashboard } from './overview/overview-dashboard';

/** `/dashboard`: tokens left, usage over time, requests, firewall blocks, recent activity and the platform status. */
export function OverviewPage() {
  const t = useT();
  const health = useQuery(healthQueryOptions());
  const refresh = () => void health.refetch();
  return (
    <>
      <PageHeader
        title={t('nav.overview')}
        description={t('overview.description')}
        actions={
          <Link to="/dashboard/chat" className={buttonClass({ variant: 'primary' })}>
            <MessageSquare className="size-4" aria-hidden="true" />
            {t('overview.startChat')}
          </Link>
        }
      />
      <OverviewDashboard />
      <section
        aria-labelledby="platform-status"
        className="mt-6 rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="mb-4 flex items-center justify-between gap-3">
          <h2 id="platform-status" className="font-semibold text-base">
            {t('status.title')}
          </h2>
          <Button
            size="sm"
            onClick={refresh}
            disabled={health.isFetching}
            icon={
              <RefreshCw
                className={`size-4 ${health.isFetching ? 'motion-safe:animate-spin' : ''}`}
                aria-hidden="true"
              />
            }
          >
            {t('status.refresh')}
          </Button>
        </div>
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
