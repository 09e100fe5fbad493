/**
 * The corpus as the site uses it: the collections joined and indexed once. Pure: it takes plain
 * entries (as the content loader gives them) so tests can build one from fixtures.
 */
import type { Language } from '../../schemas/common.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import type { Provision as ProvisionVersionData } from '../../schemas/provision.ts';
import { provisionLabel } from '../citations/format.ts';
import { deriveRows } from '../concordance/derive.ts';
import { concordanceRowParts, parseRef, provisionId, refId } from '../ids/index.ts';
import { plainText } from './plain-text.ts';
import type { ConcordanceRecord, Corpus, CorpusInput, InstrumentRecord, ProvisionRecord, ProvisionVersion } from './records.ts';

export type * from './records.ts';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

/** A language version whose plain text is computed on first use (once per body, see `plainText`). */
function provisionVersion(entryId: string, data: ProvisionVersionData, body: string, official: boolean): ProvisionVersion {
  return {
    entryId,
    data,
    body,
    official,
    get text() {
      return plainText(body);
    },
  };
}

/** Topic keys per provision id, from the topic files (the only place tags are stated). */
function topicTags(input: CorpusInput): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const topic of [...input.topics].sort((a, b) => a.id.localeCompare(b.id)))
    for (const id of new Set(topic.data.provisions.map(refId))) if (id) push(tags, id, topic.id);
  return tags;
}

/** Joins the collections; throws naming the entry when a provision names an unknown instrument. */
export function buildCorpus(input: CorpusInput): Corpus {
  const instruments = new Map(
    input.instruments.map((e) => [e.id, { key: e.id, ...e.data }] as const).sort((a, b) => a[1].order - b[1].order),
  );
  const tags = topicTags(input);
  const provisions = new Map<string, ProvisionRecord>();
  for (const entry of [...input.provisions].sort((a, b) => byOrder(a.data, b.data))) {
    const { data } = entry;
    const instrument = instruments.get(data.instrument);
    if (!instrument) throw new Error(`provision ${entry.id}: unknown instrument "${data.instrument}"`);
    const id = provisionId(data.instrument, data.number);
    const record: ProvisionRecord = provisions.get(id) ?? {
      id,
      instrument,
      number: data.number,
      order: data.order,
      type: data.type,
      versions: [],
      history: [],
      topics: tags.get(id) ?? [],
    };
    const official = instrument.languages.find((l) => l.lang === data.lang)?.official ?? false;
    const version = provisionVersion(entry.id, data, entry.body ?? '', official);
    // Only the latest version held of each language is read on the page; earlier ones are its history.
    if (data.version && !data.version.current) record.history.push(version);
    else record.versions.push(version);
    provisions.set(id, record);
  }
  const langOrder = (instrument: InstrumentRecord, lang: Language) => instrument.languages.findIndex((l) => l.lang === lang);
  for (const record of provisions.values()) {
    // An article held only in earlier versions (absent from the latest) is read in its newest one.
    for (const lang of new Set(record.history.map((v) => v.data.lang)))
      if (!record.versions.some((v) => v.data.lang === lang)) {
        const newest = record.history.filter((v) => v.data.lang === lang).sort((a, b) => b.data.version!.date.localeCompare(a.data.version!.date))[0]!;
        record.versions.push(newest);
        record.history.splice(record.history.indexOf(newest), 1);
      }
    record.versions.sort((a, b) => langOrder(record.instrument, a.data.lang) - langOrder(record.instrument, b.data.lang));
    record.history.sort((a, b) => b.data.version!.date.localeCompare(a.data.version!.date) || langOrder(record.instrument, a.data.lang) - langOrder(record.instrument, b.data.lang));
  }

  const tables = new Map(input.concordanceTables.map((e) => [e.id, e.data] as const).sort((a, b) => a[1].order - b[1].order));
  const rows: ConcordanceRecord[] = input.concordance
    .map((entry) => {
      const table = concordanceRowParts(entry.id).table;
      // A grade is dated by the version it was assessed against: the target's own date, else its table's.
      const against = tables.get(table)?.against;
      return {
        ...entry.data,
        id: entry.id,
        table,
        body: entry.body ?? '',
        targets: entry.data.targets.map((t, index) => ({ ...t, ...(t.to && !t.against && against ? { against } : {}), index })),
      };
    })
    .sort((a, b) => a.table.localeCompare(b.table) || a.order - b.order);

  const label = (ref: string) => refLabel(instruments, provisions, ref);
  for (const table of tables.values()) rows.push(...deriveRows(table, tables, rows, label));
  const sources = new Map(input.sources.map((e) => [e.id, e.data]));
  return {
    sources,
    instruments,
    provisions,
    tables,
    rows,
    topics: new Map(input.topics.map((e) => [e.id, { key: e.id, ...e.data }])),
    officialActs: new Map(input.officialActs.map((e) => [e.id, e.data])),
    index: buildIndex(provisions, rows, sources),
  };
}

function buildIndex(provisions: Map<string, ProvisionRecord>, rows: ConcordanceRecord[], sources: Map<string, SourceDocument>): Corpus['index'] {
  const byInstrument = new Map<string, ProvisionRecord[]>();
  const concerning = new Map<string, { entry: ProvisionRecord; anchors: string[] }[]>();
  for (const p of provisions.values()) {
    push(byInstrument, p.instrument.key, p);
    const named = new Map<string, string[]>();
    for (const ref of p.versions[0]?.data.concerns ?? []) {
      const parsed = parseRef(ref);
      if (parsed) named.set(provisionId(parsed.instrument, parsed.number), [...(named.get(provisionId(parsed.instrument, parsed.number)) ?? []), ...(parsed.anchor ? [parsed.anchor] : [])]);
    }
    for (const [id, anchors] of named) push(concerning, id, { entry: p, anchors });
  }
  const rowsByProvision = new Map<string, ConcordanceRecord[]>();
  for (const row of rows) {
    const ids = new Set([row.from, ...row.targets.flatMap((t) => [t.to, ...(t.via ?? [])])].map(refId).filter((id): id is string => id !== null));
    for (const id of ids) push(rowsByProvision, id, row);
  }
  const sourceByFile = new Map([...sources.values()].map((s) => [s.file, s]));
  return { byInstrument, rowsByProvision, concerning, sourceByFile };
}

/** A reference as readers cite it ("CIS Agreement, Art. 3(1)(a)"), or the reference itself when nothing is held. */
function refLabel(instruments: Map<string, InstrumentRecord>, provisions: Map<string, ProvisionRecord>, ref: string): string {
  const parsed = parseRef(ref);
  if (!parsed) return ref;
  const p = provisions.get(provisionId(parsed.instrument, parsed.number));
  if (p) return provisionLabel(p.instrument.shortTitle, p.number, p.type, parsed.anchor);
  // A provision of an official text that is not loaded is still cited by its instrument and number.
  const instrument = instruments.get(parsed.instrument);
  return instrument ? provisionLabel(instrument.shortTitle, parsed.number, 'article', parsed.anchor) : ref;
}

/** A reference as readers cite it ("CIS Agreement, Art. 3(1)(a)"). */
export function labelRef(corpus: Corpus, ref: string): string {
  return refLabel(corpus.instruments, corpus.provisions, ref);
}

/** The provisions a derived mapping passes through, as readers cite them ("Budapest Convention, Art. 25 and Budapest Convention, Art. 27"). */
export function labelVia(corpus: Corpus, via: string[] | undefined): string {
  return (via ?? []).map((ref) => labelRef(corpus, ref)).join(' and ');
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

/** The source document a language version was taken from, if it is in the registry. */
export function sourceOf(corpus: Corpus, version: ProvisionVersion): SourceDocument | undefined {
  return corpus.index.sourceByFile.get(version.data.source.file);
}

/** The secondary sources (documents quoting others' texts) that the given provisions were taken from. */
export function secondarySourcesOf(corpus: Corpus, provisions: ProvisionRecord[]): SourceDocument[] {
  const found = new Set(provisions.flatMap((p) => p.versions.map((v) => sourceOf(corpus, v))).filter((s) => s?.secondary));
  return [...found] as SourceDocument[];
}

/** Provisions of one instrument in order. */
export function provisionsOf(corpus: Corpus, instrument: string): ProvisionRecord[] {
  return corpus.index.byInstrument.get(instrument) ?? [];
}

/** Concordance rows that start from, point to, or pass through a provision. */
export function rowsTouching(corpus: Corpus, id: string): ConcordanceRecord[] {
  return corpus.index.rowsByProvision.get(id) ?? [];
}

/** Entries (notes, reservations, act articles) whose `concerns` name a provision, with the paragraph they name if any. */
export function entriesConcerning(corpus: Corpus, id: string): { entry: ProvisionRecord; anchors: string[] }[] {
  return corpus.index.concerning.get(id) ?? [];
}
