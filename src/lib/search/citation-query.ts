/**
 * Reads a query as a citation when it is one: an article number, optionally with words naming
 * the instrument ("Art. 2 Budapest", "Penal Code 28", "UN 41", "ст. 7", "205", "2-бап"). The words
 * naming each instrument are data (each instrument's `searchNames`, carried by the manifest).
 */
import { normalise } from './normalise.ts';

/** Words that mean "article" and add nothing else to a citation query (normalised). */
export const ARTICLE_WORDS = new Set(['art', 'article', 'articles', 'статья', 'статьи', 'ст', 'бап', 'бабы', 'pants', 'panta', 'no', 'nr']);

/** The words naming each instrument, by instrument key. */
export type InstrumentNames = { key: string; names: string[] }[];

export interface CitationQuery {
  number: string;
  /** Instruments the query names (empty: any instrument). */
  instruments: string[];
  /** Script of the query's words, to order language versions. */
  script: 'latin' | 'cyrillic' | null;
}

export function readCitationQuery(query: string, instruments: InstrumentNames): CitationQuery | null {
  // Article numbers keep their hyphenated parts ("121-1", also in "121-1-бап").
  const words = normalise(query)
    .replace(/(\d+(?:-\d+)*)-(?=\p{L})/gu, '$1 ')
    .split(/[^\p{L}\p{N}-]+|(?<!\d)-|-(?!\d)/u)
    .filter(Boolean);
  const naming = new Set(instruments.flatMap((i) => i.names));
  // A number that names an instrument ("185" in "ETS 185") is not the article number.
  const numbers = words.filter((w) => /^\d+(?:-\d+)*$/.test(w) && !naming.has(w));
  if (numbers.length !== 1) return null;
  const others = words.filter((w) => w !== numbers[0] && !ARTICLE_WORDS.has(w) && !naming.has(w));
  if (others.length > 0) return null;
  // The instruments the query names most fully: "Criminal Procedure Code" names the procedure code
  // by two words and the penal code by one ("code"), so only the first is meant.
  const matched = instruments.map((i) => ({ key: i.key, count: words.filter((w) => i.names.includes(w)).length }));
  const most = Math.max(0, ...matched.map((m) => m.count));
  const named = most > 0 ? matched.filter((m) => m.count === most).map((m) => m.key) : [];
  const script = /[\u0400-\u04FF]/u.test(query) ? 'cyrillic' : /[a-z]/i.test(query) ? 'latin' : null;
  return { number: numbers[0]!, instruments: named, script };
}
