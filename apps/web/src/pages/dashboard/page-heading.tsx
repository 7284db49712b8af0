import type { ReactNode } from 'react';

/** The title row of a dashboard page; `actions` sit on the right. */
export function PageHeading({
  title,
  description,
  actions,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="font-bold text-2xl tracking-tight">{title}</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">{description}</p>
      </div>
      {actions}
    </div>
  );
}
