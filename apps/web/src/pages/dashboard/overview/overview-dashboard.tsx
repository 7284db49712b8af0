import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Activity, Coins, ShieldBan } from 'lucide-react';
import { useState } from 'react';
import { balanceQueryOptions, can, meQueryOptions, usageQueryOptions } from '../../../api';
import { firewallStatsQueryOptions } from '../../../api/firewall-stats';
import { useI18n } from '../../../i18n';
import { RecentActivity } from './recent-activity';
import { StatCard } from './stat-card';
import { UsageChart } from './usage-chart';

const LINK = 'font-medium text-brand-600 hover:text-brand-500 dark:text-brand-400';

/** The figures and charts of `/dashboard`, each shown only when the role may read it. */
export function OverviewDashboard() {
  const { t, locale } = useI18n();
  const me = useQuery(meQueryOptions());
  // One "30 days ago" per visit, so the usage queries keep one key.
  const [from] = useState(() => new Date(Date.now() - 30 * 86_400_000).toISOString());
  const mayBilling = can(me.data, 'billing:read');
  const mayUsage = can(me.data, 'usage:read');
  const mayFirewall = can(me.data, 'firewall:read');
  const balance = useQuery({ ...balanceQueryOptions(), enabled: mayBilling });
  const usage = useQuery({ ...usageQueryOptions({ from, groupBy: 'day' }), enabled: mayUsage });
  const firewall = useQuery({ ...firewallStatsQueryOptions(), enabled: mayFirewall });
  const number = new Intl.NumberFormat(locale);
  const blocks = firewall.data?.byAction.find((row) => row.key === 'block')?.count ?? 0;
  const unavailable = t('overview.statFailed');
  return (
    <div className="space-y-6">
      <div className="grid gap-4 md:grid-cols-3">
        {mayBilling ? (
          <StatCard
            icon={Coins}
            label={t('overview.tokensLeft')}
            loading={balance.isPending}
            testId="overview-tokens"
            value={balance.data ? number.format(balance.data.available) : unavailable}
            detail={
              balance.data && balance.data.reserved > 0 ? (
                t('overview.reserved', { count: number.format(balance.data.reserved) })
              ) : (
                <Link to="/dashboard/settings" search={{ tab: 'billing' }} className={LINK}>
                  {t('overview.buyTokens')}
                </Link>
              )
            }
          />
        ) : null}
        {mayUsage ? (
          <StatCard
            icon={Activity}
            label={t('overview.requests')}
            loading={usage.isPending}
            value={usage.data ? number.format(usage.data.totals.calls) : unavailable}
            detail={usage.data ? t('overview.spent', { count: number.format(usage.data.totals.tokens) }) : undefined}
          />
        ) : null}
        {mayFirewall ? (
          <StatCard
            icon={ShieldBan}
            label={t('overview.blocks')}
            loading={firewall.isPending}
            value={firewall.data ? number.format(blocks) : unavailable}
            detail={
              <Link to="/dashboard/firewall" className={LINK}>
                {t('overview.openFirewall')}
              </Link>
            }
          />
        ) : null}
      </div>
      {mayUsage ? <UsageChart from={from} /> : null}
      {mayBilling ? <RecentActivity /> : null}
    </div>
  );
}
