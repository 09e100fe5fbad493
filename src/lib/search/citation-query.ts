/**
 * Reads a query as a citation when it is one: an article number, optionally with a pinpoint and
 * words naming the instrument ("Art. 2 Budapest", "ETS No. 185, Article 6(1)(a)", "UNCC 7",
 * "ст. 7 Конвенции ООН", "205", "2-бап"). The words naming each instrument are data (the stems of
 * each instrument's search names, short title and citation form, carried by the manifest).
 */
import { normalise, stem } from './normalise.ts';

/** Words that mean "article" and add nothing else to a citation query (normalised and stemmed). */
export const ARTICLE_WORDS = new Set(
  ['art', 'article', 'articles', 'статья', 'статьи', 'ст', 'бап', 'бабы', 'pants', 'panta', 'no', 'nr', 'n', '№'].map((w) => stem(w)),
);

/** The stems naming each instrument, by instrument key. */
export type InstrumentNames = { key: string; names: string[] }[];

export interface CitationQuery {
  number: string;
  /** The paragraph the query names, as an anchor (`1-a` for "(1)(a)"), if any. */
  anchor?: string;
  /** Instruments the query names (empty: any instrument). */
  instruments: string[];
  /** Script of the query's words, to order language versions. */
  script: 'latin' | 'cyrillic' | null;
}

/** "6(1)(a)" → number 6, anchor `1-a`; a part written "2-1" is the anchor part `2.1`. */
const PINPOINT = /(\d+(?:-\d+)*)\s*((?:\(\s*[0-9a-z]+(?:-[0-9]+)?\s*\))+)/iu;

export function readCitationQuery(query: string, instruments: InstrumentNames): CitationQuery | null {
  const pin = PINPOINT.exec(query);
  const anchor = pin?.[2]
    ? [...pin[2].matchAll(/\(\s*([0-9a-z]+(?:-[0-9]+)?)\s*\)/giu)].map((m) => m[1]!.toLowerCase().replace('-', '.')).join('-')
    : undefined;
  const text = pin ? query.replace(pin[0], ` ${pin[1]} `) : query;
  // Article numbers keep their hyphenated parts ("121-1", also in "121-1-бап").
  const words = normalise(text)
    .replace(/(\d+(?:-\d+)*)-(?=\p{L})/gu, '$1 ')
    .split(/[^\p{L}\p{N}-]+|(?<!\d)-|-(?!\d)/u)
    .filter(Boolean)
    .map((w) => (/^\d/.test(w) ? w : stem(w)));
  const naming = new Set(instruments.flatMap((i) => i.names));
  // A number that names an instrument ("185" in "ETS 185") is not the article number.
  const numbers = words.filter((w) => /^\d+(?:-\d+)*$/.test(w) && !naming.has(w));
  if (numbers.length !== 1) return null;
  const others = words.filter((w) => w !== numbers[0] && !ARTICLE_WORDS.has(w) && !naming.has(w));
  if (others.length > 0) return null;
  // The instruments the query names most fully: "Criminal Procedure Code" names the procedure code
  // by three words and the penal code by one ("code"), so only the first is meant.
  const matched = instruments.map((i) => ({ key: i.key, count: new Set(words.filter((w) => i.names.includes(w))).size }));
  const most = Math.max(0, ...matched.map((m) => m.count));
  const named = most > 0 ? matched.filter((m) => m.count === most).map((m) => m.key) : [];
  const script = /[\u0400-\u04FF]/u.test(query) ? 'cyrillic' : /[a-z]/i.test(query) ? 'latin' : null;
  return { number: numbers[0]!, ...(anchor ? { anchor } : {}), instruments: named, script };
}
