/**
 * A second jurisdiction needs content, not code: a synthetic tree (two invented treaties, two
 * invented domestic codes of two states, test/fixtures/jurisdictions/) goes through the same
 * check, corpus, matrix, derived tables, search labels and open data as the real corpus.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concordanceJson } from '../../../src/lib/api/open-data.ts';
import { provisionsJson } from '../../helpers/open-data.ts';
import { coverageMatrix } from '../../../src/lib/concordance/matrix.ts';
import { buildCorpus, secondarySourcesOf } from '../../../src/lib/content/corpus.ts';
import { parseContentTree, readContentFiles } from '../../../src/lib/content/read.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { facetLabels } from '../../../src/lib/search/build.ts';
import { attested, editorialTerms } from '../../../src/lib/topics/attested.ts';
import { ROOT } from '../../helpers/corpus.ts';

const { problems, input } = validateContent(parseContentTree(readContentFiles(join(ROOT, 'test', 'fixtures', 'jurisdictions'))));
const corpus = buildCorpus(input);

describe('a synthetic corpus with two jurisdictions', () => {
  it('passes the content check', () => {
    expect(problems).toEqual([]);
    expect(corpus.provisions.size).toBe(5);
  });

  it('gives the coverage matrix one column per treaty and one per state whose law is held, named from its code', () => {
    const { columns, rows } = coverageMatrix(corpus);
    expect(columns.map((c) => [c.key, c.label])).toEqual([
      ['treaty-a', 'Treaty A'],
      ['treaty-b', 'Treaty B'],
      ['jurisdiction-ge', 'Georgia'],
      ['jurisdiction-am', 'Armenia'],
    ]);
    expect(rows.map((r) => r.provision.id)).toEqual(['treaty-a/1', 'treaty-a/2']);
    const cells = (id: string) => rows.find((r) => r.provision.id === id)!.cells;
    expect(cells('treaty-a/1')[2]).toMatchObject({ relation: 'partial' });
    expect(cells('treaty-a/1')[3]).toMatchObject({ relation: 'equivalent' });
    expect(cells('treaty-a/2')[2]).toMatchObject({ relation: 'none', gap: expect.objectContaining({ table: 'treaty-a-ge' }) });
    expect(columns[2]!.gapTables.sort()).toEqual(['treaty-a-ge', 'treaty-b-ge']);
  });

  it('derives a table through an intermediate treaty, naming the tables in its words', () => {
    const derived = corpus.rows.filter((r) => r.table === 'treaty-b-ge');
    expect(derived.map((r) => r.targets.map((t) => [t.to, t.via, t.relation]))).toEqual([[['ge-code/10', ['treaty-a/1'], 'partial']]]);
    expect(derived[0]!.targets[0]!.rationale).toMatch(/^Derived through Treaty A, Art\. 1: Treaty B, Art\. 1 → Treaty A, Art\. 1 is equivalent/);
  });

  it('tags provisions from the topic file and attributes the quoted codes to their secondary source', () => {
    expect(corpus.provisions.get('am-code/20')!.topics).toEqual(['invented-offence']);
    expect(secondarySourcesOf(corpus, [corpus.provisions.get('ge-code/10')!]).map((s) => s.id)).toEqual(['synthetic-profile']);
    expect(secondarySourcesOf(corpus, [corpus.provisions.get('treaty-a/1')!])).toEqual([]);
  });

  it('carries each jurisdiction into the search facets and the open data', () => {
    expect(facetLabels(corpus).instruments.map((i) => [i.key, i.jurisdiction])).toEqual([
      ['treaty-a', null],
      ['treaty-b', null],
      ['ge-code', 'GE'],
      ['am-code', 'AM'],
    ]);
    // An instrument is named by its search names and the words of its short title and citation form, stemmed.
    expect(facetLabels(corpus).instruments[0]!.names).toContain('treatya');
    expect(facetLabels(corpus).instruments[2]!.names).toEqual(expect.arrayContaining(['code', 'first', 'state']));
    expect(provisionsJson(corpus).map((p) => [p.id, p.jurisdiction])).toContainEqual(['am-code/20', 'AM']);
    expect(concordanceJson(corpus).filter((m) => m.table === 'treaty-a-am')).toEqual([
      expect.objectContaining({ from: 'treaty-a/1', to: 'am-code/20', relation: 'equivalent', source: 'editorial' }),
    ]);
  });
});

describe('the attestation of topic names in the synthetic corpus', () => {
  it('finds a name its sources give (in any case) and labels the names in languages no source uses as editorial', () => {
    const topic = corpus.topics.get('invented-offence')!;
    expect(attested(corpus, 'en', 'INVENTED offence')).toBe(true);
    expect(attested(corpus, 'en', 'an offence nobody wrote')).toBe(false);
    // Asked again, the answer is the same (answers are kept per corpus).
    expect(attested(corpus, 'en', 'INVENTED offence')).toBe(true);
    expect(editorialTerms(corpus, topic).names).toEqual(['ru', 'kk', 'lv']);
  });
});
