import { describe, expect, it } from 'vitest';
import { readFilter, rowMatches, targetWords, writeFilter } from '../../../src/lib/concordance/row-filter.ts';
import { pageLabel, rowTextPath, TEXT_PER_PAGE, textPages } from '../../../src/lib/concordance/table-pages.ts';
import { resolveRef } from '../../../src/lib/content/corpus.ts';
import { realCorpus } from '../../helpers/corpus.ts';

describe('the filter of a table’s rows', () => {
  const words = targetWords([
    { relation: 'partial', instrument: 'kz-penal-code' },
    { relation: 'related', instrument: 'kz-law-informatization' },
  ]);

  it('shows a row when one target has a chosen grade and, if chosen, the instrument', () => {
    expect(rowMatches(words, ['partial'], '')).toBe(true);
    expect(rowMatches(words, ['partial'], 'kz-law-informatization')).toBe(false);
    expect(rowMatches(words, ['related'], 'kz-law-informatization')).toBe(true);
    expect(rowMatches(words, ['none'], '')).toBe(false);
    expect(rowMatches(targetWords([{ relation: 'none' }]), ['none'], '')).toBe(true);
  });

  it('round-trips through the address, leaving the default bare', () => {
    const url = new URL('https://example.org/concordance/un-kz/#row-un-7');
    expect(writeFilter(url, { grades: ['none', 'not-assessed'], instrument: 'kz-penal-code' })).toBe(
      '/concordance/un-kz/?grade=none%2Cnot-assessed&in=kz-penal-code#row-un-7',
    );
    expect(readFilter(new URL(`https://example.org${writeFilter(url, { grades: ['none'], instrument: '' })}`).searchParams)).toEqual({
      grades: ['none'],
      instrument: '',
    });
    const all = readFilter(new URLSearchParams('grade=bogus'));
    expect(all.grades).toEqual(['equivalent', 'partial', 'related', 'none', 'not-assessed']);
    expect(writeFilter(new URL('https://example.org/t/?grade=none'), { ...all, instrument: '' })).toBe('/t/');
  });
});

describe('the full-text view’s pages', () => {
  const corpus = realCorpus();
  const rows = corpus.rows.filter((r) => r.table === 'un-kz');
  const pages = textPages(corpus, rows);

  it('holds every row once, in order, in pages within the text budget', () => {
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.rows))).toEqual(rows);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const size = page.groups
        .flatMap((g) => g.rows)
        .reduce(
          (n, row) =>
            n +
            [row.from, ...row.targets.flatMap((t) => (t.to ? [t.to] : []))].reduce(
              (m, ref) => m + (resolveRef(corpus, ref)?.versions[0]?.body.length ?? 0),
              row.body.length,
            ),
          0,
        );
      // A page passes the budget only when a single row is larger than it.
      if (page.groups.flatMap((g) => g.rows).length > 1) expect(size).toBeLessThanOrEqual(TEXT_PER_PAGE);
    }
  });

  it('names pages by the provisions they hold and finds each row’s page', () => {
    expect(pageLabel(corpus, pages[0]!)).toMatch(/^Art\. 1–\d+$/);
    const row = rows.find((r) => r.from === 'un/40')!;
    const page = pages.find((p) => p.groups.some((g) => g.rows.includes(row)))!;
    expect(rowTextPath(pages, 'un-kz', row)).toBe(`/concordance/un-kz/text/${page.number}/#row-un-40`);
  });
});
