/**
 * A derived view beside the table made directly for the same pair (UN → Kazakhstan via Budapest
 * beside UN → Kazakhstan): where the two reach different provisions or grade them differently,
 * both rows say so, so that a derived link is never read as a second, contradicting finding.
 */
import { labelRef } from '../content/corpus.ts';
import type { ConcordanceRecord, Corpus } from '../content/records.ts';
import { RELATION_LABELS } from '../i18n/relations.ts';

/** The row of the other view for the same provision: the direct row of a derived one, or the derived row of a direct one. */
export function pairedRow(corpus: Corpus, row: ConcordanceRecord): ConcordanceRecord | undefined {
  const table = corpus.tables.get(row.table);
  const other = table?.derived?.direct ?? [...corpus.tables.entries()].find(([, t]) => t.derived?.direct === row.table)?.[0];
  return other
    ? corpus.index.rowsByProvision.get(row.from.split('#')[0]!)?.find((r) => r.table === other && r.from === row.from)
    : undefined;
}

const claims = (corpus: Corpus, row: ConcordanceRecord) =>
  row.targets
    .map((t) =>
      t.to
        ? `${labelRef(corpus, t.to)} (${RELATION_LABELS[t.relation].label.toLowerCase()})`
        : RELATION_LABELS[t.relation].label.toLowerCase(),
    )
    .sort()
    .join('; ');

/** What the other view says, when it differs from this row; undefined when they agree or there is no other view. */
export function disagreement(corpus: Corpus, row: ConcordanceRecord): { table: string; row: ConcordanceRecord; says: string } | undefined {
  const other = pairedRow(corpus, row);
  if (!other) return undefined;
  const says = claims(corpus, other);
  return says === claims(corpus, row) ? undefined : { table: corpus.tables.get(other.table)!.title, row: other, says };
}
