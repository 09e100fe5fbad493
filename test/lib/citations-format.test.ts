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
});
