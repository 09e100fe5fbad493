/**
 * Every link between provisions that the concordance tables make, in both directions, indexed by
 * provision; and the closest link from a provision to an instrument, directly or through one
 * intermediate provision (CSTO → CIS → Budapest), for the crosswalk and the coverage matrix.
 */
import type { Relation } from '../../schemas/concordance.ts';
import { rowsTouching } from '../content/corpus.ts';
import type { ConcordanceRecord, Corpus } from '../content/records.ts';
import { parseRef, refId } from '../ids/index.ts';
import { strongestOf, weaker } from './grade.ts';

export interface Link {
  /** The provision at the other end (with paragraph anchor, as the row gives it). */
  other: string;
  relation: Relation;
  row: ConcordanceRecord;
  /** Intermediate provisions, for derived and two-step links. */
  via?: string[];
}

const idOf = (ref: string) => refId(ref) ?? ref;
const instrumentOf = (ref: string) => parseRef(ref)?.instrument ?? '';

const cache = new WeakMap<Corpus, Map<string, Link[]>>();

/** Links per provision id, both directions; built once per corpus. */
export function linkIndex(corpus: Corpus): Map<string, Link[]> {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const index = new Map<string, Link[]>();
  cache.set(corpus, index);
  const add = (id: string, link: Link) => index.set(id, [...(index.get(id) ?? []), link]);
  for (const row of corpus.rows)
    for (const t of row.targets) {
      if (!t.to) continue;
      add(idOf(row.from), { other: t.to, relation: t.relation, row, ...(t.via ? { via: t.via } : {}) });
      if (!t.via) add(idOf(t.to), { other: row.from, relation: t.relation, row });
    }
  return index;
}

/** The links a table makes from a provision to provisions of an instrument: those assessed directly, else those derived. */
export function tableLinks(index: Map<string, Link[]>, id: string, instrument: string | ((key: string) => boolean)): Link[] {
  const matches = typeof instrument === 'string' ? (key: string) => key === instrument : instrument;
  const reached = (index.get(id) ?? []).filter((l) => matches(instrumentOf(l.other)));
  const direct = reached.filter((l) => !l.via);
  return direct.length ? direct : reached;
}

/**
 * The links from a provision to provisions of an instrument: those a table makes (see
 * `tableLinks`), else through one intermediate provision.
 */
export function linksTo(index: Map<string, Link[]>, id: string, instrument: string | ((key: string) => boolean)): Link[] {
  const matches = typeof instrument === 'string' ? (key: string) => key === instrument : instrument;
  const made = tableLinks(index, id, matches);
  if (made.length) return made;
  const twoStep: Link[] = [];
  for (const first of index.get(id) ?? []) {
    if (first.via || instrumentOf(first.other) === instrumentOf(id)) continue;
    for (const second of index.get(idOf(first.other)) ?? [])
      if (!second.via && matches(instrumentOf(second.other)) && idOf(second.other) !== id)
        twoStep.push({ other: second.other, relation: weaker(first.relation, second.relation), row: second.row, via: [first.other] });
  }
  return twoStep;
}

/** The strongest relation among links, or undefined when there are none. */
export function strongest(links: Link[]): Relation | undefined {
  return strongestOf(links.map((l) => l.relation));
}

/** The row of a table that records a gap for the provision (a finding of none, or not assessed), if any. */
export function gapRow(corpus: Corpus, id: string, table: string): ConcordanceRecord | undefined {
  return rowsTouching(corpus, id).find((r) => r.table === table && idOf(r.from) === id && r.targets.every((t) => !t.to));
}

/** The relation a gap row records: `none` (a finding) or `not-assessed`. */
export function gapRelation(row: ConcordanceRecord): Relation {
  return row.targets[0]!.relation;
}
