/**
 * The shapes of the joined corpus: an instrument with its key, a provision with all its language
 * versions, a concordance row with its table. Types only, so every module can name them without
 * importing the code that builds them.
 */
import type { ConcordanceRow, ConcordanceTarget } from '../../schemas/concordance.ts';
import type { ConcordanceTable } from '../../schemas/concordance-table.ts';
import type { Instrument } from '../../schemas/instrument.ts';
import type { Provision as ProvisionVersionData } from '../../schemas/provision.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import type { Topic } from '../../schemas/topic.ts';
import type { OfficialAct } from '../../schemas/official-act.ts';

/** An entry as a collection holds it: its id, validated data and Markdown body. */
export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
}

export interface InstrumentRecord extends Instrument {
  key: string;
}

export interface TopicRecord extends Topic {
  key: string;
}

/** One language version of a provision. */
export interface ProvisionVersion {
  entryId: string;
  data: ProvisionVersionData;
  body: string;
  /** Whether this language version is authentic or an official translation (from the instrument). */
  official: boolean;
  /** The words of the body without Markdown syntax or anchor tokens, computed once on first use. */
  readonly text: string;
}

/** A provision with all its language versions. */
export interface ProvisionRecord {
  id: string;
  instrument: InstrumentRecord;
  number: string;
  order: number;
  type: ProvisionVersionData['type'];
  /** The latest version held in each language, in the order the instrument lists its languages. */
  versions: ProvisionVersion[];
  /** Earlier dated versions (official texts held over time), newest first. */
  history: ProvisionVersion[];
  /** Keys of the topics whose files tag this provision (computed from `content/topics/`). */
  topics: string[];
}

export interface RowTarget extends ConcordanceTarget {
  /** Index of the target within its row. */
  index: number;
}

export interface ConcordanceRecord extends Omit<ConcordanceRow, 'targets'> {
  /** `<table>/<row>`, e.g. `budapest-kz/budapest-2`. */
  id: string;
  table: string;
  body: string;
  targets: RowTarget[];
}

/** The collections as plain entries, the input of `buildCorpus`. */
export interface CorpusInput {
  sources: Entry<SourceDocument>[];
  instruments: Entry<Instrument>[];
  provisions: Entry<ProvisionVersionData>[];
  concordanceTables: Entry<ConcordanceTable>[];
  concordance: Entry<ConcordanceRow>[];
  topics: Entry<Topic>[];
  /** What law packs record about their acts (empty without a pack). */
  officialActs: Entry<OfficialAct>[];
}

export interface Corpus {
  sources: Map<string, SourceDocument>;
  instruments: Map<string, InstrumentRecord>;
  provisions: Map<string, ProvisionRecord>;
  tables: Map<string, ConcordanceTable>;
  rows: ConcordanceRecord[];
  topics: Map<string, TopicRecord>;
  /** What law packs record about their acts, by instrument key. */
  officialActs: Map<string, OfficialAct>;
  /** Indexes built once, so no page scans the whole corpus. */
  index: {
    /** Provisions of each instrument, in order. */
    byInstrument: Map<string, ProvisionRecord[]>;
    /** Rows that start from, point to or pass through each provision. */
    rowsByProvision: Map<string, ConcordanceRecord[]>;
    /** Entries whose `concerns` name each provision, with the paragraphs they name. */
    concerning: Map<string, { entry: ProvisionRecord; anchors: string[] }[]>;
    /** Source documents by file name. */
    sourceByFile: Map<string, SourceDocument>;
  };
}
