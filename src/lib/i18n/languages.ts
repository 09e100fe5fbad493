/** Names of the languages held, in themselves and in English, for labels and `lang` attributes. */
import type { Language } from '../../schemas/common.ts';

export const LANGUAGE_NAMES: Record<Language, { native: string; english: string }> = {
  en: { native: 'English', english: 'English' },
  lv: { native: 'Latviešu', english: 'Latvian' },
  ru: { native: 'Русский', english: 'Russian' },
  kk: { native: 'Қазақша', english: 'Kazakh' },
};

/** "Latviešu (Latvian)", or just "English". */
export function languageLabel(lang: Language): string {
  const { native, english } = LANGUAGE_NAMES[lang];
  return native === english ? native : `${native} (${english})`;
}
