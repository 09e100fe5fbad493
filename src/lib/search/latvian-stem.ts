/**
 * A light Latvian stemmer: removes one inflectional ending, so "kibernoziegumi",
 * "kibernoziegumiem" and "kibernoziegums" meet at "kibernoziegum". npm has no maintained Latvian
 * stemmer (Snowball has none); the endings and their minimum stems follow the published light
 * stemming approach for Latvian (Kreslins, as used by Lucene's light stemmer), on the folded letters
 * the normaliser produces (ā → a, š → s …), without its consonant alternations.
 */

/** Endings, longest first, with the vowels the rest must keep (so short words keep their endings). */
const ENDINGS: [ending: string, minVowels: number][] = [
  ['ajiem', 3],
  ['ajai', 3],
  ['ajam', 2],
  ['ajos', 2],
  ['ajas', 2],
  ['iem', 2],
  ['aja', 2],
  ['ais', 2],
  ['ai', 2],
  ['ei', 2],
  ['am', 1],
  ['em', 1],
  ['im', 1],
  ['um', 1],
  ['us', 1],
  ['as', 1],
  ['es', 1],
  ['os', 1],
  ['ij', 1],
  ['is', 1],
  ['ie', 1],
  ['u', 1],
  ['a', 1],
  ['i', 1],
  ['e', 1],
  ['o', 1],
  ['s', 0],
];

const vowels = (text: string) => (text.match(/[aeiou]/g) ?? []).length;

/** The stem of one normalised (folded, lower-case) Latvian word. */
export function latvianStem(word: string): string {
  for (const [ending, minVowels] of ENDINGS)
    if (word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      if (vowels(stem) > minVowels) return stem;
    }
  return word;
}
