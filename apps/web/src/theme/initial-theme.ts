import { readStorage } from '../browser/safe-local-storage';
import { detectTheme, THEME_STORAGE_KEY, type Theme } from './theme';

/** Reads the stored choice and the system preference. Browser-only. */
export function initialTheme(): Theme {
  return detectTheme({
    stored: readStorage(THEME_STORAGE_KEY),
    prefersDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
  });
}
