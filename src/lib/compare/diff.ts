/**
 * Word-level comparison of two texts with jsdiff, as segments the compare view renders: each
 * unchanged, inserted (only in B) or deleted (only in A).
 */
import { diffWords } from 'diff';

export interface Segment {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/**
 * The two texts word by word. Words are found by `Intl.Segmenter` for the texts' language: jsdiff's
 * own word pattern knows only Latin letters and would cut Cyrillic words into pieces.
 */
export function compareWords(a: string, b: string, lang = 'en'): Segment[] {
  const intlSegmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return diffWords(a, b, { intlSegmenter }).map((part) => ({
    kind: part.added ? 'inserted' : part.removed ? 'deleted' : 'same',
    text: part.value,
  }));
}

/** Words inserted and deleted, for the summary line. */
export function countChanges(segments: Segment[]): { inserted: number; deleted: number } {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return {
    inserted: segments.filter((s) => s.kind === 'inserted').reduce((n, s) => n + words(s.text), 0),
    deleted: segments.filter((s) => s.kind === 'deleted').reduce((n, s) => n + words(s.text), 0),
  };
}

/** The language both provisions have, preferring English, or null. */
export function sharedLanguage(a: string[], b: string[], preferred: string[] = ['en', 'ru', 'lv', 'kk']): string | null {
  return preferred.find((l) => a.includes(l) && b.includes(l)) ?? a.find((l) => b.includes(l)) ?? null;
}
