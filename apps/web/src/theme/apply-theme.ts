import type { Theme } from './theme';

/** Tailwind's `dark:` variant keys off the `dark` class on <html> (see styles.css). */
export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  document.documentElement.style.colorScheme = theme;
}
