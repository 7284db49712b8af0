import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Skeleton } from '../../../components/ui';

/** One key figure of the overview: a label, the value (or a skeleton while loading) and a line under it. */
export function StatCard({
  icon: Icon,
  label,
  value,
  detail,
  loading,
  testId,
}: {
  icon: LucideIcon;
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  loading: boolean;
  testId?: string;
}) {
  return (
    <div className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        <Icon className="size-4" aria-hidden="true" />
        {label}
      </div>
      {loading ? (
        <Skeleton className="mt-3 h-8 w-28" />
      ) : (
        <p className="mt-2 font-bold text-3xl tabular-nums tracking-tight" data-testid={testId}>
          {value}
        </p>
      )}
      {detail ? <div className="mt-1 text-sm text-zinc-500">{detail}</div> : null}
    </div>
  );
}
