export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'sigmacode.theme';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/**
 * The theme to start with: the user's stored choice if valid, else the system preference.
 *
 * @example
 * detectTheme({ stored: null, prefersDark: true }) // 'dark'
 */
export function detectTheme({ stored, prefersDark }: { stored: string | null; prefersDark: boolean }): Theme {
  if (isTheme(stored)) return stored;
  return prefersDark ? 'dark' : 'light';
}
