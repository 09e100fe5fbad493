/**
 * The coverage matrix and crosswalk: for every article of the instruments that head its rows, its
 * links to each treaty and to each jurisdiction's law — direct, derived or through one
 * intermediate provision — or the gap a table records, or nothing. Columns and rows come from the
 * instruments' own data (`kind`, `jurisdiction`, `matrixRows`), never from their keys.
 */
import type { Relation } from '../../schemas/concordance.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import { provisionsOf, resolveRef, secondarySourcesOf } from '../content/corpus.ts';
import type { ConcordanceRecord, Corpus, InstrumentRecord, ProvisionRecord } from '../content/records.ts';
import { parseRef } from '../ids/index.ts';
import { jurisdictionName } from '../i18n/jurisdictions.ts';
import { gapRelation, gapRow, linkIndex, linksTo, strongest, type Link } from './links.ts';

export interface MatrixColumn {
  key: string;
  label: string;
  matches: (instrument: string) => boolean;
  /** Tables whose rows without a counterpart record gaps for this column. */
  gapTables: string[];
}

export interface MatrixCell {
  column: MatrixColumn;
  links: Link[];
  /** The closest relation linked, else the gap a table records (`none` or `not-assessed`), else undefined: no table covers the pair. */
  relation: Relation | undefined;
  /** The row recording the gap, when a table records one. */
  gap: ConcordanceRecord | undefined;
  /** True when the row's own instrument is the column's. */
  self: boolean;
}

export interface MatrixRow {
  provision: ProvisionRecord;
  cells: MatrixCell[];
}

/** Tables whose targets reach an instrument the column matches. */
function tablesReaching(corpus: Corpus, matches: (key: string) => boolean): string[] {
  const tables = new Set<string>();
  for (const row of corpus.rows) if (row.targets.some((t) => t.to && matches(parseRef(t.to)?.instrument ?? ''))) tables.add(row.table);
  return [...tables];
}

/** One column per treaty, then one per jurisdiction whose own law (not its ratification acts) is held. */
export function matrixColumns(corpus: Corpus): MatrixColumn[] {
  const instruments = [...corpus.instruments.values()];
  const column = (key: string, label: string, matches: (key: string) => boolean): MatrixColumn => ({
    key,
    label,
    matches,
    gapTables: tablesReaching(corpus, matches),
  });
  const domestic = (i: InstrumentRecord | undefined) => i?.kind === 'domestic';
  const jurisdictions = [...new Set(instruments.filter(domestic).map((i) => i.jurisdiction!))];
  return [
    ...instruments.filter((i) => i.kind === 'treaty').map((i) => column(i.key, i.shortTitle, (k) => k === i.key)),
    ...jurisdictions.map((j) =>
      column(`jurisdiction-${j.toLowerCase()}`, jurisdictionName(j), (k) => {
        const i = corpus.instruments.get(k);
        return domestic(i) && i!.jurisdiction === j;
      }),
    ),
  ];
}

export interface CoverageMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** The instruments whose articles head the rows. */
  heads: InstrumentRecord[];
  /** The secondary sources quoting any provision a cell links to (their dates are shown). */
  secondary: SourceDocument[];
}

const cache = new WeakMap<Corpus, CoverageMatrix>();

/** The matrix, computed once per corpus (the matrix and the crosswalk pages share it). */
export function coverageMatrix(corpus: Corpus): CoverageMatrix {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const index = linkIndex(corpus);
  const columns = matrixColumns(corpus);
  const heads = [...corpus.instruments.values()].filter((i) => i.matrixRows);
  const rows = heads
    .flatMap((i) => provisionsOf(corpus, i.key).filter((p) => p.type === 'article'))
    .map((provision) => ({
      provision,
      cells: columns.map((column) => {
        const self = column.matches(provision.instrument.key);
        const links = self ? [] : linksTo(index, provision.id, column.matches);
        const gaps = links.length ? [] : column.gapTables.flatMap((t) => gapRow(corpus, provision.id, t) ?? []);
        // A finding of none outranks a table that did not assess the pair.
        const gap = gaps.find((g) => gapRelation(g) === 'none') ?? gaps[0];
        return { column, links, relation: strongest(links) ?? (gap && gapRelation(gap)), gap, self };
      }),
    }));
  const linked = rows.flatMap((r) => r.cells.flatMap((c) => c.links.flatMap((l) => resolveRef(corpus, l.other) ?? [])));
  const matrix = { columns, rows, heads, secondary: secondarySourcesOf(corpus, linked) };
  cache.set(corpus, matrix);
  return matrix;
}
