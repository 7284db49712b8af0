import { LANGUAGES, useI18n } from '../i18n';

/** EN/DE segmented switch; the pressed button is the current language. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="flex rounded-lg border border-zinc-200 p-0.5 dark:border-zinc-800">
      <legend className="sr-only">{t('language.label')}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          aria-label={t(`language.${option}`)}
          onClick={() => setLanguage(option)}
          className="rounded-md px-2 py-1 font-medium text-xs uppercase text-zinc-600 transition-colors hover:text-zinc-900 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:text-zinc-400 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900 dark:hover:text-zinc-100"
        >
          {option}
        </button>
      ))}
    </fieldset>
  );
}
