export { detectLanguage, languageFromTag } from './detect-language';
export type { MessageKey, Messages } from './en';
export type { I18nContextValue } from './i18n-context';
export { I18nProvider } from './i18n-provider';
export { isLanguage, LANGUAGES, type Language, LOCALES } from './languages';
export type { MessageValues, Translate } from './translate';
export { useI18n, useT } from './use-t';
