/**
 * Derived concordance rows: a row of the `first` table followed through the rows of the `then`
 * table (a treaty article → its counterpart in a second treaty → that counterpart's domestic
 * provisions). Every derived target names the provisions it passes through (`via`) and is
 * editorial: the second table's finding concerns the intermediate article, not the first one.
 * A target reached by several paths is one target carrying every path, graded by the closest.
 * Where nothing is reached the row is `not-assessed`: a chain that breaks is missing data, never a
 * finding that the law has no counterpart.
 */
import type { Relation } from '../../schemas/concordance.ts';
import type { ConcordanceTable } from '../../schemas/concordance-table.ts';
import type { ConcordanceRecord, RowTarget } from '../content/records.ts';
import { refId } from '../ids/index.ts';
import { strongestOf, weaker } from './grade.ts';

interface Path {
  via: string;
  relation: Relation;
  reason: string;
}

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
  const next = onwardRows(rows.filter((r) => r.table === then));
  return rows
    .filter((r) => r.table === first)
    .map((row) => {
      const paths = new Map<string, Path[]>();
      const against = new Map<string, string>();
      for (const hop of row.targets) {
        if (!hop.to) continue;
        for (const end of next(hop.to).flatMap((r) => r.targets)) {
          if (!end.to) continue;
          const claimant = end.source === 'editorial' ? 'the editors' : 'the source';
          paths.set(end.to, [
            ...(paths.get(end.to) ?? []),
            {
              via: hop.to,
              relation: weaker(hop.relation, end.relation),
              reason: `${label(row.from)} → ${label(hop.to)} is ${hop.relation} (editorial); ${label(hop.to)} → ${label(end.to)} is ${end.relation} (mapping by ${claimant}, grade editorial)`,
            },
          ]);
          if (end.against) against.set(end.to, end.against);
        }
      }
      const targets: Omit<RowTarget, 'index'>[] = [...paths].map(([to, found]) => ({
        to,
        relation: strongestOf(found.map((p) => p.relation))!,
        source: 'editorial',
        via: found.map((p) => p.via),
        ...(against.has(to) ? { against: against.get(to)! } : {}),
        rationale:
          found.length === 1
            ? `Derived through ${label(found[0]!.via)}: ${found[0]!.reason}.`
            : `Derived through ${found.map((p) => label(p.via)).join(' and ')}, graded by the closest path: ${found.map((p) => p.reason).join('; ')}.`,
      }));
      if (targets.length === 0)
        targets.push({
          to: null,
          relation: 'not-assessed',
          source: 'editorial',
          rationale: whyNothing(row, next, label, intermediate, destination),
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

/** Why a derived row reaches nothing: no intermediate provision, none held onward, or a finding of none about the intermediate. */
function whyNothing(
  row: ConcordanceRecord,
  next: (ref: string) => ConcordanceRecord[],
  label: (ref: string) => string,
  intermediate: string,
  destination: string,
): string {
  const hops = row.targets.filter((t) => t.to).map((t) => t.to!);
  if (hops.length === 0) return `Not assessed by this route: ${label(row.from)} has no ${intermediate} counterpart to pass through.`;
  const reasons = hops.map((hop) => {
    const onward = next(hop);
    if (onward.length === 0) return `${label(hop)} has no row in the ${destination} table`;
    const finding = onward.flatMap((r) => r.targets).find((t) => t.relation === 'none');
    const claimant = finding?.source === 'editorial' ? 'the editors' : 'its source';
    return finding
      ? `for ${label(hop)} the ${destination} table records no counterpart (${claimant}: ${finding.rationale.replace(/\.$/, '')})`
      : `${label(hop)} reaches no provision`;
  });
  return `Not assessed by this route: ${reasons.join('; ')}. A finding about the intermediate article is not a finding about this one.`;
}

/**
 * The rows of the onward table a reference leads to: for an article, its row and its paragraphs'
 * rows; for a paragraph, that paragraph's row, else its article's.
 */
function onwardRows(rows: ConcordanceRecord[]): (ref: string) => ConcordanceRecord[] {
  const byArticle = new Map<string, ConcordanceRecord[]>();
  for (const row of rows) byArticle.set(refId(row.from)!, [...(byArticle.get(refId(row.from)!) ?? []), row]);
  return (ref) => {
    const all = byArticle.get(refId(ref)!) ?? [];
    if (!ref.includes('#')) return all;
    const exact = all.filter((r) => r.from === ref);
    return exact.length ? exact : all.filter((r) => !r.from.includes('#'));
  };
}
