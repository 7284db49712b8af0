import { useQuery } from '@tanstack/react-query';
import { Pause, Play, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { appsQueryOptions } from '../../../api/apps-api';
import { EVENT_POLL_MS, type ThreatEventFilter, threatEventsQueryOptions } from '../../../api/firewall-events';
import { Button, Card, CardHeader, cx, EmptyState, ErrorNotice, Select, SkeletonRows } from '../../../components/ui';
import { useT } from '../../../i18n';
import { ThreatEventItem } from './threat-event-item';

const FILTERS = ['all', 'block', 'redact', 'allow'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * The live feed: the newest threat events, polled every few seconds (pausable), filterable by action.
 *
 * @example
 * <ThreatEventFeed />
 */
export function ThreatEventFeed({ appId }: { appId?: string }) {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('all');
  const [paused, setPaused] = useState(false);
  const query: ThreatEventFilter = { action: filter === 'all' ? undefined : filter, appId, limit: 30 };
  const events = useQuery({ ...threatEventsQueryOptions(query), refetchInterval: paused ? false : EVENT_POLL_MS });
  const apps = useQuery(appsQueryOptions());
  const appName = (id: string | null) => (id ? apps.data?.data.find((app) => app.id === id)?.name : undefined);

  return (
    <Card aria-labelledby="firewall-feed-title">
      <CardHeader
        id="firewall-feed-title"
        title={t('firewall.feed.title')}
        description={t('firewall.feed.description')}
        actions={
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setPaused((value) => !value)}
            icon={
              paused ? <Play className="size-4" aria-hidden="true" /> : <Pause className="size-4" aria-hidden="true" />
            }
          >
            {paused ? t('firewall.feed.resume') : t('firewall.feed.pause')}
          </Button>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="inline-flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
          <span
            aria-hidden="true"
            className={cx('size-2 rounded-full', paused ? 'bg-zinc-400' : 'bg-emerald-500 motion-safe:animate-pulse')}
          />
          {paused ? t('firewall.feed.paused') : t('firewall.feed.live', { seconds: EVENT_POLL_MS / 1000 })}
        </p>
        <div className="flex items-center gap-2">
          <label htmlFor="firewall-feed-filter" className="text-xs text-zinc-500 dark:text-zinc-400">
            {t('firewall.feed.filter')}
          </label>
          <Select
            id="firewall-feed-filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
            className="w-40 py-1.5"
          >
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {value === 'all' ? t('firewall.feed.filter.all') : t(`firewall.event.${value}`)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {events.isPending ? (
        <SkeletonRows label={t('firewall.feed.loading')} rows={4} />
      ) : events.isError ? (
        <ErrorNotice
          title={t('firewall.feed.loadFailed')}
          error={events.error}
          onRetry={() => events.refetch()}
          retrying={events.isFetching}
        />
      ) : events.data.data.length === 0 ? (
        <EmptyState
          icon={ShieldCheck}
          title={filter === 'all' ? t('firewall.feed.empty') : t('firewall.feed.emptyFiltered')}
          body={filter === 'all' ? t('firewall.feed.emptyBody') : ''}
        />
      ) : (
        <ul
          aria-live="polite"
          aria-relevant="additions"
          className="max-h-[32rem] divide-y divide-zinc-100 overflow-y-auto pr-1 dark:divide-zinc-800"
        >
          {events.data.data.map((event) => (
            <ThreatEventItem key={event.id} event={event} appName={appName(event.appId)} />
          ))}
        </ul>
      )}
    </Card>
  );
}
