/**
 * A topic across every instrument and jurisdiction held: the provisions its file tags, else those
 * the concordance reaches from them, else the gap a table records (a dated finding of none, or
 * not assessed). No column is left out: an instrument with nothing on the topic says why.
 */
import { resolveRef } from '../content/corpus.ts';
import type { ConcordanceRecord, Corpus, ProvisionRecord, TopicRecord } from '../content/records.ts';
import { gapRelation, gapRow, linkIndex, tableLinks, type Link } from './links.ts';
import { matrixColumns, type MatrixColumn } from './matrix.ts';

export interface TopicColumn {
  column: MatrixColumn;
  /** Provisions the topic's file tags in this column (with the anchor it names). */
  tagged: { ref: string; provision: ProvisionRecord }[];
  /** Otherwise: the provisions the concordance links the tagged ones to, each with the provision it starts from. */
  reached: { from: string; link: Link }[];
  /** Otherwise: the rows recording that there is none, or that it was not assessed. */
  gaps: ConcordanceRecord[];
}

export function topicColumns(corpus: Corpus, topic: TopicRecord): TopicColumn[] {
  const index = linkIndex(corpus);
  const tags = topic.provisions.flatMap((ref) => {
    const provision = resolveRef(corpus, ref);
    return provision ? [{ ref, provision }] : [];
  });
  return matrixColumns(corpus).map((column) => {
    const tagged = tags.filter((t) => column.matches(t.provision.instrument.key));
    if (tagged.length) return { column, tagged, reached: [], gaps: [] };
    // Only links a table makes: an inference through a third provision is the matrix's, too loose for a topic.
    const reached = tags.flatMap((t) => tableLinks(index, t.provision.id, column.matches).map((link) => ({ from: t.ref, link })));
    const seen = new Set<string>();
    const unique = reached.filter((r) => !seen.has(r.link.other) && seen.add(r.link.other));
    if (unique.length) return { column, tagged, reached: unique, gaps: [] };
    const gaps = tags.flatMap((t) => column.gapTables.flatMap((table) => gapRow(corpus, t.provision.id, table) ?? []));
    // A finding of none is shown before rows that did not assess the pair.
    gaps.sort((a, b) => Number(gapRelation(a) !== 'none') - Number(gapRelation(b) !== 'none'));
    return { column, tagged, reached: [], gaps };
  });
}
