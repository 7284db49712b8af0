import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n';
import { DASHBOARD_SECTIONS } from './dashboard-sections';

/** The section list. `onNavigate` lets the mobile drawer close after a choice. */
export function DashboardSidebar({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  return (
    <nav aria-label={t('dashboard.nav')} className="p-3">
      <ul className="space-y-1">
        {DASHBOARD_SECTIONS.map(({ id, to, icon: Icon }) => (
          <li key={id}>
            <Link
              to={to}
              activeOptions={{ exact: id === 'overview' }}
              onClick={onNavigate}
              className="flex items-center gap-3 rounded-lg px-3 py-2 font-medium text-sm text-zinc-600 transition-colors hover:bg-zinc-100 hover:text-zinc-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:text-zinc-400 dark:aria-[current=page]:bg-brand-950 dark:aria-[current=page]:text-brand-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
            >
              <Icon className="size-4 shrink-0" aria-hidden="true" />
              {t(`nav.${id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
