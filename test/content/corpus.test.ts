import { describe, expect, it } from 'vitest';
import { provisionsJson } from '../helpers/open-data.ts';
import { realCorpus } from '../helpers/corpus.ts';

describe('the corpus holds every article in every language', () => {
  const provisions = provisionsJson(realCorpus());
  const articles = (instrument: string, lang: string) =>
    provisions.filter((p) => p.instrument === instrument && p.type === 'article' && p.versions[lang]).map((p) => Number(p.number));
  const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it.each([
    ['budapest', 'en', 48],
    ['budapest', 'lv', 48],
    ['budapest-protocol', 'en', 16],
    ['budapest-protocol', 'lv', 16],
    ['un', 'ru', 68],
    ['un', 'kk', 68],
    ['cis', 'en', 17],
    ['csto', 'en', 18],
    ['lv-2006-ratification-law', 'lv', 8],
  ])('%s in %s: Articles 1–%i', (instrument, lang, count) => {
    expect(articles(instrument, lang).sort((a, b) => a - b)).toEqual(oneTo(count));
  });

  it('has each treaty’s preamble', () => {
    for (const instrument of ['budapest', 'budapest-protocol', 'un', 'cis', 'csto']) expect(provisions.some((p) => p.id === `${instrument}/preamble`), instrument).toBe(true);
  });

  it('gives all 68 UN articles an unofficial English title beside the official texts', () => {
    const corpus = realCorpus();
    for (const n of oneTo(68)) {
      const p = corpus.provisions.get(`un/${n}`)!;
      for (const v of p.versions) {
        expect(v.official, `un/${n} ${v.data.lang}`).toBe(true);
        expect(v.data.translatedTitles).toEqual([expect.objectContaining({ lang: 'en', official: false })]);
      }
    }
  });
});
