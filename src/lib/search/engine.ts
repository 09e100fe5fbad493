/**
 * Answers a query from the sharded index: a citation query puts the exact provision first; the
 * query's terms are looked up only in the shards of their prefixes; documents matching more of
 * the terms, and in weightier fields (title › meta › text), rank higher. Documents themselves are
 * fetched only for the results returned.
 */
import { languagesIn } from '../i18n/languages.ts';
import { Document } from 'flexsearch';
import { BUCKET_SIZE, shardIndex, type Field, type Manifest, type SearchDoc } from './build.ts';
import { readCitationQuery } from './citation-query.ts';
import { queryTerms, shardOf, terms } from './normalise.ts';

export interface SearchSource {
  manifest(): Promise<Manifest>;
  shard(key: string): Promise<Record<string, Record<string, string>> | null>;
  bucket(n: number): Promise<SearchDoc[]>;
  cite(number: string): Promise<{ provision: string; docs: number[]; anchors?: string[] }[] | null>;
}

export interface Filters {
  instrument?: string;
  jurisdiction?: string;
  lang?: string;
  topic?: string;
}

export interface Hit {
  doc: SearchDoc;
  exact: boolean;
  /** Normalised query terms, for highlighting. */
  terms: string[];
  /** Languages of the same provision's other versions that match too (one result per provision). */
  also: string[];
  /** The paragraph a citation query names, when the provision has it. */
  anchor?: string;
}

export interface Facet {
  key: string;
  label: string;
  count: number;
}

export interface SearchResult {
  hits: Hit[];
  total: number;
  /** Query words left out because the query needed more than MAX_SHARDS shards (said on the page, never silent). */
  omitted: string[];
  facets: { instrument: Facet[]; jurisdiction: Facet[]; lang: Facet[]; topic: Facet[] };
  /** Offence and topic pages whose names hold every word of the query, shown before the provisions. */
  topics: Facet[];
}

const WEIGHT: Record<Field, number> = { title: 3, meta: 2, text: 1 };

/** The most shard files one query fetches, however many words it has (each file holds many prefixes, so few queries need more than two). */
export const MAX_SHARDS = 6;

/** Keeps loaded shards and buckets, so later queries fetch only what is new. */
export class SearchEngine {
  private readonly files = new Map<string, Promise<Record<string, Record<string, string>> | null>>();
  private readonly shards = new Map<string, Promise<InstanceType<typeof Document> | null>>();
  private readonly buckets = new Map<number, Promise<SearchDoc[]>>();
  private manifestPromise: Promise<Manifest> | undefined;
  private readonly source: SearchSource;

  constructor(source: SearchSource) {
    this.source = source;
  }

  manifest(): Promise<Manifest> {
    this.manifestPromise ??= this.source.manifest();
    return this.manifestPromise;
  }

  /** The index of one term prefix, from its shard file (fetched once, then kept). */
  private async prefixIndex(file: string, prefix: string): Promise<InstanceType<typeof Document> | null> {
    let loaded = this.files.get(file);
    if (!loaded) {
      loaded = this.source.shard(file);
      this.files.set(file, loaded);
    }
    const key = `${file}/${prefix}`;
    let index = this.shards.get(key);
    if (!index) {
      index = loaded.then((data) => {
        const exported = data?.[prefix];
        if (!exported) return null;
        const built = shardIndex();
        for (const [k, v] of Object.entries(exported)) built.import(k, v);
        return built;
      });
      this.shards.set(key, index);
    }
    return index;
  }

  private async doc(id: number): Promise<SearchDoc> {
    const n = Math.floor(id / BUCKET_SIZE);
    let bucket = this.buckets.get(n);
    if (!bucket) {
      bucket = this.source.bucket(n);
      this.buckets.set(n, bucket);
    }
    return (await bucket).find((d) => d.id === id)!;
  }

  async search(query: string, filters: Filters = {}, limit = 20): Promise<SearchResult> {
    const manifest = await this.manifest();
    const citation = readCitationQuery(query, manifest.instruments);
    const exact: number[] = [];
    const anchors = new Map<number, string>();
    if (citation && manifest.cites.includes(citation.number)) {
      const entries = (await this.source.cite(citation.number)) ?? [];
      const wanted = entries.filter((e) => citation.instruments.length === 0 || citation.instruments.includes(e.provision.split('/')[0]!));
      const order = manifest.instruments.map((i) => i.key);
      const preferred: string[] = languagesIn(citation.script ?? 'latin');
      // Provisions held in the query's script first ("ст. 7" → the UN Convention), then instrument order.
      const inScript = (e: { docs: number[] }) => Number(e.docs.some((d) => preferred.includes(langOf(manifest, d))));
      wanted.sort(
        (a, b) => inScript(b) - inScript(a) || order.indexOf(a.provision.split('/')[0]!) - order.indexOf(b.provision.split('/')[0]!),
      );
      for (const e of wanted) {
        const docs = [...e.docs].sort(
          (a, b) => Number(!preferred.includes(langOf(manifest, a))) - Number(!preferred.includes(langOf(manifest, b))),
        );
        exact.push(...docs);
        // A pinpoint is linked only when the provision has that paragraph.
        if (citation.anchor && e.anchors?.includes(citation.anchor)) for (const d of docs) anchors.set(d, citation.anchor);
      }
    }
    // A citation query holds nothing but the citation, so it has no words to look up.
    const words = citation ? [] : queryTerms(query);
    const flat = [...new Set(words.flat())];
    // Only words some shard can hold are looked up, and only in the first MAX_SHARDS shards the query needs.
    const fileOf = (term: string) => manifest.shards[shardOf(term)];
    const needed = [...new Set(flat.map(fileOf).filter((f): f is number => f !== undefined))];
    const fetched = new Set(needed.slice(0, MAX_SHARDS));
    const omitted = words.filter((alt) => alt.every((t) => fileOf(t) !== undefined && !fetched.has(fileOf(t)!))).map((alt) => alt[0]!);
    const wanted = [...new Set(flat.filter((t) => fetched.has(fileOf(t)!)).map(shardOf))];
    const indexes = new Map(
      await Promise.all(wanted.map(async (prefix) => [prefix, await this.prefixIndex(String(manifest.shards[prefix]), prefix)] as const)),
    );
    const scores = new Map<number, { score: number; matched: number }>();
    // Every posting of a term is read: the limit is the number of documents, so nothing is cut.
    const all = manifest.attrs.length;
    for (const alternatives of words) {
      const best = new Map<number, number>();
      for (const term of alternatives) {
        const index = indexes.get(shardOf(term));
        if (!index) continue;
        for (const group of index.search(term, { limit: all }) as { field: Field; result: number[] }[])
          group.result.forEach((id, rank) => best.set(id, Math.max(best.get(id) ?? 0, WEIGHT[group.field] / (1 + rank / 50))));
      }
      for (const [id, s] of best) {
        const entry = scores.get(id) ?? { score: 0, matched: 0 };
        entry.score += s;
        entry.matched++;
        scores.set(id, entry);
      }
    }
    const ranked = [...scores].sort(([, a], [, b]) => b.matched - a.matched || b.score - a.score).map(([id]) => id);
    const found = [...new Set([...exact, ...ranked])];
    const facets = facetCounts(manifest, found);
    const groups = groupByProvision(
      manifest,
      found.filter((id) => passes(manifest, id, filters)),
    );
    const exactIds = new Set(exact);
    const hits = await Promise.all(
      groups.slice(0, limit).map(async ([id, ...others]) => ({
        doc: await this.doc(id!),
        exact: exactIds.has(id!),
        terms: flat,
        also: others.map((o) => langOf(manifest, o)),
        ...(anchors.has(id!) ? { anchor: anchors.get(id!)! } : {}),
      })),
    );
    return { hits, total: groups.length, facets, omitted, topics: topicMatches(manifest, words) };
  }
}

/** Matched documents grouped by provision (the language versions of one provision are one result), each group best first. */
function groupByProvision(m: Manifest, ids: number[]): number[][] {
  const groups = new Map<number, number[]>();
  for (const id of ids) {
    const key = provisionOf(m, id);
    const group = groups.get(key);
    if (group) group.push(id);
    else groups.set(key, [id]);
  }
  return [...groups.values()];
}

/** The first document of the provision a document belongs to (documents of one provision are consecutive). */
function provisionOf(m: Manifest, id: number): number {
  let low = 0;
  let high = m.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (m.starts[mid]! <= id) low = mid;
    else high = mid - 1;
  }
  return m.starts[low] ?? id;
}

/** Topics (offence pages) whose names in any language hold every word of the query. */
function topicMatches(m: Manifest, words: string[][]): Facet[] {
  if (words.length === 0) return [];
  return m.topics
    .filter((t) => words.every((alternatives) => alternatives.some((w) => t.terms.includes(w))))
    .map((t) => ({ key: t.key, label: t.label, count: 0 }));
}

const langOf = (m: Manifest, id: number) => m.languages[m.attrs[id]![1]!]!.key;

function passes(m: Manifest, id: number, f: Filters): boolean {
  const [instrument = -1, lang = -1, ...topics] = m.attrs[id]!;
  const inst = m.instruments[instrument];
  return (
    (!f.instrument || inst?.key === f.instrument) &&
    (!f.jurisdiction || (inst?.jurisdiction ?? 'international') === f.jurisdiction) &&
    (!f.lang || m.languages[lang]?.key === f.lang) &&
    (!f.topic || topics.some((t) => m.topics[t]?.key === f.topic))
  );
}

/** Facet counts over matched documents (exported so the benchmark gives MiniSearch the same work). Counts by index, labels at the end. */
export function facetCounts(m: Manifest, ids: number[]): SearchResult['facets'] {
  const instruments = new Array<number>(m.instruments.length).fill(0);
  const languages = new Array<number>(m.languages.length).fill(0);
  const topics = new Array<number>(m.topics.length).fill(0);
  for (const id of ids) {
    const attrs = m.attrs[id]!;
    instruments[attrs[0]!]!++;
    languages[attrs[1]!]!++;
    for (let i = 2; i < attrs.length; i++) topics[attrs[i]!]!++;
  }
  const facets = (counts: number[], label: (i: number) => { key: string; label: string }) =>
    counts.flatMap((count, i) => (count ? [{ ...label(i), count }] : [])).sort((a, b) => b.count - a.count);
  const jurisdictions = new Map<string, number>();
  instruments.forEach((count, i) => {
    if (!count) return;
    const key = m.instruments[i]!.jurisdiction ?? 'international';
    jurisdictions.set(key, (jurisdictions.get(key) ?? 0) + count);
  });
  return {
    instrument: facets(instruments, (i) => ({ key: m.instruments[i]!.key, label: m.instruments[i]!.label })),
    jurisdiction: [...jurisdictions]
      .map(([key, count]) => ({ key, label: key === 'international' ? 'International' : key, count }))
      .sort((a, b) => b.count - a.count),
    lang: facets(languages, (i) => m.languages[i]!),
    topic: facets(topics, (i) => m.topics[i]!),
  };
}

/** A passage of the text around the first matching word, as pieces with the matching words marked. */
export function snippet(text: string, queryTerms: string[], width = 220, lang?: string): { text: string; hit: boolean }[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const isHit = (w: string) => {
    const t = terms(w, lang)[0];
    return t !== undefined && queryTerms.includes(t);
  };
  const first = words.find((w) => isHit(w[0]));
  const start = first ? Math.max(0, first.index - width / 3) : 0;
  const end = Math.min(text.length, start + width);
  const out: { text: string; hit: boolean }[] = [];
  let cursor = start;
  for (const w of words) {
    if (w.index < start || w.index + w[0].length > end) continue;
    if (!isHit(w[0])) continue;
    if (w.index > cursor) out.push({ text: text.slice(cursor, w.index), hit: false });
    out.push({ text: w[0], hit: true });
    cursor = w.index + w[0].length;
  }
  if (cursor < end) out.push({ text: text.slice(cursor, end), hit: false });
  if (start > 0) out.unshift({ text: '… ', hit: false });
  if (end < text.length) out.push({ text: ' …', hit: false });
  return out;
}
