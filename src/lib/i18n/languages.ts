/** Labels and tests for the languages held (the list itself is data: `src/schemas/languages.ts`). */
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../schemas/languages.ts';

export { LANGUAGE_NAMES, LANGUAGES, type Language };

/** Whether a string names a language held. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** "Latviešu (Latvian)", or just "English". */
export function languageLabel(lang: Language): string {
  const { native, english } = LANGUAGE_NAMES[lang];
  return native === english ? native : `${native} (${english})`;
}

/** The languages written in a script ("ст. 7" asks for the Cyrillic ones). */
export function languagesIn(script: 'latin' | 'cyrillic'): Language[] {
  return LANGUAGES.filter((l) => LANGUAGE_NAMES[l].script === script);
}
