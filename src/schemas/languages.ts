/**
 * The languages the knowledge base holds texts in (ISO 639-1), with their names in themselves and
 * in English and their script. Plain data (no schema library), so client scripts can import it;
 * `common.ts` builds the language schema from it and `src/lib/i18n/languages.ts` the labels.
 */
export const LANGUAGES = ['en', 'lv', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, { native: string; english: string; script: 'latin' | 'cyrillic' }> = {
  en: { native: 'English', english: 'English', script: 'latin' },
  lv: { native: 'Latviešu', english: 'Latvian', script: 'latin' },
  ru: { native: 'Русский', english: 'Russian', script: 'cyrillic' },
  kk: { native: 'Қазақша', english: 'Kazakh', script: 'cyrillic' },
};
