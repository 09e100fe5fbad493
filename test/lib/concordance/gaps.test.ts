/**
 * Gap semantics: `none` is a dated finding with its reason; `not-assessed` is the absence of one and
 * is never drawn or exported as `none`. One claim, one row: no table lists a target twice for one
 * provision. Runs on the committed content (without the law pack) and on synthetic rows.
 */
import { describe, expect, it } from 'vitest';
import { concordanceJson, concordanceCsv, topicsJson } from '../../../src/lib/api/open-data.ts';
import { structureLabel } from '../../../src/lib/content/structure.ts';
import { deriveRows } from '../../../src/lib/concordance/derive.ts';
import { coverageMatrix } from '../../../src/lib/concordance/matrix.ts';
import { disagreement } from '../../../src/lib/concordance/disagree.ts';
import { topicColumns } from '../../../src/lib/concordance/topic-coverage.ts';
import type { ConcordanceRecord } from '../../../src/lib/content/records.ts';
import type { ConcordanceTable } from '../../../src/schemas/concordance-table.ts';
import { realCorpus } from '../../helpers/corpus.ts';

const corpus = realCorpus();
const rowsOf = (table: string) => corpus.rows.filter((r) => r.table === table);

describe('the direct UN → Kazakhstan table', () => {
  const rows = rowsOf('un-kz');

  it('has a row for each of the 68 UN articles, dated, with a rationale per target', () => {
    expect(new Set(rows.map((r) => r.from))).toEqual(new Set(Array.from({ length: 68 }, (_, i) => `un/${i + 1}`)));
    expect(corpus.tables.get('un-kz')).toMatchObject({
      assessed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      against: expect.any(String),
    });
    for (const t of rows.flatMap((r) => r.targets)) if (t.to) expect(t.against, t.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('covers the criminalisation, jurisdiction, procedural and confiscation articles with Kazakh provisions', () => {
    for (const n of [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 22, 24, 27, 28, 29, 30, 31])
      expect(
        rows.find((r) => r.from === `un/${n}`)!.targets.some((t) => t.to?.startsWith('kz-')),
        `UN Art. ${n}`,
      ).toBe(true);
  });
});

describe('gaps tell the truth', () => {
  const api = concordanceJson(corpus);

  it('never exports a derived mapping as none', () => {
    expect(api.filter((m) => m.derived && m.relation === 'none')).toEqual([]);
    expect(api.filter((m) => m.derived && m.relation === 'not-assessed').length).toBeGreaterThan(0);
  });

  it('dates every finding of none and gives its reason, in JSON and CSV', () => {
    const none = api.filter((m) => m.relation === 'none');
    expect(none.length).toBeGreaterThan(0);
    for (const m of none)
      expect(m, `${m.table} ${m.from}`).toMatchObject({ assessed: expect.stringMatching(/^\d{4}-/), note: expect.any(String) });
    const header = concordanceCsv(corpus, api).split('\n')[0]!;
    expect(header).toContain('assessed');
    expect(header).toContain('review');
  });

  it('lists no target twice for one source provision, in any table', () => {
    const seen = new Map<string, number>();
    for (const row of corpus.rows)
      for (const t of row.targets)
        if (t.to) seen.set(`${row.table} ${row.from} → ${t.to}`, (seen.get(`${row.table} ${row.from} → ${t.to}`) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('draws a finding of none and a row not assessed differently in the matrix', () => {
    const { columns, rows } = coverageMatrix(corpus);
    const kz = columns.findIndex((c) => c.key === 'jurisdiction-kz');
    const cell = (id: string) => rows.find((r) => r.provision.id === id)!.cells[kz]!;
    expect(cell('un/18').relation).toBe('none');
    expect(cell('un/33').relation).toBe('not-assessed');
    expect(cell('budapest/42').relation).toBe('not-assessed');
  });

  it('shows Kazakhstan on the offence pages for grooming, intimate images, laundering and confiscation', () => {
    for (const key of ['grooming', 'intimate-images', 'laundering', 'confiscation']) {
      const columns = topicColumns(corpus, corpus.topics.get(key)!);
      const kz = columns.find((c) => c.column.key === 'jurisdiction-kz')!;
      expect(kz.tagged.length + kz.reached.length, key).toBeGreaterThan(0);
      // Every column we hold is there, with provisions, reached provisions or a stated gap.
      expect(columns.length).toBe(coverageMatrix(corpus).columns.length);
    }
  });

  it('says where the derived view and the direct assessment disagree', () => {
    const derived = rowsOf('un-kz-via-budapest').find((r) => r.from === 'un/13')!;
    expect(disagreement(corpus, derived)).toMatchObject({ table: 'UN Convention → Kazakhstan' });
    const direct = rowsOf('un-kz').find((r) => r.from === 'un/13')!;
    expect(disagreement(corpus, direct)?.table).toBe('UN Convention → Kazakhstan (via Budapest)');
  });
});

describe('deriveRows on synthetic tables', () => {
  const table = (id: string, extra: Partial<ConcordanceTable> = {}): ConcordanceTable => ({
    id,
    title: id,
    description: id,
    from: 'a',
    toLabel: id,
    complete: false,
    order: 1,
    ...extra,
  });
  const row = (table: string, from: string, targets: Partial<ConcordanceRecord['targets'][number]>[]): ConcordanceRecord => ({
    id: `${table}/${from.replace('/', '-')}`,
    table,
    from,
    order: 1,
    body: '',
    commentary: [],
    targets: targets.map((t, index) => ({ to: null, relation: 'none', source: 'editorial', rationale: 'r', index, ...t })),
  });
  const tables = new Map([
    ['ab', table('ab')],
    ['bc', table('bc')],
    ['ac', table('ac', { derived: { first: 'ab', then: 'bc' } })],
  ]);

  it('merges two paths to one target into one target with both vias, graded by the closest', () => {
    const rows = [
      row('ab', 'a/1', [
        { to: 'b/1', relation: 'partial' },
        { to: 'b/2', relation: 'equivalent' },
      ]),
      row('bc', 'b/1', [{ to: 'c/9', relation: 'equivalent' }]),
      row('bc', 'b/2', [{ to: 'c/9', relation: 'related' }]),
    ];
    const [derived] = deriveRows(tables.get('ac')!, tables, rows, (ref) => ref);
    expect(derived!.targets).toEqual([expect.objectContaining({ to: 'c/9', via: ['b/1', 'b/2'], relation: 'partial' })]);
  });

  it('marks a broken chain not assessed, even where the onward table found none', () => {
    const rows = [
      row('ab', 'a/1', [{ to: null, relation: 'none' }]),
      row('ab', 'a/2', [{ to: 'b/3', relation: 'equivalent' }]),
      row('bc', 'b/3', [{ to: null, relation: 'none' }]),
    ];
    const derived = deriveRows(tables.get('ac')!, tables, rows, (ref) => ref);
    expect(derived.map((r) => r.targets[0]!.relation)).toEqual(['not-assessed', 'not-assessed']);
  });
});

describe('editorial words labelled', () => {
  it('marks the topic names no source gives as editorial, in the open data', () => {
    const topics = topicsJson(corpus);
    const names = topics.reduce((n, t) => n + t.editorial.names.length, 0);
    expect(names).toBe(18);
    expect(topics.find((t) => t.key === 'grooming')!.editorial.names).toEqual(['en', 'lv']);
    expect(topics.find((t) => t.key === 'illegal-access')!.editorial.names).toEqual([]);
    expect(topics.find((t) => t.key === 'grooming')!.editorial.aliases['lv']).toContain('groomings');
  });

  it('labels the unofficial English UN chapter names where the structure is shown', () => {
    const un7 = corpus.provisions.get('un/7')!.versions[0]!;
    expect(structureLabel(un7.data.structure)).toMatch(/\(Criminalization, unofficial translation\)/);
  });
});
