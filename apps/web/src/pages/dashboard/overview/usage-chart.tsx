import { useQuery } from '@tanstack/react-query';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { usageQueryOptions } from '../../../api';
import { Card, CardHeader, ErrorNotice, Skeleton } from '../../../components/ui';
import { useI18n } from '../../../i18n';

/** The last 30 days of charged tokens, one point per day (days without use are shown as zero). */
export function UsageChart({ from }: { from: string }) {
  const { t, locale } = useI18n();
  const usage = useQuery(usageQueryOptions({ from, groupBy: 'day' }));
  const byDay = new Map((usage.data?.data ?? []).map((row) => [row.key?.slice(0, 10) ?? '', row]));
  const days = Array.from({ length: 30 }, (_, index) => {
    const day = new Date(Date.parse(from) + (index + 1) * 86_400_000).toISOString().slice(0, 10);
    const row = byDay.get(day);
    return { day, tokens: row?.tokens ?? 0, calls: row?.calls ?? 0 };
  });
  const label = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const number = new Intl.NumberFormat(locale);
  return (
    <Card aria-labelledby="usage-title">
      <CardHeader id="usage-title" title={t('overview.usage')} description={t('overview.usageHint')} />
      {usage.isPending ? (
        <Skeleton className="h-56 w-full" />
      ) : usage.isError ? (
        <ErrorNotice title={t('overview.usageFailed')} error={usage.error} onRetry={() => void usage.refetch()} />
      ) : usage.data.totals.calls === 0 ? (
        <p className="grid h-40 place-items-center rounded-xl bg-zinc-50 px-6 text-center text-sm text-zinc-500 dark:bg-zinc-800/40">
          {t('overview.usageEmpty')}
        </p>
      ) : (
        <figure className="h-56" aria-label={t('overview.usage')}>
          <ResponsiveContainer width="100%" height="100%">
            <AreaChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <defs>
                <linearGradient id="usage-fill" x1="0" y1="0" x2="0" y2="1">
                  <stop offset="0%" stopColor="var(--color-brand-500)" stopOpacity={0.35} />
                  <stop offset="100%" stopColor="var(--color-brand-500)" stopOpacity={0} />
                </linearGradient>
              </defs>
              <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.1} vertical={false} />
              <XAxis
                dataKey="day"
                tickFormatter={(day: string) => label.format(new Date(day))}
                tick={{ fontSize: 12, fill: 'currentColor' }}
                className="text-zinc-500"
                minTickGap={24}
              />
              <YAxis
                allowDecimals={false}
                tick={{ fontSize: 12, fill: 'currentColor' }}
                className="text-zinc-500"
                width={48}
              />
              <Tooltip
                labelFormatter={(day) => label.format(new Date(String(day)))}
                formatter={(value, name) => [
                  number.format(Number(value)),
                  name === 'tokens' ? t('overview.tokens') : t('overview.calls'),
                ]}
                contentStyle={{ borderRadius: 8, fontSize: 13 }}
              />
              <Area
                type="monotone"
                dataKey="tokens"
                stroke="var(--color-brand-600)"
                fill="url(#usage-fill)"
                strokeWidth={2}
              />
            </AreaChart>
          </ResponsiveContainer>
        </figure>
      )}
    </Card>
  );
}
