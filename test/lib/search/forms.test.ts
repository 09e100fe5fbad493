import { describe, expect, it } from 'vitest';
import { readCitationQuery } from '../../../src/lib/search/citation-query.ts';
import { latvianStem } from '../../../src/lib/search/latvian-stem.ts';
import { nameStems, queryTerms } from '../../../src/lib/search/normalise.ts';

const INSTRUMENTS = [
  { key: 'budapest', names: nameStems('budapest ets 185 Budapest Convention Convention on Cybercrime') },
  { key: 'un', names: nameStems('un оон uncc конвенция UN Convention against Cybercrime') },
  { key: 'cis', names: nameStems('cis снг CIS Agreement') },
];

describe('citation queries', () => {
  it.each([
    ['ETS 185 Art. 2', { number: '2', instruments: ['budapest'] }],
    ['ETS No. 185, Article 6(1)(a)', { number: '6', anchor: '1-a', instruments: ['budapest'] }],
    ['Art. 6(1)(a) Budapest', { number: '6', anchor: '1-a', instruments: ['budapest'] }],
    ['UNCC 7', { number: '7', instruments: ['un'] }],
    ['UN Convention Art. 7', { number: '7', instruments: ['un'] }],
    ['ст. 7 Конвенции ООН', { number: '7', instruments: ['un'] }],
    ['CIS Art. 3(1)(a)', { number: '3', anchor: '1-a', instruments: ['cis'] }],
    ['Art. 190(2-1)(4)', { number: '190', anchor: '2.1-4', instruments: [] }],
  ])('reads “%s”', (query, expected) => {
    expect(readCitationQuery(query, INSTRUMENTS)).toMatchObject(expected);
  });

  it('is not a citation when other words remain', () => {
    expect(readCitationQuery('illegal access 2', INSTRUMENTS)).toBeNull();
    expect(readCitationQuery('Budapest', INSTRUMENTS)).toBeNull();
  });
});

describe('Latvian inflections', () => {
  it('meet at one stem, and short words keep their endings', () => {
    expect(new Set(['kibernoziegumi', 'kibernoziegumiem', 'kibernoziegums', 'kibernoziegumus'].map(latvianStem))).toEqual(
      new Set(['kibernoziegum']),
    );
    expect(latvianStem('un')).toBe('un');
    expect(latvianStem('dati')).toBe('dati');
  });

  it('a query word is looked up under its English and its Latvian stem', () => {
    expect(queryTerms('kibernoziegumiem access')).toEqual([
      ['kibernoziegumiem', 'kibernoziegum'],
      ['access', 'acces'],
    ]);
  });
});
