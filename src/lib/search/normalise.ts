/**
 * The one normaliser shared by indexing and querying: Unicode NFKC and lower case; Latin
 * look-alike letters inside Cyrillic words read as Cyrillic; Russian ё as е; Latvian diacritics
 * folded (a query without them finds text with them); Kazakh letters (ә ғ қ ң ө ұ ү һ і) kept
 * distinct. Tokens are then stemmed: Russian words with the Russian stemmer; Latin-letter words with
 * the English stemmer, or the Latvian one in Latvian text; Kazakh words are kept whole. A query's
 * language is not known, so each of its Latin words is looked up in both stems (`queryTerms`).
 */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { foldLatinInCyrillicWords } from '../text/lookalikes.ts';
import { latvianStem } from './latvian-stem.ts';

const LATVIAN: Record<string, string> = {
  ā: 'a',
  č: 'c',
  ē: 'e',
  ģ: 'g',
  ī: 'i',
  ķ: 'k',
  ļ: 'l',
  ņ: 'n',
  š: 's',
  ū: 'u',
  ž: 'z',
  ō: 'o',
  ŗ: 'r',
};
const KAZAKH_LETTERS = /[әғқңөұүһі]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Characters that are invisible inside a word (zero-width spaces and joiners, soft hyphen, BOM): removed, never a word break. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Normalised text (not yet split): the form both the index and queries are compared in. */
export function normalise(text: string): string {
  return foldLatinInCyrillicWords(text.normalize('NFKC').replace(INVISIBLE, ''))
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[āčēģīķļņšūžōŗ]/g, (ch) => LATVIAN[ch] ?? ch);
}

/** Words that carry no meaning for search, per script. */
const STOP = new Set([
  'the',
  'of',
  'and',
  'or',
  'to',
  'in',
  'a',
  'an',
  'by',
  'for',
  'be',
  'shall',
  'that',
  'with',
  'as',
  'on',
  'и',
  'в',
  'с',
  'по',
  'на',
  'или',
  'к',
  'о',
  'не',
  'un',
  'ar',
  'vai',
  'uz',
  'par',
  'no',
  'және',
  'мен',
  'осы',
  'немесе',
]);

/** Stems already computed: a corpus repeats its vocabulary, which grows far more slowly than the corpus. */
const stems = new Map<string, string>();
const MAX_STEMS = 500_000;

/** The stem of one normalised word, by its script and letters (and, for Latin letters, the text's language). */
export function stem(word: string, lang?: string): string {
  const key = lang === 'lv' ? `lv\u0000${word}` : word;
  let stemmed = stems.get(key);
  if (stemmed === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(key, (stemmed = stemOf(word, lang)));
  }
  return stemmed;
}

function stemOf(word: string, lang?: string): string {
  if (/^\d+$/.test(word)) return word;
  if (CYRILLIC.test(word)) return KAZAKH_LETTERS.test(word) ? word : russianStem(word);
  if (/^[a-z]+$/.test(word)) return lang === 'lv' ? latvianStem(word) : englishStem(word);
  return word;
}

/** Search terms of a text: normalised, split, stop words dropped, stemmed. Numbers are kept whole, so 2 never matches 20. */
export function terms(text: string, lang?: string): string[] {
  const out: string[] = [];
  for (const m of normalise(text).matchAll(TOKEN)) {
    const word = m[0];
    if (STOP.has(word)) continue;
    out.push(stem(word, lang));
  }
  return out;
}

/** A query's words, each as the stems it may be indexed under (a Latin word as English and as Latvian). */
export function queryTerms(text: string): string[][] {
  const out: string[][] = [];
  for (const m of normalise(text).matchAll(TOKEN)) {
    const word = m[0];
    if (STOP.has(word)) continue;
    out.push([...new Set([stem(word), stem(word, 'lv')])]);
  }
  return out;
}

/**
 * The shard a term is stored in: its first two letters. A few hundred files instead of one per
 * term, and a query fetches only the shards of its own words.
 */
export function shardOf(term: string): string {
  return [...term].slice(0, 2).join('');
}

/** Every word of a text as its stem, stop words included: the words that name an instrument ("UN", "of"). */
export function nameStems(text: string): string[] {
  return [...normalise(text).matchAll(TOKEN)].map((m) => stem(m[0]));
}
