/** The languages the dashboard speaks; the first is the fallback. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 locale used for number, currency and date formatting in each language. */
export const LOCALES = { en: 'en-US', de: 'de-DE' } as const satisfies Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
