/**
 * Latin letters typed inside Cyrillic words ("10-бaп", "III таpay.", "22-бan"): a frequent defect
 * of Kazakh and Russian legal texts online. Folding them to Cyrillic lets headings, citations and
 * search queries match; the stored legal text itself is never rewritten.
 */

/** Latin letter → the Cyrillic letter it imitates. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  n: 'п',
  k: 'к',
  m: 'м',
  h: 'һ',
  i: 'і',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  I: 'І',
};

/** Cyrillic letter → the Latin letter it looks like (for labels such as "(а)" meaning "(a)"). */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  о: 'o',
  р: 'p',
  х: 'x',
  у: 'y',
  і: 'i',
  ѕ: 's',
  ј: 'j',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'h',
  һ: 'h',
};

const CYRILLIC = /[\u0400-\u04FF]/;
const WORD = /[\p{L}\p{M}]+/gu;

/** Folds Latin look-alikes to Cyrillic inside words that also contain Cyrillic letters. */
export function foldLatinInCyrillicWords(text: string): string {
  return text.replace(WORD, (word) =>
    CYRILLIC.test(word) && /[A-Za-z]/.test(word) ? [...word].map((ch) => LATIN_TO_CYRILLIC[ch] ?? ch).join('') : word,
  );
}

/** True when some word mixes Latin and Cyrillic letters. */
export function hasMixedScriptWord(text: string): boolean {
  return foldLatinInCyrillicWords(text) !== text;
}

/** Reads a one-to-four-letter label typed with Cyrillic look-alikes as Latin ("а" → "a", "іі" → "ii"). */
export function latinLabel(label: string): string {
  return [...label].map((ch) => CYRILLIC_TO_LATIN[ch] ?? CYRILLIC_TO_LATIN[ch.toLowerCase()] ?? ch).join('');
}
