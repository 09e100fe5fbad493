/**
 * When two provisions share no language, the pairs that do: each side with the other side's
 * concordance counterparts held in one of its languages. A word diff across languages means
 * nothing, so the compare view offers these instead.
 */
import { sharedLanguage } from './diff.ts';

export interface CompareSide {
  id: string;
  citation: string;
  languages: string[];
  counterparts: { id: string; citation: string; languages: string[] }[];
}

export interface LanguagePair {
  a: { id: string; citation: string };
  b: { id: string; citation: string };
  lang: string;
}

/** Pairs sharing a language, each once, at most `limit`. */
export function sameLanguagePairs(a: CompareSide, b: CompareSide, limit = 8): LanguagePair[] {
  const pairs: LanguagePair[] = [];
  const seen = new Set<string>();
  const add = (x: { id: string; citation: string; languages: string[] }, y: { id: string; citation: string; languages: string[] }) => {
    const lang = sharedLanguage(x.languages, y.languages);
    const key = `${x.id}|${y.id}`;
    if (!lang || x.id === y.id || seen.has(key)) return;
    seen.add(key);
    pairs.push({ a: { id: x.id, citation: x.citation }, b: { id: y.id, citation: y.citation }, lang });
  };
  for (const c of b.counterparts) add(a, c);
  for (const c of a.counterparts) add(c, b);
  return pairs.slice(0, limit);
}

/** The compare-view address of a pair in one language. */
export function pairHref(pair: { a: { id: string }; b: { id: string }; lang: string }): string {
  const params = new URLSearchParams({ a: pair.a.id, b: pair.b.id, la: pair.lang, lb: pair.lang });
  return `/compare/?${params.toString()}`;
}
