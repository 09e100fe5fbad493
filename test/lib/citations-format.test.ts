import { describe, expect, it } from 'vitest';
import { articleHeading, citeProvision, pinpoint } from '../../src/lib/citations/format.ts';

describe('citation forms', () => {
  it('cites an article and a paragraph', () => {
    expect(citeProvision('Convention on Cybercrime (ETS No. 185)', '2')).toBe('Convention on Cybercrime (ETS No. 185), Art. 2');
    expect(citeProvision('Convention on Cybercrime (ETS No. 185)', '6', 'article', '1-a-ii')).toBe(
      'Convention on Cybercrime (ETS No. 185), Art. 6(1)(a)(ii)',
    );
    expect(pinpoint('3')).toBe('(3)');
  });

  it('names preambles and final clauses without an article number', () => {
    expect(citeProvision('CIS Agreement', 'preamble', 'preamble')).toBe('CIS Agreement, Preamble');
    expect(articleHeading('final', 'final')).toBe('Final clauses');
    expect(articleHeading('205')).toBe('Article 205');
  });

  it('never calls an annex or a note an article (the CIS status table, Ukraine’s reservations, translator’s notes)', () => {
    expect(articleHeading('status', 'annex')).toBe('Status');
    expect(citeProvision('CIS Agreement', 'ukraine-reservations', 'annex')).toBe('CIS Agreement, Ukraine reservations');
    expect(articleHeading('note-1', 'note')).toBe('Note 1');
  });

  it('pinpoints a part numbered with a hyphen (part 2-1 of a code, anchor 2.1)', () => {
    expect(pinpoint('2.1-3')).toBe('(2-1)(3)');
    expect(citeProvision('Penal Code', '206', 'article', '2.1')).toBe('Penal Code, Art. 206(2-1)');
  });
});
