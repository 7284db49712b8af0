import { useQuery } from '@tanstack/react-query';
import { ChartNoAxesColumn } from 'lucide-react';
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { firewallStatsQueryOptions } from '../../../api/firewall-stats';
import { Card, CardHeader, EmptyState, QueryView } from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';
import { detectorName } from './detector-label';
import { ACTION_COLORS } from './detectors';

const BRAND = 'var(--color-brand-500)';

/** A small tooltip that follows the theme (Recharts' default is always white). */
function ChartTooltip({ active, payload, label }: TooltipContentProps<ValueType, NameType>) {
  const entry = payload?.[0];
  if (!active || !entry) return null;
  const name = (entry.payload as { name?: string } | undefined)?.name ?? label;
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-3 py-2 text-xs shadow-md dark:border-zinc-700 dark:bg-zinc-900">
      <p className="font-medium">{name}</p>
      <p className="tabular-nums">{entry.value}</p>
    </div>
  );
}

/** One chart with its title; `summary` is the same data as text for screen readers. */
function ChartPanel({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-2 font-medium text-sm">{title}</figcaption>
      <div role="img" aria-label={summary} className="h-56 text-xs text-zinc-500 dark:text-zinc-400">
        {children}
      </div>
    </figure>
  );
}

/**
 * Threat events of the last 30 days by detector, by action and per day (Recharts), refreshed with the feed.
 *
 * @example
 * <FirewallCharts />
 */
export function FirewallCharts() {
  const t = useT();
  const { locale } = useI18n();
  const stats = useQuery(firewallStatsQueryOptions());

  const body = (
    <QueryView query={stats} loadFailed={t('firewall.charts.loadFailed')} rows={4}>
      {(data) => {
        if (data.total === 0)
          return (
            <EmptyState
              icon={ChartNoAxesColumn}
              title={t('firewall.charts.emptyTitle')}
              body={t('firewall.charts.empty')}
            />
          );
        const byDetector = data.byDetector.map(({ key, count }) => ({ name: detectorName({ id: key, t }), count }));
        const byAction = data.byAction.map(({ key, count }) => ({
          name: key === 'block' || key === 'redact' || key === 'allow' ? t(`firewall.event.${key}`) : key,
          count,
          fill: ACTION_COLORS[key] ?? BRAND,
        }));
        const byDay = data.byDay.map(({ key, count }) => ({
          name: new Date(`${key}T00:00:00Z`).toLocaleDateString(locale, {
            day: 'numeric',
            month: 'short',
            timeZone: 'UTC',
          }),
          count,
        }));
        const summary = (label: string, rows: { name: string; count: number }[]) =>
          t('firewall.charts.summary', { label, list: rows.map((row) => `${row.name} ${row.count}`).join(', ') });
        const { avg, max } = data.latencyMs;
        return (
          <>
            <div className="grid gap-6 lg:grid-cols-3">
              <ChartPanel
                title={t('firewall.charts.byDetector')}
                summary={summary(t('firewall.charts.byDetector'), byDetector)}
              >
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={byDetector} layout="vertical" margin={{ left: 8, right: 16 }}>
                    <CartesianGrid horizontal={false} strokeOpacity={0.2} />
                    <XAxis type="number" allowDecimals={false} tick={{ fill: 'currentColor' }} stroke="currentColor" />
                    <YAxis
                      type="category"
                      dataKey="name"
                      width={110}
                      tick={{ fill: 'currentColor' }}
                      stroke="currentColor"
                    />
                    <Tooltip content={ChartTooltip} cursor={{ fillOpacity: 0.08 }} />
                    <Bar dataKey="count" fill={BRAND} radius={[0, 4, 4, 0]} isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </ChartPanel>
              <ChartPanel
                title={t('firewall.charts.byAction')}
                summary={summary(t('firewall.charts.byAction'), byAction)}
              >
                <div className="flex h-full items-center gap-4">
                  <div className="h-full min-w-0 flex-1">
                    <ResponsiveContainer width="100%" height="100%">
                      <PieChart>
                        <Pie
                          data={byAction}
                          dataKey="count"
                          nameKey="name"
                          innerRadius="55%"
                          outerRadius="85%"
                          stroke="none"
                          isAnimationActive={false}
                        />
                        <Tooltip content={ChartTooltip} />
                      </PieChart>
                    </ResponsiveContainer>
                  </div>
                  <ul className="space-y-1 text-xs text-zinc-700 dark:text-zinc-300">
                    {byAction.map((row) => (
                      <li key={row.name} className="flex items-center gap-2">
                        <span
                          aria-hidden="true"
                          className="size-2.5 rounded-sm"
                          style={{ backgroundColor: row.fill }}
                        />
                        {row.name}
                        <span className="font-semibold tabular-nums">{row.count}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              </ChartPanel>
              <ChartPanel title={t('firewall.charts.byDay')} summary={summary(t('firewall.charts.byDay'), byDay)}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={byDay} margin={{ right: 8 }}>
                    <CartesianGrid vertical={false} strokeOpacity={0.2} />
                    <XAxis dataKey="name" tick={{ fill: 'currentColor' }} stroke="currentColor" />
                    <YAxis allowDecimals={false} width={32} tick={{ fill: 'currentColor' }} stroke="currentColor" />
                    <Tooltip content={ChartTooltip} cursor={{ fillOpacity: 0.08 }} />
                    <Bar dataKey="count" fill={BRAND} radius={[4, 4, 0, 0]} isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </ChartPanel>
            </div>
            {avg !== null && max !== null ? (
              <p className="mt-4 text-xs text-zinc-500 dark:text-zinc-400">
                {t('firewall.charts.latency', { avg: avg.toFixed(1), max: max.toFixed(1) })}
              </p>
            ) : null}
          </>
        );
      }}
    </QueryView>
  );

  return (
    <Card>
      <CardHeader
        title={t('firewall.charts.title')}
        description={stats.data ? t('firewall.charts.total', { count: stats.data.total }) : undefined}
      />
      {body}
    </Card>
  );
}
