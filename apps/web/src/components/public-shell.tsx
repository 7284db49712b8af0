import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { HeaderControls } from './header-controls';
import { Logo } from './logo';

const NAV_LINK = 'rounded-sm text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white';

/** Header, main landmark and footer for the public pages (landing, sign-in, register, not found). */
export function PublicShell({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-30 border-zinc-200/80 border-b bg-white/80 backdrop-blur dark:border-zinc-800/80 dark:bg-zinc-950/80">
        <div className="mx-auto flex h-16 max-w-6xl items-center gap-6 px-4 sm:px-6">
          <Link to="/" className="rounded-lg">
            <Logo />
          </Link>
          <nav aria-label={t('header.nav')} className="hidden items-center gap-5 text-sm md:flex">
            <Link to="/" hash="features" className={NAV_LINK}>
              {t('header.features')}
            </Link>
            <Link to="/" hash="pricing" className={NAV_LINK}>
              {t('header.pricing')}
            </Link>
            <Link to="/dashboard" className={NAV_LINK}>
              {t('header.dashboard')}
            </Link>
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <HeaderControls />
            <Link
              to="/login"
              className="hidden rounded-lg bg-zinc-900 px-3 py-2 font-medium text-sm text-white hover:bg-zinc-700 sm:block dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
            >
              {t('header.signIn')}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <footer className="border-zinc-200 border-t dark:border-zinc-800">
        <div className="mx-auto flex max-w-6xl flex-col items-center justify-between gap-2 px-4 py-6 text-sm text-zinc-500 sm:flex-row sm:px-6 dark:text-zinc-400">
          <span>
            © {new Date().getFullYear()} {t('brand.name')}
          </span>
          <span>{t('footer.tagline')}</span>
        </div>
      </footer>
    </div>
  );
}
