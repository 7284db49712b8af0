import type { HealthResponse } from '@sigmacode/core';
import { Clock, Database, type LucideIcon, Server, Tag } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatUptime } from '../../format/format-uptime';
import { useI18n } from '../../i18n';
import { StatusBadge, type StatusTone } from './status-badge';

const DEPENDENCY_TONE = { ok: 'good', error: 'bad', disabled: 'neutral' } as const satisfies Record<
  HealthResponse['redis'],
  StatusTone
>;

/** The figures of a health answer: overall status, version, database, Redis, uptime. */
export function HealthCard({ health, checkedAt }: { health: HealthResponse; checkedAt: number }) {
  const { t, locale } = useI18n();
  const operational = health.status === 'ok';
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge tone={operational ? 'good' : 'bad'}>
          {operational ? t('status.operational') : t('status.degraded')}
        </StatusBadge>
        {health.failing && health.failing.length > 0 ? (
          <span className="text-red-700 text-sm dark:text-red-400">
            {t('status.failing', { list: new Intl.ListFormat(locale).format(health.failing) })}
          </span>
        ) : null}
        <span className="ml-auto text-xs text-zinc-500 dark:text-zinc-400">
          {t('status.checkedAt', { time: new Date(checkedAt).toLocaleTimeString(locale) })}
        </span>
      </div>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure icon={Tag} label={t('status.version')}>
          <span className="font-mono">{health.version}</span>
        </Figure>
        <Figure icon={Database} label={t('status.database')}>
          <StatusBadge tone={DEPENDENCY_TONE[health.db]}>{t(`status.dependency.${health.db}`)}</StatusBadge>
        </Figure>
        <Figure icon={Server} label={t('status.redis')}>
          <StatusBadge tone={DEPENDENCY_TONE[health.redis]}>{t(`status.dependency.${health.redis}`)}</StatusBadge>
        </Figure>
        <Figure icon={Clock} label={t('status.uptime')}>
          {formatUptime({ seconds: health.uptimeS, locale })}
        </Figure>
      </dl>
    </div>
  );
}

function Figure({ icon: Icon, label, children }: { icon: LucideIcon; label: string; children: ReactNode }) {
  return (
    <div className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <dt className="flex items-center gap-2 text-sm text-zinc-500 dark:text-zinc-400">
        <Icon className="size-4" aria-hidden="true" />
        {label}
      </dt>
      <dd className="mt-2 font-semibold text-lg">{children}</dd>
    </div>
  );
}
