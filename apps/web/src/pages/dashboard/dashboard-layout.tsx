import { Link, Outlet } from '@tanstack/react-router';
import { Menu, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { HeaderControls } from '../../components/header-controls';
import { Logo } from '../../components/logo';
import { useT } from '../../i18n';
import { DashboardSidebar } from './dashboard-sidebar';
import { UserMenu } from './user-menu';

const SIDEBAR_ID = 'dashboard-sidebar';

/** `/dashboard/*`: header, section sidebar (a drawer below `md`) and the section's page. */
export function DashboardLayout() {
  const t = useT();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50 dark:bg-zinc-950">
      <header className="sticky top-0 z-30 flex h-16 items-center gap-3 border-zinc-200 border-b bg-white px-4 dark:border-zinc-800 dark:bg-zinc-900">
        <button
          type="button"
          onClick={() => setMenuOpen((open) => !open)}
          aria-label={menuOpen ? t('dashboard.closeMenu') : t('dashboard.openMenu')}
          aria-expanded={menuOpen}
          aria-controls={SIDEBAR_ID}
          className="grid size-9 place-items-center rounded-lg text-zinc-600 hover:bg-zinc-100 md:hidden dark:text-zinc-400 dark:hover:bg-zinc-800"
        >
          {menuOpen ? <X className="size-5" aria-hidden="true" /> : <Menu className="size-5" aria-hidden="true" />}
        </button>
        <Link to="/" className="rounded-lg">
          <Logo />
        </Link>
        <div className="ml-auto flex items-center gap-2">
          <HeaderControls />
          <UserMenu />
        </div>
      </header>
      <div className="flex flex-1">
        {menuOpen ? (
          // A pointer target for "tap outside to close"; keyboard users have Escape and the menu button.
          <button
            type="button"
            tabIndex={-1}
            aria-label={t('dashboard.closeMenu')}
            onClick={() => setMenuOpen(false)}
            className="fixed inset-0 top-16 z-20 bg-zinc-950/40 md:hidden"
          />
        ) : null}
        <aside
          id={SIDEBAR_ID}
          className={`${menuOpen ? 'block' : 'hidden'} fixed top-16 bottom-0 left-0 z-20 w-64 overflow-y-auto border-zinc-200 border-r bg-white md:sticky md:block md:h-[calc(100dvh-4rem)] dark:border-zinc-800 dark:bg-zinc-900`}
        >
          <DashboardSidebar onNavigate={() => setMenuOpen(false)} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-8 focus:outline-none sm:px-8">
          <div className="mx-auto max-w-6xl">
            <Outlet />
          </div>
        </main>
      </div>
    </div>
  );
}
