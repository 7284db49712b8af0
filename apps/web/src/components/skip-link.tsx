import { useT } from '../i18n';

/** The first tab stop on every page: jumps past the header to `<main id="main">`. */
export function SkipLink() {
  const t = useT();
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-brand-600 focus:px-4 focus:py-2 focus:text-white"
    >
      {t('a11y.skipToContent')}
    </a>
  );
}
