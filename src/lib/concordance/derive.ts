/**
 * Derived concordance rows: a row of the `first` table followed through the rows of the `then`
 * table (a treaty article → its counterpart in a second treaty → that counterpart's domestic
 * provisions). Every derived target names the provision it passes through (`via`) and is
 * editorial: the second table's finding concerns the intermediate article, not the first one.
 * Where nothing is reached, the row shows the gap.
 */
import type { ConcordanceTable } from '../../schemas/concordance-table.ts';
import type { ConcordanceRecord, RowTarget } from '../content/records.ts';
import { refId } from '../ids/index.ts';
import { weaker } from './grade.ts';

export function deriveRows(
  table: ConcordanceTable,
  tables: Map<string, ConcordanceTable>,
  rows: ConcordanceRecord[],
  label: (ref: string) => string,
): ConcordanceRecord[] {
  if (!table.derived) return [];
  const { first, then } = table.derived;
  const intermediate = tables.get(first)?.toLabel ?? first;
  const destination = tables.get(then)?.toLabel ?? then;
  const next = new Map<string, ConcordanceRecord>();
  for (const row of rows.filter((r) => r.table === then)) next.set(refId(row.from)!, row);
  return rows
    .filter((r) => r.table === first)
    .map((row) => {
      const targets: Omit<RowTarget, 'index'>[] = [];
      for (const hop of row.targets) {
        if (!hop.to) continue;
        const onward = next.get(refId(hop.to)!);
        for (const end of onward?.targets ?? []) {
          if (!end.to) continue;
          targets.push({
            to: end.to,
            relation: weaker(hop.relation, end.relation),
            source: 'editorial',
            via: hop.to,
            rationale: `Derived through ${label(hop.to)}: ${label(row.from)} → ${label(hop.to)} is ${hop.relation} (editorial); ${label(hop.to)} → ${label(end.to)} is ${end.relation} (mapping by ${end.source === 'editorial' ? 'the editors' : 'the source'}, grade editorial).`,
          });
        }
      }
      const through = row.targets.filter((t) => t.to).map((t) => label(t.to!));
      if (targets.length === 0)
        targets.push({
          to: null,
          relation: 'none',
          source: 'editorial',
          rationale: through.length
            ? `No provision in the ${destination} table of our corpus: ${through.join(', ')} has none.`
            : `No provision in the ${destination} table of our corpus: ${label(row.from)} has no ${intermediate} counterpart to pass through.`,
        });
      const name = row.id.slice(row.id.indexOf('/') + 1);
      return {
        ...row,
        id: `${table.id}/${name}`,
        table: table.id,
        body: '',
        commentary: [],
        targets: targets.map((t, index) => ({ ...t, index })),
      };
    });
}
