/**
 * The corpus as the site uses it: the collections joined and indexed once. Pure: it takes plain
 * entries (as `getCollection` returns them) so tests can build one from fixtures.
 */
import type { ConcordanceRow, ConcordanceTarget } from '../../schemas/concordance.ts';
import type { ConcordanceTable } from '../../schemas/concordance-table.ts';
import type { Instrument } from '../../schemas/instrument.ts';
import type { Provision as ProvisionVersionData } from '../../schemas/provision.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import type { Topic } from '../../schemas/topic.ts';
import type { Language } from '../../schemas/common.ts';
import { articleLabel, pinpoint } from '../citations/format.ts';
import { deriveRows } from '../concordance/derive.ts';
import { concordanceRowParts, parseRef, provisionId, refId } from '../ids/index.ts';

export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
}

export interface InstrumentRecord extends Instrument {
  key: string;
}

/** One language version of a provision. */
export interface ProvisionVersion {
  entryId: string;
  data: ProvisionVersionData;
  body: string;
  /** Whether this language version is authentic or an official translation (from the instrument). */
  official: boolean;
}

/** A provision with all its language versions. */
export interface ProvisionRecord {
  id: string;
  instrument: InstrumentRecord;
  number: string;
  order: number;
  type: ProvisionVersionData['type'];
  /** Versions in the order the instrument lists its languages. */
  versions: ProvisionVersion[];
}

export interface RowTarget extends ConcordanceTarget {
  /** Index of the target within its row. */
  index: number;
}

export interface ConcordanceRecord extends Omit<ConcordanceRow, 'targets'> {
  id: string;
  table: string;
  body: string;
  targets: RowTarget[];
}

export interface Corpus {
  sources: Map<string, SourceDocument>;
  instruments: Map<string, InstrumentRecord>;
  provisions: Map<string, ProvisionRecord>;
  tables: Map<string, ConcordanceTable>;
  rows: ConcordanceRecord[];
  topics: Map<string, Topic & { key: string }>;
}

export interface CorpusInput {
  sources: Entry<SourceDocument>[];
  instruments: Entry<Instrument>[];
  provisions: Entry<ProvisionVersionData>[];
  concordanceTables: Entry<ConcordanceTable>[];
  concordance: Entry<ConcordanceRow>[];
  topics: Entry<Topic>[];
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Joins the collections; throws naming the entry when a provision names an unknown instrument. */
export function buildCorpus(input: CorpusInput): Corpus {
  const instruments = new Map(
    input.instruments.map((e) => [e.id, { key: e.id, ...e.data }] as const).sort((a, b) => a[1].order - b[1].order),
  );
  const provisions = new Map<string, ProvisionRecord>();
  for (const entry of [...input.provisions].sort((a, b) => byOrder(a.data, b.data))) {
    const { data } = entry;
    const instrument = instruments.get(data.instrument);
    if (!instrument) throw new Error(`provision ${entry.id}: unknown instrument "${data.instrument}"`);
    const id = provisionId(data.instrument, data.number);
    const record: ProvisionRecord = provisions.get(id) ?? { id, instrument, number: data.number, order: data.order, type: data.type, versions: [] };
    const official = instrument.languages.find((l) => l.lang === data.lang)?.official ?? false;
    record.versions.push({ entryId: entry.id, data, body: entry.body ?? '', official });
    provisions.set(id, record);
  }
  const langOrder = (instrument: InstrumentRecord, lang: Language) => instrument.languages.findIndex((l) => l.lang === lang);
  for (const record of provisions.values()) record.versions.sort((a, b) => langOrder(record.instrument, a.data.lang) - langOrder(record.instrument, b.data.lang));

  const rows = input.concordance
    .map((entry) => ({
      ...entry.data,
      id: entry.id,
      table: concordanceRowParts(entry.id).table,
      body: entry.body ?? '',
      targets: entry.data.targets.map((t, index) => ({ ...t, index })),
    }))
    .sort((a, b) => a.table.localeCompare(b.table) || a.order - b.order);

  const tables = new Map(input.concordanceTables.map((e) => [e.id, e.data] as const).sort((a, b) => a[1].order - b[1].order));
  const label = (ref: string) => {
    const parsed = parseRef(ref);
    const p = parsed && provisions.get(provisionId(parsed.instrument, parsed.number));
    return p ? `${p.instrument.shortTitle} ${articleLabel(p.number, p.type)}${parsed?.anchor ? pinpoint(parsed.anchor) : ''}` : ref;
  };
  for (const table of tables.values()) rows.push(...deriveRows(table, rows, label));
  return {
    sources: new Map(input.sources.map((e) => [e.id, e.data])),
    instruments,
    provisions,
    tables,
    rows,
    topics: new Map(input.topics.map((e) => [e.id, { key: e.id, ...e.data }])),
  };
}

/** The provision a reference names (ignoring its anchor), or undefined. */
export function resolveRef(corpus: Corpus, ref: string): ProvisionRecord | undefined {
  const id = refId(ref);
  return id ? corpus.provisions.get(id) : undefined;
}

/** The version to show where one language must be chosen: English when held, else the first. */
export function readingVersion(provision: ProvisionRecord): ProvisionVersion {
  return provision.versions.find((v) => v.data.lang === 'en') ?? provision.versions[0]!;
}

/** The secondary source domestic texts are quoted from (the Council of Europe profile), if any. */
export function secondarySource(corpus: Corpus): SourceDocument | undefined {
  return [...corpus.sources.values()].find((s) => s.secondary);
}

/** Provisions of one instrument in order. */
export function provisionsOf(corpus: Corpus, instrument: string): ProvisionRecord[] {
  return [...corpus.provisions.values()].filter((p) => p.instrument.key === instrument);
}

/** Concordance rows that start from, or point to, a provision. */
export function rowsTouching(corpus: Corpus, id: string): ConcordanceRecord[] {
  const same = (ref: string | null | undefined) => ref != null && resolveRef(corpus, ref)?.id === id;
  return corpus.rows.filter((row) => same(row.from) || row.targets.some((t) => same(t.to) || same(t.via)));
}

/** Entries (notes, reservations, act articles) whose `concerns` name a provision, with the paragraph they name if any. */
export function entriesConcerning(corpus: Corpus, id: string): { entry: ProvisionRecord; anchors: string[] }[] {
  const out: { entry: ProvisionRecord; anchors: string[] }[] = [];
  for (const entry of corpus.provisions.values()) {
    const refs = entry.versions[0]?.data.concerns.map((ref) => parseRef(ref)).filter((ref) => ref && provisionId(ref.instrument, ref.number) === id) ?? [];
    if (refs.length) out.push({ entry, anchors: refs.flatMap((ref) => (ref?.anchor ? [ref.anchor] : [])) });
  }
  return out;
}
