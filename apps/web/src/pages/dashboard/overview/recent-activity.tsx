import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ledgerQueryOptions } from '../../../api';
import { Badge, Card, CardHeader, ErrorNotice, SkeletonRows } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { formatDateTime } from '../settings/format-date';

/** The newest ledger entries: purchases, grants and charges, with what they were for. */
export function RecentActivity() {
  const { t, locale } = useI18n();
  const ledger = useQuery(ledgerQueryOptions());
  const number = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const entries = (ledger.data?.data ?? []).filter((entry) => entry.balanceDelta !== 0).slice(0, 8);
  return (
    <Card aria-labelledby="activity-title">
      <CardHeader
        id="activity-title"
        title={t('overview.activity')}
        actions={
          <Link
            to="/dashboard/settings"
            search={{ tab: 'billing' }}
            className="font-medium text-brand-600 text-sm hover:text-brand-500 dark:text-brand-400"
          >
            {t('overview.allActivity')}
          </Link>
        }
      />
      {ledger.isPending ? (
        <SkeletonRows label={t('ui.loading')} rows={4} />
      ) : ledger.isError ? (
        <ErrorNotice title={t('overview.activityFailed')} error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : entries.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('overview.activityEmpty')}</p>
      ) : (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {entries.map((entry) => (
            <li key={entry.id} className="flex items-center justify-between gap-3 py-2.5">
              <div className="min-w-0">
                <p className="flex items-center gap-2 text-sm">
                  <Badge tone={entry.balanceDelta > 0 ? 'good' : 'neutral'}>{entry.kind}</Badge>
                  <span className="truncate">
                    {[entry.action, entry.model, entry.reason].filter(Boolean).join(' · ')}
                  </span>
                </p>
                <p className="mt-0.5 text-xs text-zinc-500">{formatDateTime({ value: entry.createdAt, locale })}</p>
              </div>
              <span
                className={`font-medium text-sm tabular-nums ${entry.balanceDelta > 0 ? 'text-emerald-600 dark:text-emerald-400' : ''}`}
              >
                {number.format(entry.balanceDelta)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
