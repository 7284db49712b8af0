import { isLanguage, type Language } from './languages';

/**
 * Maps a browser language tag to a dashboard language: any German variant → German, anything else → English.
 *
 * @example
 * languageFromTag('de-AT') // 'de'
 */
export function languageFromTag(tag: string | null | undefined): Language {
  return tag?.trim().toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * The language to start with: the user's stored choice if it is valid, else the browser's language.
 *
 * @example
 * detectLanguage({ stored: localStorage.getItem(KEY), browser: navigator.language })
 */
export function detectLanguage({
  stored,
  browser,
}: {
  stored: string | null | undefined;
  browser: string | null | undefined;
}): Language {
  return isLanguage(stored) ? stored : languageFromTag(browser);
}
