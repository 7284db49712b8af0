import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { writeStorage } from '../browser/safe-local-storage';
import { applyTheme } from './apply-theme';
import { initialTheme } from './initial-theme';
import { THEME_STORAGE_KEY, type Theme } from './theme';
import { ThemeContext, type ThemeContextValue } from './theme-context';

/** Holds the light/dark theme, mirrors it onto <html> and remembers an explicit choice. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<Theme>(initialTheme);

  useEffect(() => {
    applyTheme(theme);
  }, [theme]);

  const value = useMemo<ThemeContextValue>(
    () => ({
      theme,
      toggleTheme: () => {
        const next = theme === 'dark' ? 'light' : 'dark';
        writeStorage(THEME_STORAGE_KEY, next);
        setTheme(next);
      },
    }),
    [theme],
  );

  return <ThemeContext value={value}>{children}</ThemeContext>;
}
