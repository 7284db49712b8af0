import { de } from './de';
import { en, type Messages } from './en';
import type { Language } from './languages';

/** Every language's dictionary; adding a language = one file and one line here (and in LANGUAGES). */
export const DICTIONARIES = { en, de } as const satisfies Record<Language, Messages>;
