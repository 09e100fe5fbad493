/**
 * The languages the knowledge base holds texts in (ISO 639-1), with their names in themselves and
 * in English. Stated once here; the schemas, the search page, course packs and the compare view
 * read it (plain data, so client scripts can import it without the schema library).
 */
export const LANGUAGES = ['en', 'lv', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, { native: string; english: string }> = {
  en: { native: 'English', english: 'English' },
  lv: { native: 'Latviešu', english: 'Latvian' },
  ru: { native: 'Русский', english: 'Russian' },
  kk: { native: 'Қазақша', english: 'Kazakh' },
};

/** Whether a string names a language held. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** "Latviešu (Latvian)", or just "English". */
export function languageLabel(lang: Language): string {
  const { native, english } = LANGUAGE_NAMES[lang];
  return native === english ? native : `${native} (${english})`;
}
