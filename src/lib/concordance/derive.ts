/**
 * Derived concordance rows: a row of the `first` table followed through the rows of the `then`
 * table (UN Art. 7 → Budapest Art. 2 → Penal Code Art. 205). Every derived target names the
 * provision it passes through (`via`) and is editorial: the profile's finding concerns Budapest,
 * not the UN Convention. Where nothing is reached, the row shows the gap.
 */
import type { Relation } from '../../schemas/concordance.ts';
import type { ConcordanceTable } from '../../schemas/concordance-table.ts';
import type { ConcordanceRecord, RowTarget } from '../content/corpus.ts';
import { refId } from '../ids/index.ts';

const STRENGTH: Relation[] = ['none', 'related', 'partial', 'equivalent'];

/** The weaker of two grades: a chain is as close as its loosest link. */
export function weaker(a: Relation, b: Relation): Relation {
  return STRENGTH[Math.min(STRENGTH.indexOf(a), STRENGTH.indexOf(b))]!;
}

export function deriveRows(table: ConcordanceTable, rows: ConcordanceRecord[], label: (ref: string) => string): ConcordanceRecord[] {
  if (!table.derived) return [];
  const { first, then } = table.derived;
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
            ? `No Kazakh provision in our corpus: ${through.join(', ')} has none.`
            : `No Kazakh provision in our corpus: ${label(row.from)} has no Budapest counterpart to pass through.`,
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
