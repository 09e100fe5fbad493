/**
 * Every numbered unit anchored, and the same anchor in every language: checked on the committed
 * content against the sub-paragraphs the sources print after their parent's label, and the
 * provisions whose numbering one language gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { anchorsIn } from '../../../src/lib/content/anchors.ts';
import { realCorpus } from '../../helpers/corpus.ts';

const corpus = realCorpus();
const anchorsOf = (id: string, lang: string) => anchorsIn(corpus.provisions.get(id)!.versions.find((v) => v.data.lang === lang)!.body);

describe('sub-paragraphs printed after their parent’s label', () => {
  it.each([
    ['budapest/14', ['3-a', '3-b', '3-b-i', '3-b-ii']],
    ['budapest/24', ['7-a', '7-b']],
    ['budapest/27', ['2-a', '2-b', '2-c', '2-d', '9-a', '9-b', '9-c', '9-d', '9-e']],
    ['budapest/35', ['2-a', '2-b']],
  ])('%s has %j in English and Latvian', (id, expected) => {
    for (const lang of ['en', 'lv']) expect(anchorsOf(id, lang), lang).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['un/17', ['1-a-i', '1-a-ii']],
    ['un/23', ['3-b-i', '3-b-ii']],
    ['un/36', ['1-b', '1-c']],
    ['un/40', ['12-a', '12-b', '12-c', '12-d']],
  ])('%s has %j in Russian and Kazakh', (id, expected) => {
    for (const lang of ['ru', 'kk']) expect(anchorsOf(id, lang), lang).toEqual(expect.arrayContaining(expected));
  });
});

describe('anchors aligned where one language numbers its paragraphs differently', () => {
  it.each([
    ['budapest-protocol/9', 'en', 'lv'],
    ['budapest-protocol/15', 'en', 'lv'],
    ['budapest-protocol/16', 'en', 'lv'],
    ['budapest/47', 'en', 'lv'],
    ['un/3', 'ru', 'kk'],
    ['un/29', 'ru', 'kk'],
    ['un/final', 'ru', 'kk'],
  ])('%s: the same anchors in %s and %s, and a note where they were aligned', (id, a, b) => {
    expect(anchorsOf(id, b)).toEqual(anchorsOf(id, a));
    expect(corpus.provisions.get(id)!.versions.find((v) => v.data.lang === b)!.data.anchorNote).toMatch(/\w/);
  });

  it('keeps the printed labels: the Latvian Art. 9 still reads "3." and "4."', () => {
    const body = corpus.provisions.get('budapest-protocol/9')!.versions.find((v) => v.data.lang === 'lv')!.body;
    expect(body).toMatch(/\{#2\} 3\. Valsts/);
    expect(body).toMatch(/\{#3\} 4\. Ratifikācijas/);
  });
});
