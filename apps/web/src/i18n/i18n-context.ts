import { createContext } from 'react';
import type { Language } from './languages';
import type { Translate } from './translate';

export interface I18nContextValue {
  language: Language;
  /** The BCP 47 locale for Intl formatting, e.g. 'de-DE'. */
  locale: string;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nContextValue | null>(null);
