import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../browser/use-document-title';
import { PublicShell } from '../../components/public-shell';

/** The centred card of the sign-in and registration pages. */
export function AuthCard({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <PublicShell>
      <div className="relative overflow-hidden">
        <div
          aria-hidden="true"
          className="-z-10 absolute inset-0 bg-[radial-gradient(50rem_24rem_at_50%_-10%,var(--color-brand-100),transparent)] dark:bg-[radial-gradient(50rem_24rem_at_50%_-10%,var(--color-brand-950),transparent)]"
        />
        <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-20">
          <div className="rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
            <h1 className="font-bold text-2xl tracking-tight">{title}</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{subtitle}</p>
            <div className="mt-6">{children}</div>
          </div>
          <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">{footer}</p>
        </div>
      </div>
    </PublicShell>
  );
}
