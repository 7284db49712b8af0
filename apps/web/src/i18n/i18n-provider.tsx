import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { readStorage, writeStorage } from '../browser/safe-local-storage';
import { detectLanguage } from './detect-language';
import { DICTIONARIES } from './dictionaries';
import { I18nContext, type I18nContextValue } from './i18n-context';
import { type Language, LOCALES } from './languages';
import { createTranslator } from './translate';

const STORAGE_KEY = 'sigmacode.language';

function initialLanguage(): Language {
  return detectLanguage({ stored: readStorage(STORAGE_KEY), browser: navigator.language });
}

/** Provides `useT()` / `useI18n()`; remembers the chosen language and keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      locale: LOCALES[language],
      setLanguage: (next) => {
        writeStorage(STORAGE_KEY, next);
        setLanguageState(next);
      },
      t: createTranslator({ messages: DICTIONARIES[language] }),
    }),
    [language],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}
