import { useT } from '../../i18n';

/** Placeholder shapes while the first health answer is on its way. */
export function HealthSkeleton() {
  const t = useT();
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        {t('status.loading')}
      </p>
      <div className="h-6 w-28 motion-safe:animate-pulse rounded-full bg-zinc-200 dark:bg-zinc-800" />
      <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {['version', 'db', 'redis', 'uptime'].map((key) => (
          <div key={key} className="h-[5.5rem] motion-safe:animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-800/60" />
        ))}
      </div>
    </div>
  );
}
