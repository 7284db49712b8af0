import { Bot } from 'lucide-react';
import type { ThreatEvent } from '../../../api/firewall-schemas';
import { Badge } from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';
import { detectorName } from './detector-label';
import { ACTION_TONES } from './detectors';

/**
 * One event of the live feed: what happened, to which direction, which detectors, when, and the masked excerpt.
 * `data-testid="threat-event"` is what the end-to-end suite looks for.
 *
 * @example
 * <ThreatEventItem event={event} appName="Support bot" />
 */
export function ThreatEventItem({ event, appName }: { event: ThreatEvent; appName: string | undefined }) {
  const t = useT();
  const { locale } = useI18n();
  const time = new Date(event.createdAt);
  const types = [...new Set(event.findings.map((finding) => finding.type ?? finding.category))];
  return (
    <li data-testid="threat-event" data-action={event.action} className="py-3 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={ACTION_TONES[event.action]}>{t(`firewall.event.${event.action}`)}</Badge>
        {event.mode === 'shadow' ? <Badge tone="warn">{t('firewall.feed.shadow')}</Badge> : null}
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{t(`firewall.direction.${event.direction}`)}</span>
        <time
          dateTime={event.createdAt}
          className="ml-auto text-xs text-zinc-500 tabular-nums dark:text-zinc-400"
          title={time.toLocaleString(locale)}
        >
          {time.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
        </time>
      </div>
      <p className="mt-1 font-medium text-sm">
        {event.detectors.map((id) => detectorName({ id, t })).join(' · ')}
        <span className="ml-2 font-normal text-xs text-zinc-500 dark:text-zinc-400">
          {t('firewall.feed.score', { score: event.score.toFixed(2) })}
        </span>
      </p>
      {types.length > 0 ? (
        <p className="mt-1 flex flex-wrap gap-1">
          {types.map((type) => (
            <span key={type} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[0.7rem] dark:bg-zinc-800">
              {type}
            </span>
          ))}
        </p>
      ) : null}
      {event.excerpt ? (
        <p className="mt-1 line-clamp-2 break-words rounded-md bg-zinc-50 px-2 py-1 font-mono text-xs text-zinc-700 dark:bg-zinc-950 dark:text-zinc-300">
          {event.excerpt}
        </p>
      ) : null}
      {appName ? (
        <p className="mt-1 inline-flex items-center gap-1 text-xs text-zinc-500 dark:text-zinc-400">
          <Bot className="size-3.5" aria-hidden="true" />
          {t('firewall.feed.app', { name: appName })}
        </p>
      ) : null}
    </li>
  );
}
