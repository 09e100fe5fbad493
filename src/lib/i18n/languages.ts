/**
 * The languages the knowledge base holds texts in (ISO 639-1), with their names in themselves and
 * in English and their script. Stated once here; the schemas, the search page, course packs and the compare view
 * read it (plain data, so client scripts can import it without the schema library).
 */
export const LANGUAGES = ['en', 'lv', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, { native: string; english: string; script: 'latin' | 'cyrillic' }> = {
  en: { native: 'English', english: 'English', script: 'latin' },
  lv: { native: 'Latviešu', english: 'Latvian', script: 'latin' },
  ru: { native: 'Русский', english: 'Russian', script: 'cyrillic' },
  kk: { native: 'Қазақша', english: 'Kazakh', script: 'cyrillic' },
};

/** The languages written in a script ("ст. 7" asks for the Cyrillic ones). */
export function languagesIn(script: 'latin' | 'cyrillic'): Language[] {
  return LANGUAGES.filter((l) => LANGUAGE_NAMES[l].script === script);
}

/** Whether a string names a language held. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** "Latviešu (Latvian)", or just "English". */
export function languageLabel(lang: Language): string {
  const { native, english } = LANGUAGE_NAMES[lang];
  return native === english ? native : `${native} (${english})`;
}
