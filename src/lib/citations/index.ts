/**
 * The citation grammar: finds citations of articles in a text of any of the four languages
 * (trigger → parse). Latin look-alike letters inside Cyrillic words are read through on a copy
 * of the text of the same length, so offsets point into the original.
 */
import type { Language } from '../../schemas/common.ts';
import { foldLatinInCyrillicWords } from '../text/lookalikes.ts';
import { findEnglish } from './en.ts';
import { findKazakh } from './kk.ts';
import { findLatvian } from './lv.ts';
import { findRussian } from './ru.ts';
import type { Citation } from './types.ts';

export type { Citation, CitationPart, Scope } from './types.ts';

const FINDERS: Record<Language, (text: string) => Citation[]> = { en: findEnglish, ru: findRussian, kk: findKazakh, lv: findLatvian };

/** Languages that write the instrument after the article ("Article 2 of the Convention") rather than before ("Konvencijas 2. pants"). */
const SCOPE_AFTER: Record<Language, boolean> = { en: true, ru: true, kk: false, lv: false };
/** What may stand between citations that share one scope phrase: "Article 22, paragraph 2, and Article 41, paragraph 1, of the Convention". */
const JOINER = /^[\s,]*(?:and|or|и|или|және|не|un|vai)?[\s,]*$/u;

/** Citations listed together share the scope phrase written once for all of them. */
function shareScope(citations: Citation[], text: string, lang: Language): Citation[] {
  const order = SCOPE_AFTER[lang] ? [...citations.keys()].reverse() : [...citations.keys()];
  for (const i of order) {
    const c = citations[i]!;
    const neighbour = citations[SCOPE_AFTER[lang] ? i + 1 : i - 1];
    if (!c.defaultScope || !neighbour || neighbour.defaultScope || c.scope === 'this-article') continue;
    const between = SCOPE_AFTER[lang] ? text.slice(c.end, neighbour.start) : text.slice(neighbour.end, c.start);
    if (JOINER.test(between)) citations[i] = { ...c, scope: neighbour.scope, defaultScope: false };
  }
  return citations;
}

export function findCitations(text: string, lang: Language): Citation[] {
  const folded = lang === 'ru' || lang === 'kk' ? foldLatinInCyrillicWords(text) : text;
  return shareScope(FINDERS[lang](folded), folded, lang).map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}
