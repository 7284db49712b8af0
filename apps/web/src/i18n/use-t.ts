import { useContext } from 'react';
import { I18nContext, type I18nContextValue } from './i18n-context';
import type { Translate } from './translate';

/** The current language, its locale and the setter. Must be used inside `<I18nProvider>`. */
export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() must be used inside <I18nProvider>.');
  return value;
}

/**
 * The translate function for the current language.
 *
 * @example
 * const t = useT();
 * return <h1>{t('status.title')}</h1>;
 */
export function useT(): Translate {
  return useI18n().t;
}
