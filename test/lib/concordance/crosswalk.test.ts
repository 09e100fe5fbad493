import { describe, expect, it } from 'vitest';
import { concordanceJson } from '../../../src/lib/api/open-data.ts';
import { weaker } from '../../../src/lib/concordance/grade.ts';
import { coverageMatrix } from '../../../src/lib/concordance/matrix.ts';
import { realFiles } from '../../helpers/content-copy.ts';
import { realCorpus } from '../../helpers/corpus.ts';

const corpus = realCorpus();
const rowsOf = (table: string) => corpus.rows.filter((r) => r.table === table);
const row = (table: string, from: string) => rowsOf(table).find((r) => r.from === from);

describe('crosswalk between instruments', () => {
  it('has a row for every UN article, and maps every CIS, CSTO and Additional Protocol article or marks it none', () => {
    const articles = (table: string) => new Set(rowsOf(table).map((r) => Number(r.from.split('/')[1]!.split('#')[0])));
    const oneTo = (n: number) => new Set(Array.from({ length: n }, (_, i) => i + 1));
    expect(articles('un-budapest')).toEqual(oneTo(68));
    expect(articles('cis-budapest')).toEqual(oneTo(17));
    expect(articles('csto-cis')).toEqual(oneTo(18));
    expect(articles('budapest-protocol-budapest')).toEqual(oneTo(16));
    for (const r of corpus.rows) for (const t of r.targets) expect(t.rationale.length, `${r.id}`).toBeGreaterThan(10);
  });

  it.each([
    ['un-budapest', 'un/7', 'budapest/2', 'equivalent'],
    ['un-budapest', 'un/13', 'budapest/8', 'partial'],
    ['un-budapest', 'un/41', 'budapest/35', 'equivalent'],
    ['un-budapest', 'un/15', null, 'none'],
    ['un-budapest', 'un/17', null, 'none'],
    ['cis-budapest', 'cis/3#1-a', 'budapest/2', 'partial'],
    ['cis-budapest', 'cis/3#1-d', 'budapest/10', 'partial'],
    ['csto-cis', 'csto/6', 'cis/6', 'equivalent'],
    ['csto-cis', 'csto/13', 'cis/12', 'equivalent'],
    ['budapest-protocol-budapest', 'budapest-protocol/8#1', 'budapest/12', 'equivalent'],
  ])('%s: %s → %s is %s', (table, from, to, relation) => {
    expect(row(table, from)?.targets).toContainEqual(expect.objectContaining({ to, relation, source: 'editorial' }));
  });
});

describe('UN → Kazakhstan by way of Budapest', () => {
  const derived = rowsOf('un-kz-via-budapest');

  it('derives a row for every UN article, and no derived mapping lacks its via', () => {
    expect(derived).toHaveLength(68);
    const reached = derived.flatMap((r) => r.targets.filter((t) => t.to).map((t) => ({ ...t, from: r.from })));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((t) => !t.via?.length || t.via.some((v) => !v.startsWith('budapest/')))).toEqual([]);
    const api = concordanceJson(corpus).filter((m) => m.table === 'un-kz-via-budapest');
    expect(new Set(api.map((m) => m.source))).toEqual(new Set(['editorial']));
    expect(api.filter((m) => m.to && !m.via)).toEqual([]);
    expect(new Set(api.map((m) => m.derived))).toEqual(new Set([true]));
  });

  it('grades a chain by its weakest link and names it in the rationale', () => {
    const art7 = row('un-kz-via-budapest', 'un/7')!;
    expect(art7.targets).toEqual([
      expect.objectContaining({ to: 'kz-penal-code/205', via: ['budapest/2'], relation: 'partial', source: 'editorial' }),
    ]);
    expect(art7.targets[0]!.rationale).toMatch(/^Derived through Budapest Convention, Art\. 2:/);
    expect(weaker('equivalent', 'related')).toBe('related');
  });

  it('marks a UN article it cannot follow as not assessed, never as none', () => {
    expect(row('un-kz-via-budapest', 'un/15')!.targets).toEqual([
      expect.objectContaining({
        to: null,
        relation: 'not-assessed',
        rationale: expect.stringMatching(/has no Budapest Convention counterpart to pass through/),
      }),
    ]);
    expect(row('un-kz-via-budapest', 'un/18')!.targets).toEqual([
      expect.objectContaining({
        to: null,
        relation: 'not-assessed',
        rationale: expect.stringMatching(/for Budapest Convention, Art\. 12 the Kazakhstan table records no counterpart/),
      }),
    ]);
  });

  it('merges the paths that reach one target into one target carrying every via', () => {
    const art40 = row('un-kz-via-budapest', 'un/40')!;
    const to = art40.targets.map((t) => t.to);
    expect(to).toEqual([...new Set(to)]);
    const cpc560 = art40.targets.find((t) => t.to === 'kz-criminal-procedure-code/560')!;
    expect(cpc560.via!.length).toBeGreaterThan(1);
    expect(cpc560.rationale).toMatch(/graded by the closest path/);
  });
});

describe('coverage matrix', () => {
  const { columns, rows } = coverageMatrix(corpus);
  const cell = (id: string, column: string) => rows.find((r) => r.provision.id === id)!.cells[columns.findIndex((c) => c.key === column)]!;

  it('has a row per article of the instruments marked matrixRows, a column per treaty and one per jurisdiction whose law is held', () => {
    expect(rows).toHaveLength(48 + 68);
    expect(columns.map((c) => c.key)).toEqual(['budapest', 'budapest-protocol', 'un', 'cis', 'csto', 'jurisdiction-kz']);
    expect(columns.at(-1)).toMatchObject({ label: 'Kazakhstan' });
    expect(new Set(columns.at(-1)!.gapTables)).toEqual(new Set(['budapest-kz', 'un-kz', 'un-kz-via-budapest', 'cis-kz', 'csto-kz']));
  });

  it('fills cells directly, through an intermediate article, or with a stated gap', () => {
    expect(cell('budapest/2', 'un').relation).toBe('equivalent');
    expect(cell('budapest/2', 'jurisdiction-kz').relation).toBe('partial');
    expect(cell('budapest/2', 'csto').links[0]).toMatchObject({ via: ['cis/3#1-a'] });
    expect(cell('budapest/12', 'jurisdiction-kz')).toMatchObject({
      relation: 'none',
      gap: expect.objectContaining({ table: 'budapest-kz' }),
    });
    // The direct assessment outranks the view derived through Budapest.
    expect(cell('un/7', 'jurisdiction-kz').links).toEqual([
      expect.objectContaining({ other: 'kz-penal-code/205', row: expect.objectContaining({ table: 'un-kz' }) }),
    ]);
    expect(cell('un/7', 'jurisdiction-kz').links[0]!.via).toBeUndefined();
    expect(cell('budapest/2', 'budapest').self).toBe(true);
  });
});

describe('topics', () => {
  it('name every topic in English, Russian, Kazakh and Latvian and tag provisions with it', () => {
    expect(corpus.topics.size).toBe(realFiles().filter((f) => f.file.startsWith('content/topics/')).length);
    for (const topic of corpus.topics.values()) {
      expect(Object.keys(topic.names).sort()).toEqual(['en', 'kk', 'lv', 'ru']);
      expect(topic.provisions.length, topic.key).toBeGreaterThan(0);
      for (const ref of topic.provisions) expect(corpus.provisions.get(ref.replace(/#.*/, ''))?.topics, ref).toContain(topic.key);
    }
  });
});
