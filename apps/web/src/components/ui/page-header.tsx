import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../browser/use-document-title';

/**
 * A dashboard page's title row (also the tab title); `actions` sit on the right.
 *
 * @example
 * <PageHeader title={t('nav.settings')} description={t('section.settings.description')} />
 */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: string;
  actions?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        <h1 className="font-bold text-2xl tracking-tight">{title}</h1>
        {description ? <p className="mt-1 text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
