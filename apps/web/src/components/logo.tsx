import { Sigma } from 'lucide-react';
import { useT } from '../i18n';

/** The SIGMACODE mark and word. */
export function Logo() {
  const t = useT();
  return (
    <span className="flex items-center gap-2 font-semibold tracking-tight">
      <span className="grid size-8 place-items-center rounded-lg bg-brand-600 text-white shadow-sm">
        <Sigma className="size-5" aria-hidden="true" strokeWidth={2.5} />
      </span>
      <span>{t('brand.name')}</span>
    </span>
  );
}
