/**
 * Reads a query as a citation when it is one: an article number, optionally with words naming
 * the instrument ("Art. 2 Budapest", "Penal Code 28", "UN 41", "ст. 7", "205", "2-бап").
 */
import { normalise } from './normalise.ts';

/** Words that name an instrument in a query (normalised), per instrument key. */
export const INSTRUMENT_WORDS: Record<string, string[]> = {
  budapest: ['budapest', 'будапешт', 'budapestas', 'ets185', 'coe'],
  'budapest-protocol': ['protocol', 'protokols', '189', 'protokola'],
  un: ['un', 'оон', 'бұұ', 'ano', 'united', 'nations'],
  cis: ['cis', 'снг', 'тмд', 'nvs'],
  csto: ['csto', 'одкб', 'ұқшұ'],
  'kz-penal-code': ['penal', 'ук', 'уголовный', 'уголовного', 'қк', 'кодекс', 'code'],
  'kz-criminal-procedure-code': ['cpc', 'упк', 'procedure', 'procedural'],
  'kz-constitution': ['constitution', 'конституция', 'конституции'],
};
/** Words that mean "article" and add nothing else to a citation query. */
const ARTICLE_WORDS = new Set(['art', 'article', 'articles', 'статья', 'статьи', 'ст', 'бап', 'бабы', 'pants', 'panta', 'no', 'nr']);

export interface CitationQuery {
  number: string;
  /** Instruments the query names (empty: any instrument). */
  instruments: string[];
  /** Script of the query's words, to order language versions. */
  script: 'latin' | 'cyrillic' | null;
}

export function readCitationQuery(query: string): CitationQuery | null {
  const words = normalise(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const numbers = words.filter((w) => /^\d+$/.test(w) && w !== '185' && w !== '189');
  if (numbers.length !== 1) return null;
  const instruments = Object.entries(INSTRUMENT_WORDS)
    .filter(([, names]) => words.some((w) => names.includes(w)))
    .map(([key]) => key);
  // Penal code words also appear in "Criminal Procedure Code": prefer the more specific.
  const specific = instruments.includes('kz-criminal-procedure-code') ? instruments.filter((k) => k !== 'kz-penal-code') : instruments;
  const others = words.filter(
    (w) => w !== numbers[0] && !ARTICLE_WORDS.has(w) && !Object.values(INSTRUMENT_WORDS).some((n) => n.includes(w)),
  );
  if (others.length > 0) return null;
  const script = /[\u0400-\u04FF]/u.test(query) ? 'cyrillic' : /[a-z]/i.test(query) ? 'latin' : null;
  return { number: numbers[0]!, instruments: specific, script };
}
