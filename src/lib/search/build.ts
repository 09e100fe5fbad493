/**
 * Builds the search index from the corpus, sharded so that a query fetches little:
 *
 * - term shards (`shards/<n>.json`): FlexSearch Document indexes (fields title, text, meta), each
 *   holding the postings of a run of two-letter term prefixes, grouped so that every file is about
 *   the same size (SHARD_TARGET), exported; the manifest maps each prefix to its file;
 * - documents (`docs/<n>.json`): title, instrument, language, link and text of one document,
 *   fetched only for the results shown;
 * - citation files (`cite/<number>.json`): the documents of every provision with that number;
 * - the manifest: facet labels and document attributes for facets.
 *
 * A document is one language version of one provision.
 */
import { Document } from 'flexsearch';
import type { Corpus } from '../content/corpus.ts';
import { articleHeading, citeProvision } from '../citations/format.ts';
import { provisionPath } from '../ids/index.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages.ts';
import { anchorsIn } from '../content/anchors.ts';
import { nameStems, queryTerms, shardOf, terms } from './normalise.ts';

/** Documents per file: one, so a query fetches only the documents it shows. */
export const BUCKET_SIZE = 1;
export const FIELDS = ['title', 'text', 'meta'] as const;
export type Field = (typeof FIELDS)[number];

export interface SearchDoc {
  id: number;
  provision: string;
  title: string;
  instrument: string;
  act: string;
  lang: string;
  jurisdiction: string | null;
  topics: string[];
  url: string;
  text: string;
}

export interface Manifest {
  buckets: number;
  /** Facet labels, and the words that name each instrument in a citation query. */
  instruments: { key: string; label: string; jurisdiction: string | null; names: string[] }[];
  /** Topic labels, and the stems of their names and aliases in every language (a query naming a topic shows its page first). */
  topics: { key: string; label: string; terms: string[] }[];
  languages: { key: string; label: string }[];
  /** The first document of each provision (a provision's documents are consecutive), so its language versions are one result. */
  starts: number[];
  /** Per document: instrument index, language index, topic indices (for facets without fetching documents). */
  attrs: number[][];
  /** The shard file of each two-letter term prefix held, so a word no shard holds costs no request. */
  shards: Record<string, number>;
  /** The numbers with a citation file, likewise. */
  cites: string[];
}

export interface SearchBuild {
  manifest: Manifest;
  shards: Map<string, Record<string, Record<string, string>>>;
  buckets: SearchDoc[][];
  cite: Map<string, { provision: string; docs: number[]; anchors: string[] }[]>;
}

/** The FlexSearch configuration shared by building and loading: terms arrive already normalised and stemmed. */
export function shardIndex() {
  return new Document({
    tokenize: 'strict',
    encode: (text: string) => text.split(' ').filter(Boolean),
    document: { id: 'id', index: [...FIELDS] },
  });
}

/** Characters of term text per shard file: a file is about 20–40 KB gzipped, so a query fetches little and the site has few files. */
export const SHARD_TARGET = 120_000;

export function documentsOf(corpus: Corpus): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const p of corpus.provisions.values())
    for (const v of p.versions) {
      const english = v.data.translatedTitles.find((t) => t.lang === 'en')?.text;
      docs.push({
        id: docs.length,
        provision: p.id,
        title: `${articleHeading(p.number, p.type)}${v.data.title ? ` – ${v.data.title}` : ''}${english ? ` (${english})` : ''}`,
        instrument: p.instrument.key,
        act: p.instrument.shortTitle,
        lang: v.data.lang,
        jurisdiction: p.instrument.jurisdiction,
        topics: p.topics,
        url: provisionPath({ instrument: p.instrument.key, number: p.number }),
        text: v.text,
      });
    }
  return docs;
}

/** What a document is found by, field by field, before splitting into shards. */
export function fieldTexts(doc: SearchDoc, corpus: Corpus): Record<Field, string> {
  const p = corpus.provisions.get(doc.provision)!;
  const topicWords = doc.topics.flatMap((key) => {
    const t = corpus.topics.get(key);
    return t ? [...Object.values(t.names), ...Object.values(t.aliases).flat()] : [];
  });
  return {
    title: doc.title,
    text: doc.text,
    meta: [p.instrument.shortTitle, p.instrument.citation, citeProvision(p.instrument.citation, p.number, p.type), ...topicWords].join(
      ' \n ',
    ),
  };
}

/** Labels the manifest needs for facets. */
export interface FacetLabels {
  instruments: Manifest['instruments'];
  topics: Manifest['topics'];
}

/** The facet labels and instrument names of a corpus, as the manifest carries them. */
export function facetLabels(corpus: Corpus): FacetLabels {
  return {
    instruments: [...corpus.instruments.values()].map((i) => ({
      key: i.key,
      label: i.shortTitle,
      jurisdiction: i.jurisdiction,
      // Stems of the words readers name it by: its search names, and the words (not the numbers: a
      // date in a title is no name) of its short title and citation form.
      names: [
        ...new Set([...nameStems(i.searchNames.join(' ')), ...nameStems(`${i.shortTitle} ${i.citation}`).filter((w) => !/^\d+$/.test(w))]),
      ],
    })),
    topics: [...corpus.topics.values()]
      .sort((a, b) => a.order - b.order)
      .map((t) => ({
        key: t.key,
        label: t.names.en,
        terms: [...new Set(queryTerms([...Object.values(t.names), ...Object.values(t.aliases).flat()].join(' ')).flat())],
      })),
  };
}

export async function buildSearch(corpus: Corpus, shardTarget = SHARD_TARGET): Promise<SearchBuild> {
  return buildSearchFrom(
    documentsOf(corpus),
    (doc) => fieldTexts(doc, corpus),
    facetLabels(corpus),
    (doc) => corpus.provisions.get(doc.provision)!.number,
    shardTarget,
    (provision) => [...new Set(corpus.provisions.get(provision)!.versions.flatMap((v) => anchorsIn(v.body)))],
  );
}

/** Builds the index from documents and their field texts (the benchmark feeds it synthetic corpora). */
export async function buildSearchFrom(
  docs: SearchDoc[],
  fieldsOf: (doc: SearchDoc) => Record<Field, string>,
  labels: FacetLabels,
  numberOf: (doc: SearchDoc) => string,
  shardTarget = SHARD_TARGET,
  anchorsOf: (provision: string) => string[] = () => [],
): Promise<SearchBuild> {
  // One index per two-letter prefix, filled document by document: each receives the terms of its
  // prefix in document order, as if it were built alone, and nothing holds every term of every
  // document at once (per prefix and document, that was over a gigabyte at 100× the corpus).
  const byPrefix = new Map<string, { index: ReturnType<typeof shardIndex>; size: number }>();
  for (const doc of docs) {
    const texts = fieldsOf(doc);
    const own = new Map<string, Record<Field, string[]>>();
    for (const field of FIELDS)
      // Meta (names of the instrument and topics, in every language) is indexed under both Latin stems.
      for (const term of field === 'meta' ? queryTerms(texts[field]).flat() : terms(texts[field], doc.lang)) {
        const key = shardOf(term);
        const entry = own.get(key) ?? own.set(key, { title: [], text: [], meta: [] }).get(key)!;
        entry[field].push(term);
      }
    for (const [prefix, fields] of own) {
      const shard = byPrefix.get(prefix) ?? byPrefix.set(prefix, { index: shardIndex(), size: 0 }).get(prefix)!;
      const entry = { id: doc.id, title: fields.title.join(' '), text: fields.text.join(' '), meta: fields.meta.join(' ') };
      shard.size += entry.title.length + entry.text.length + entry.meta.length;
      shard.index.add(entry);
    }
  }
  // Consecutive prefixes share a file until it holds about SHARD_TARGET characters of terms.
  const groups: { prefixes: string[]; size: number }[] = [];
  const prefixFile: Record<string, number> = {};
  for (const [prefix, { size }] of [...byPrefix].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const last = groups.at(-1);
    if (last && last.size + size <= shardTarget) {
      last.prefixes.push(prefix);
      last.size += size;
    } else groups.push({ prefixes: [prefix], size });
    prefixFile[prefix] = groups.length - 1;
  }
  // A file holds one exported index per prefix: a term is ranked among the postings of its own prefix, as if alone.
  const shards = new Map<string, Record<string, Record<string, string>>>();
  for (const [n, group] of groups.entries()) {
    const file: Record<string, Record<string, string>> = {};
    for (const prefix of group.prefixes) {
      const exported: Record<string, string> = {};
      await byPrefix.get(prefix)!.index.export((k: string, data: string) => {
        exported[k] = data;
      });
      // Exported, an index is let go.
      byPrefix.delete(prefix);
      file[prefix] = exported;
    }
    shards.set(String(n), file);
  }
  const { instruments, topics } = labels;
  const languages: readonly string[] = LANGUAGES;
  // Per number, the provisions with it, in the order of their first document (looked up by key, not searched).
  const byNumber = new Map<string, Map<string, { provision: string; docs: number[]; anchors: string[] }>>();
  for (const doc of docs) {
    const number = numberOf(doc);
    if (!/^\d+(?:-\d+)*$/.test(number)) continue;
    const provisions = byNumber.get(number) ?? byNumber.set(number, new Map()).get(number)!;
    const entry =
      provisions.get(doc.provision) ??
      provisions.set(doc.provision, { provision: doc.provision, docs: [], anchors: anchorsOf(doc.provision) }).get(doc.provision)!;
    entry.docs.push(doc.id);
  }
  const cite = new Map([...byNumber].map(([number, provisions]) => [number, [...provisions.values()]]));
  const instrumentIndex = new Map(instruments.map((i, n) => [i.key, n]));
  const topicIndex = new Map(topics.map((t, n) => [t.key, n]));
  const index = (map: Map<string, number>, key: string) => map.get(key) ?? -1;
  return {
    manifest: {
      buckets: Math.ceil(docs.length / BUCKET_SIZE),
      instruments,
      topics,
      languages: LANGUAGES.map((l) => ({ key: l, label: LANGUAGE_NAMES[l].native })),
      attrs: docs.map((d) => [
        index(instrumentIndex, d.instrument),
        languages.indexOf(d.lang),
        ...d.topics.map((t) => index(topicIndex, t)),
      ]),
      starts: docs.flatMap((d, i) => (i === 0 || docs[i - 1]!.provision !== d.provision ? [d.id] : [])),
      shards: prefixFile,
      cites: [...cite.keys()].sort(),
    },
    shards,
    buckets: Array.from({ length: Math.ceil(docs.length / BUCKET_SIZE) }, (_, b) => docs.slice(b * BUCKET_SIZE, (b + 1) * BUCKET_SIZE)),
    cite,
  };
}
