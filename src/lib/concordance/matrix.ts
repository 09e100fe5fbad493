/**
 * The coverage matrix and crosswalk: for every Budapest and UN article, its links to each other
 * instrument and to Kazakh law — direct, derived (via Budapest) or through one intermediate
 * provision — or the gap a table records, or nothing.
 */
import type { Relation } from '../../schemas/concordance.ts';
import type { ConcordanceRecord, Corpus, ProvisionRecord } from '../content/corpus.ts';
import { provisionsOf } from '../content/corpus.ts';
import { hasGap, linkIndex, linksTo, strongest, type Link } from './links.ts';

export interface MatrixColumn {
  key: string;
  label: string;
  matches: (instrument: string) => boolean;
  /** Table whose `none` rows record gaps for this column. */
  gapTables: string[];
}

export interface MatrixCell {
  column: MatrixColumn;
  links: Link[];
  relation: Relation | undefined;
  /** The row stating that there is no counterpart, when a table says so. */
  gap: ConcordanceRecord | undefined;
  /** True when the row's own instrument is the column's. */
  self: boolean;
}

export interface MatrixRow {
  provision: ProvisionRecord;
  cells: MatrixCell[];
}

export const MATRIX_COLUMNS: MatrixColumn[] = [
  { key: 'budapest', label: 'Budapest Convention', matches: (k) => k === 'budapest', gapTables: ['un-budapest'] },
  { key: 'un', label: 'UN Convention', matches: (k) => k === 'un', gapTables: [] },
  { key: 'budapest-protocol', label: 'Additional Protocol', matches: (k) => k === 'budapest-protocol', gapTables: [] },
  { key: 'cis', label: 'CIS Agreement', matches: (k) => k === 'cis', gapTables: [] },
  { key: 'csto', label: 'CSTO Protocol', matches: (k) => k === 'csto', gapTables: [] },
  {
    key: 'kz',
    label: 'Kazakhstan',
    matches: (k) => k.startsWith('kz-') && !k.includes('ratification') && !k.includes('decree'),
    gapTables: ['budapest-kz', 'un-kz'],
  },
];

const cache = new WeakMap<Corpus, MatrixRow[]>();

/** The matrix rows, computed once per corpus (the matrix and the crosswalk pages share them). */
export function coverageMatrix(corpus: Corpus): MatrixRow[] {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const index = linkIndex(corpus);
  const rowsFor = (instrument: string) => provisionsOf(corpus, instrument).filter((p) => p.type === 'article');
  const rows = [...rowsFor('budapest'), ...rowsFor('un')].map((provision) => ({
    provision,
    cells: MATRIX_COLUMNS.map((column) => {
      const self = column.matches(provision.instrument.key);
      const links = self ? [] : linksTo(index, provision.id, column.matches);
      const gap = links.length ? undefined : column.gapTables.map((t) => hasGap(corpus, provision.id, t)).find(Boolean);
      return { column, links, relation: strongest(links), gap, self };
    }),
  }));
  cache.set(corpus, rows);
  return rows;
}
