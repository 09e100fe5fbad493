import { describe, expect, it } from 'vitest';
import { compareWords, countChanges, sharedLanguage } from '../../../src/lib/compare/diff.ts';
import { compareHref } from '../../../src/lib/compare/links.ts';
import { realCorpus } from '../../helpers/corpus.ts';

describe('compare', () => {
  it('marks the words only in one text', () => {
    const segments = compareWords('The Parties shall bear the costs.', 'The Parties shall independently bear the costs.');
    expect(segments.filter((s) => s.kind === 'inserted').map((s) => s.text.trim())).toEqual(['independently']);
    expect(segments.filter((s) => s.kind === 'deleted')).toEqual([]);
    expect(countChanges(segments)).toEqual({ inserted: 1, deleted: 0 });
    expect(segments.map((s) => (s.kind === 'deleted' ? '' : s.text)).join('')).toBe('The Parties shall independently bear the costs.');
  });

  it('keeps Cyrillic words whole', () => {
    const segments = compareWords('Умышленный неправомерный доступ к информации', 'Умышленный доступ к объекту информатизации', 'ru');
    expect(segments.filter((s) => s.kind === 'deleted').map((s) => s.text.trim())).toEqual(['неправомерный', 'информации']);
    expect(segments.filter((s) => s.kind === 'inserted').map((s) => s.text.trim())).toEqual(['объекту информатизации']);
    const kazakh = compareWords('бір жүз алпыс айлық', 'екі жүз алпыс айлық', 'kk');
    expect(kazakh.filter((s) => s.kind !== 'same').map((s) => s.text.trim())).toEqual(['бір', 'екі']);
  });

  it('compares only texts that share a language', () => {
    expect(sharedLanguage(['ru', 'kk'], ['en', 'lv'])).toBeNull();
    expect(sharedLanguage(['en', 'lv'], ['lv', 'en'])).toBe('en');
    const corpus = realCorpus();
    expect(compareHref(corpus, 'csto/6', 'cis/6')).toBe('/compare/?a=csto/6&b=cis/6');
    expect(compareHref(corpus, 'budapest/2', 'kz-penal-code/205')).toBe('/compare/?a=budapest/2&b=kz-penal-code/205');
    expect(compareHref(corpus, 'un/7', 'budapest/2')).toBeNull();
  });
});
