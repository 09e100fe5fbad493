/**
 * A provision's title for readers of the English interface: its own title, with the editors'
 * English translation beside it where the text has none in English ("Незаконный доступ (Illegal
 * access, unofficial translation)"). The translation is labelled, never passed off as the text.
 */
import type { ProvisionVersion } from './records.ts';

export interface ReaderTitle {
  /** The title as the text gives it, in the text's language. */
  title: string | undefined;
  lang: string;
  /** The English title where the title is in another language, and whether it is official. */
  english?: { text: string; official: boolean } | undefined;
}

export function readerTitle(version: ProvisionVersion): ReaderTitle {
  const english = version.data.lang === 'en' ? undefined : version.data.translatedTitles.find((t) => t.lang === 'en');
  return { title: version.data.title, lang: version.data.lang, english };
}

/** The same as one line of plain text, for labels and aria-labels. */
export function readerTitleText(version: ProvisionVersion): string {
  const { title, english } = readerTitle(version);
  const translation = english ? `${english.text}${english.official ? '' : ', unofficial translation'}` : '';
  if (title && translation) return `${title} (${translation})`;
  return title ?? (translation ? `(${translation})` : '');
}
