/** Groups a table's rows under the chapter / section / title headings of the provisions heading them. */
import type { ConcordanceRecord, Corpus } from '../content/corpus.ts';
import { resolveRef } from '../content/corpus.ts';
import { structureLabel } from '../content/structure.ts';

export interface RowGroup {
  heading: string | null;
  rows: ConcordanceRecord[];
}

export function groupRows(corpus: Corpus, rows: ConcordanceRecord[]): RowGroup[] {
  const groups: RowGroup[] = [];
  for (const row of rows) {
    const version = resolveRef(corpus, row.from)?.versions[0];
    const heading = version ? structureLabel(version.data.structure) : null;
    const last = groups.at(-1);
    if (last && last.heading === heading) last.rows.push(row);
    else groups.push({ heading, rows: [row] });
  }
  return groups;
}
