import { describe, expect, it } from 'vitest';
import { pairHref, sameLanguagePairs } from '../../../src/lib/compare/pairs.ts';

describe('pairs that share a language', () => {
  const budapest = {
    id: 'budapest/2',
    citation: 'Budapest Convention, Art. 2',
    languages: ['en', 'lv'],
    counterparts: [{ id: 'kz-penal-code/205', citation: 'Penal Code, Art. 205', languages: ['ru', 'kk', 'en'] }],
  };
  const un = {
    id: 'un/7',
    citation: 'UN Convention, Art. 7',
    languages: ['ru', 'kk'],
    counterparts: [
      { id: 'budapest/2', citation: 'Budapest Convention, Art. 2', languages: ['en', 'lv'] },
      { id: 'kz-penal-code/205', citation: 'Penal Code, Art. 205', languages: ['ru', 'kk', 'en'] },
    ],
  };

  it('offers each side with the other’s counterparts in a language it has, never a provision with itself', () => {
    expect(sameLanguagePairs(budapest, un)).toEqual([
      {
        a: { id: 'budapest/2', citation: 'Budapest Convention, Art. 2' },
        b: { id: 'kz-penal-code/205', citation: 'Penal Code, Art. 205' },
        lang: 'en',
      },
      {
        a: { id: 'kz-penal-code/205', citation: 'Penal Code, Art. 205' },
        b: { id: 'un/7', citation: 'UN Convention, Art. 7' },
        lang: 'ru',
      },
    ]);
    expect(pairHref(sameLanguagePairs(budapest, un)[0]!)).toBe('/compare/?a=budapest%2F2&b=kz-penal-code%2F205&la=en&lb=en');
  });

  it('offers nothing when no counterpart shares a language', () => {
    expect(sameLanguagePairs({ ...budapest, counterparts: [] }, { ...un, counterparts: [] })).toEqual([]);
  });
});
