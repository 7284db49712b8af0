import { Link } from '@tanstack/react-router';
import { Construction } from 'lucide-react';
import { useDocumentTitle } from '../../browser/use-document-title';
import { useT } from '../../i18n';
import { DASHBOARD_SECTIONS, type UpcomingSectionId } from './dashboard-sections';
import { PageHeading } from './page-heading';

/** A section that later issues will build; says so plainly instead of showing controls that do nothing. */
export function ComingSoonPage({ section }: { section: UpcomingSectionId }) {
  const t = useT();
  const title = t(`nav.${section}`);
  useDocumentTitle(title);
  const Icon = DASHBOARD_SECTIONS.find(({ id }) => id === section)?.icon ?? Construction;
  return (
    <>
      <PageHeading title={title} description={t(`section.${section}.description`)} />
      <div className="mt-8 flex flex-col items-center rounded-2xl border border-zinc-300 border-dashed bg-white px-6 py-16 text-center dark:border-zinc-700 dark:bg-zinc-900">
        <span className="grid size-12 place-items-center rounded-xl bg-brand-50 text-brand-600 dark:bg-brand-950 dark:text-brand-300">
          <Icon className="size-6" aria-hidden="true" />
        </span>
        <p className="mt-4 rounded-full bg-amber-100 px-3 py-1 font-medium text-amber-800 text-xs dark:bg-amber-900/40 dark:text-amber-300">
          {t('comingSoon.badge')}
        </p>
        <p className="mt-4 max-w-md text-zinc-600 dark:text-zinc-400">{t('comingSoon.body')}</p>
        <Link
          to="/dashboard"
          className="mt-6 font-medium text-brand-600 text-sm hover:text-brand-500 dark:text-brand-400"
        >
          {t('comingSoon.back')}
        </Link>
      </div>
    </>
  );
}
