import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { cx } from './cx';

/**
 * What an empty list shows: what belongs here and the next step (usually a button that creates the first item).
 *
 * @example
 * <EmptyState icon={KeyRound} title="No API keys yet" body="Create a key to call the API from your code."
 *   action={<Button variant="primary" onClick={openCreate}>Create API key</Button>} />
 */
export function EmptyState({
  icon: Icon,
  title,
  body,
  action,
  className,
}: {
  icon: LucideIcon;
  title: string;
  body: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cx(
        'flex flex-col items-center rounded-2xl border border-zinc-300 border-dashed px-6 py-10 text-center dark:border-zinc-700',
        className,
      )}
    >
      <span className="grid size-11 place-items-center rounded-xl bg-brand-50 text-brand-600 dark:bg-brand-950 dark:text-brand-300">
        <Icon className="size-5" aria-hidden="true" />
      </span>
      <p className="mt-3 font-semibold">{title}</p>
      <div className="mt-1 max-w-md text-sm text-zinc-600 dark:text-zinc-400">{body}</div>
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
