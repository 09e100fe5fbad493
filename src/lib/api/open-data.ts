/**
 * The open-data contract. Later work may add fields; it never removes or renames one.
 *
 * `/api/provisions.json`: `[{id, instrument, kind, jurisdiction, act, citation, number, url, dates, versions: {<lang>: {title, text, official}}}]`
 * `/api/concordance.json`: `[{from, to, fromLabel, toLabel, relation, source, note, via?, table, derived, assessed?, against?, review?}]`
 */
import { stringify } from 'csv-stringify/sync';
import { csvBytes, type Bytes } from './bytes.ts';
import { CSV_BOM, CSV_OPTIONS } from './csv.ts';
import { articleHeading } from '../citations/format.ts';
import {
  labelRef,
  provisionsOf,
  readingVersion,
  resolveRef,
  rowsTouching,
  type Corpus,
  type ProvisionRecord,
  type ProvisionVersion,
} from '../content/corpus.ts';
import { versionDates, versionsOf } from '../content/versions.ts';
import { provisionPath } from '../ids/index.ts';
import type { Relation } from '../../schemas/concordance.ts';
import { reviewOf, type Review } from '../concordance/review.ts';
import { editorialTerms } from '../topics/attested.ts';

export interface ProvisionJson {
  id: string;
  instrument: string;
  kind: 'treaty' | 'domestic' | 'act';
  jurisdiction: string | null;
  act: string;
  /** The provision as readers cite it ("Budapest Convention, Art. 2"). */
  citation: string;
  number: string;
  type: string;
  url: string;
  excerpt: boolean;
  /** For texts held over time: the dates of the versions held, newest first (each at `<number>@<date>.json`). */
  dates: string[];
  /** The date the text is current to, and the document it was taken from. */
  asOf: string;
  source: string;
  versions: Record<string, VersionJson>;
}

export interface VersionJson {
  title: string | null;
  text: string;
  official: boolean;
  /** For dated official texts: the date this version entered into force. */
  inForceFrom?: string;
  /** In force, repealed or not yet in force, in this version. */
  status?: string;
  /** For official texts: the version's page on the official portal. */
  officialSource?: string;
}

export interface ConcordanceJson {
  from: string;
  to: string | null;
  /** The provisions as readers cite them ("CIS Agreement, Art. 3(1)(a)"), for showing rather than the ids. */
  fromLabel: string;
  toLabel: string | null;
  /** A grade, `none` (a dated finding that there is no counterpart) or `not-assessed` (no finding: never read it as none). */
  relation: Relation;
  source: string;
  note: string;
  /** For derived mappings: the intermediate provisions, space-separated when several paths reach the target. */
  via?: string;
  table: string;
  /** Whether the table is computed from two others rather than assessed. */
  derived: boolean;
  /** When the table's rows were assessed, where the table says. */
  assessed?: string;
  /** Date of the version of the counterpart's text the grade was assessed against. */
  against?: string;
  /** For official texts held over time: `unchanged`, `changed` (a newer version differs: review) or `unknown` (the version assessed is not held). */
  review?: Review['state'];
}

/** Every provision, or (to keep each file bounded as the corpus grows) those of one instrument, one record at a time. */
export function* provisionRecords(corpus: Corpus, instrument?: string): Generator<ProvisionJson> {
  for (const p of instrument ? provisionsOf(corpus, instrument) : corpus.provisions.values()) yield provisionJson(corpus, p);
}

/** A provision alone (`/api/provisions/<instrument>/<number>.json`): also the provisions its concordance rows link it to, with their languages, so the compare view can offer pairs that share one. */
export interface ProvisionDetailJson extends ProvisionJson {
  counterparts: { id: string; citation: string; languages: string[] }[];
}

export function provisionDetailJson(corpus: Corpus, p: ProvisionRecord, date?: string): ProvisionDetailJson {
  const linked = new Set<string>();
  for (const row of rowsTouching(corpus, p.id))
    for (const ref of [row.from, ...row.targets.flatMap((t) => (t.to ? [t.to] : []))]) {
      const other = resolveRef(corpus, ref);
      if (other && other.id !== p.id) linked.add(other.id);
    }
  const counterparts = [...linked].map((id) => {
    const other = corpus.provisions.get(id)!;
    return { id, citation: labelRef(corpus, id), languages: other.versions.map((v) => v.data.lang) };
  });
  return { ...provisionJson(corpus, p, date), counterparts };
}

/**
 * One provision in the open-data form (also served alone at /api/provisions/<instrument>/<number>.json);
 * with `date`, its earlier version in force from that date (`<number>@<date>.json`).
 */
export function provisionJson(corpus: Corpus, p: ProvisionRecord, date?: string): ProvisionJson {
  const versions = date ? versionsOf(p, date) : p.versions;
  const committed = p.versions.find((v) => !v.data.source.pack);
  return {
    id: p.id,
    instrument: p.instrument.key,
    kind: p.instrument.kind,
    jurisdiction: p.instrument.jurisdiction,
    act: p.instrument.titles.en ?? p.instrument.shortTitle,
    citation: labelRef(corpus, p.id),
    number: p.number,
    type: p.type,
    url: provisionPath({ instrument: p.instrument.key, number: p.number }),
    excerpt: p.versions.some((v) => v.data.excerpt),
    dates: versionDates(p),
    asOf: p.instrument.asOf,
    source: committed?.data.source.file ?? '',
    versions: Object.fromEntries(versions.map((v) => [v.data.lang, versionJson(v)])),
  };
}

function versionJson(v: ProvisionVersion): VersionJson {
  const { source, version, status } = v.data;
  return {
    title: v.data.title ?? null,
    text: v.text,
    official: v.official,
    ...(version ? { inForceFrom: version.date, status } : {}),
    ...(source.pack && source.url ? { officialSource: source.url } : {}),
  };
}

export function concordanceJson(corpus: Corpus): ConcordanceJson[] {
  return corpus.rows.flatMap((row) => {
    const table = corpus.tables.get(row.table);
    return row.targets.map((t) => {
      const review = reviewOf(corpus, t);
      return {
        from: row.from,
        to: t.to,
        fromLabel: labelRef(corpus, row.from),
        toLabel: t.to ? labelRef(corpus, t.to) : null,
        relation: t.relation,
        source: t.source,
        note: t.rationale,
        ...(t.via === undefined ? {} : { via: t.via.join(' ') }),
        table: row.table,
        derived: Boolean(table?.derived),
        ...(table?.assessed ? { assessed: table.assessed } : {}),
        ...(t.against ? { against: t.against } : {}),
        ...(review ? { review: review.state } : {}),
      };
    });
  });
}

/** Column order of the concordance CSV. */
export const CONCORDANCE_CSV_COLUMNS = [
  'table',
  'from',
  'from_title',
  'to',
  'to_title',
  'relation',
  'source',
  'via',
  'note',
  'derived',
  'assessed',
  'against',
  'review',
] as const;

/** Concordance mappings as CSV (RFC 4180, UTF-8 with BOM so spreadsheets detect the encoding), one line per mapping. */
export function concordanceCsv(corpus: Corpus, rows: ConcordanceJson[]): string {
  const title = (ref: string | null | undefined) => {
    if (!ref) return '';
    const p = resolveRef(corpus, ref);
    const v = p && readingVersion(p);
    return p ? `${p.instrument.shortTitle}, ${articleHeading(p.number, p.type)}${v?.data.title ? ` – ${v.data.title}` : ''}` : '';
  };
  const records = rows.map((r) => ({
    ...r,
    from_title: title(r.from),
    to_title: title(r.to),
    to: r.to ?? '',
    via: r.via ?? '',
    derived: r.derived ? 'yes' : 'no',
    assessed: r.assessed ?? '',
    against: r.against ?? '',
    review: r.review ?? '',
  }));
  return `${CSV_BOM}${stringify(records, { ...CSV_OPTIONS, columns: [...CONCORDANCE_CSV_COLUMNS] })}`;
}

/** Column order of the provisions CSV: one line per language version. */
export const PROVISIONS_CSV_COLUMNS = [
  'id',
  'instrument',
  'kind',
  'jurisdiction',
  'act',
  'number',
  'type',
  'lang',
  'official',
  'title',
  'url',
  'text',
] as const;

/** The CSV records of every provision version (one per language version). */
function* provisionCsvRecords(corpus: Corpus, instrument?: string): Generator<Record<string, unknown>> {
  for (const p of provisionRecords(corpus, instrument))
    for (const [lang, v] of Object.entries(p.versions))
      yield {
        ...p,
        lang,
        official: v.official ? 'yes' : 'no',
        title: v.title ?? '',
        text: v.text,
        jurisdiction: p.jurisdiction ?? '',
      };
}

/** Every provision version, or those of one instrument, as the bytes of provisions.csv (a line each). */
export function provisionsCsvBytes(corpus: Corpus, instrument?: string): Bytes {
  return csvBytes(provisionCsvRecords(corpus, instrument), PROVISIONS_CSV_COLUMNS);
}

/** Topics with their names, aliases and tagged provisions. */
export function topicsJson(corpus: Corpus) {
  return [...corpus.topics.values()]
    .sort((a, b) => a.order - b.order)
    .map((t) => ({
      key: t.key,
      kind: t.kind,
      names: t.names,
      aliases: t.aliases,
      /** The names and aliases no source gives: the editors' own words. */
      editorial: editorialTerms(corpus, t),
      description: t.description ?? null,
      provisions: t.provisions,
      url: `/offences/${t.key}/`,
    }));
}
