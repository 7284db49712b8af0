import { Link } from '@tanstack/react-router';
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../browser/use-document-title';
import { PublicShell } from '../components/public-shell';

/** A centred card with an icon, a title, a sentence and links: the shape of sign-in, register and not-found. */
export function NoticePage({
  icon: Icon,
  badge,
  title,
  body,
  actions,
}: {
  icon: LucideIcon;
  badge?: string;
  title: string;
  body: string;
  actions: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <PublicShell>
      <div className="mx-auto flex max-w-lg flex-col items-center px-4 py-24 text-center sm:px-6">
        <span className="grid size-14 place-items-center rounded-2xl bg-brand-50 text-brand-600 dark:bg-brand-950 dark:text-brand-300">
          <Icon className="size-7" aria-hidden="true" />
        </span>
        {badge ? (
          <p className="mt-6 rounded-full bg-amber-100 px-3 py-1 font-medium text-amber-800 text-xs dark:bg-amber-900/40 dark:text-amber-300">
            {badge}
          </p>
        ) : null}
        <h1 className="mt-4 font-bold text-3xl tracking-tight">{title}</h1>
        <p className="mt-4 text-zinc-600 leading-relaxed dark:text-zinc-400">{body}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">{actions}</div>
      </div>
    </PublicShell>
  );
}

export const primaryActionClass =
  'rounded-lg border border-transparent bg-brand-600 px-4 py-2 font-semibold text-sm text-white shadow-sm hover:bg-brand-500';
export const secondaryActionClass =
  'rounded-lg border border-zinc-300 px-4 py-2 font-semibold text-sm hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** Link helpers for NoticePage actions, so each page lists only where it points. */
export function PrimaryAction({ to, children }: { to: '/' | '/dashboard'; children: ReactNode }) {
  return (
    <Link to={to} className={primaryActionClass}>
      {children}
    </Link>
  );
}

export function SecondaryAction({ to, children }: { to: '/' | '/dashboard'; children: ReactNode }) {
  return (
    <Link to={to} className={secondaryActionClass}>
      {children}
    </Link>
  );
}
