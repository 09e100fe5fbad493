/**
 * `npm run bench:search [scales]` (default 1,10,100): the site's search engine against MiniSearch
 * doing the same work — the same normaliser and terms, word queries only (neither uses the
 * citation lookup), every match ranked and the first 20 taken — on the committed corpus (1×) and on
 * synthetic corpora of 10× and 100× of it whose vocabulary grows with them (each copy changes a
 * share of its words), and on the site as built with the official law pack ("site"). Cold = a fresh engine: fetch (here: serialised bytes parsed) + first query; warm =
 * the same query again. Runs are interleaved (ours, MiniSearch, ours…). Prints min / median / p95
 * / max, index files and bytes, bytes and requests of a first query, and recall against MiniSearch.
 * No assertion: the figures are for reading; the README quotes the latest run.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { corpusFromDisk } from '../../src/lib/content/from-disk.ts';
import {
  buildSearchFrom,
  documentsOf,
  facetLabels,
  fieldTexts,
  FIELDS,
  type Field,
  type SearchBuild,
  type SearchDoc,
} from '../../src/lib/search/build.ts';
import { facetCounts, SearchEngine, type SearchSource } from '../../src/lib/search/engine.ts';
import { terms } from '../../src/lib/search/normalise.ts';

/** Word queries in the four languages (no article numbers: the citation lookup is not compared). */
const QUERIES = [
  'illegal access',
  'data interference',
  'extradition',
  'production order',
  'child pornography',
  'mutual assistance',
  'незаконный доступ',
  'незаконного доступа',
  'выдача',
  'отмывание доходов',
  'Заңсыз қол жеткізу',
  'Ұстап беру',
  'patvaliga piekluve',
  'Patvaļīga piekļūšana',
  'izdosana',
  'datu traucesana',
];
/** Scales of the committed corpus, and "site" for the corpus with the official law pack. */
const SCALES = (process.argv[2] ?? 'site,1,10,100').split(',');
const RUNS = Number(process.argv[3] ?? 5);
const LIMIT = 20;

const gz = (value: unknown) => gzipSync(typeof value === 'string' ? value : JSON.stringify(value)).length;
const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return { min: s[0]!, median: at(50), p95: at(95), max: s.at(-1)! };
};
const fmt = (x: { min: number; median: number; p95: number; max: number }) =>
  `${x.min.toFixed(2)} / ${x.median.toFixed(2)} / ${x.p95.toFixed(2)} / ${x.max.toFixed(2)}`;

const root = join(import.meta.dirname, '..', '..');
const committed = corpusFromDisk(root, { official: false });
const site = corpusFromDisk(root);

/** A deterministic hash of a word and a copy number, for choosing which words a copy changes. */
const hash = (word: string, k: number) => [...word].reduce((h, c) => (h * 31 + c.charCodeAt(0) + k) >>> 0, 7);

/** Copy k of a text: about a third of its words get a suffix of their own, so the vocabulary grows with the corpus. */
const mutate = (text: string, k: number) =>
  k === 0 ? text : text.replace(/[\p{L}]{4,}/gu, (w) => (hash(w, k) % 3 === 0 ? `${w}${k.toString(36)}` : w));

function synthetic(corpus: typeof site, scale: number): { docs: SearchDoc[]; fields: Map<number, Record<Field, string>> } {
  const base = documentsOf(corpus);
  const baseFields = new Map(base.map((d) => [d.id, fieldTexts(d, corpus)]));
  const docs: SearchDoc[] = [];
  const fields = new Map<number, Record<Field, string>>();
  for (let k = 0; k < scale; k++)
    for (const d of base) {
      const id = docs.length;
      const f = baseFields.get(d.id)!;
      docs.push({
        ...d,
        id,
        text: mutate(d.text, k),
        provision: k === 0 ? d.provision : d.provision.replace('/', `-c${k}/`),
        jurisdiction: k === 0 ? d.jurisdiction : `C${k}`,
      });
      fields.set(id, { title: mutate(f.title, k), text: mutate(f.text, k), meta: `${f.meta}${k ? ` country${k}` : ''}` });
    }
  return { docs, fields };
}

function print(r: {
  scale: string;
  docs: number;
  indexFiles: number;
  shardFiles: number;
  indexGzipKB: number;
  miniIndexGzipKB: number;
  buildMs: number;
  miniBuildMs: number;
  firstQueryKB: ReturnType<typeof stats>;
  firstQueryRequests: ReturnType<typeof stats>;
  coldMs: ReturnType<typeof stats>;
  miniColdMs: ReturnType<typeof stats>;
  warmMs: ReturnType<typeof stats>;
  miniWarmMs: ReturnType<typeof stats>;
  warmP95Ratio: number;
  recall: number;
}) {
  console.log(`${r.scale} (${r.docs} documents)`);
  console.log(
    `  index: ${r.indexFiles} files (${r.shardFiles} shard files), ${r.indexGzipKB} KB gzip; MiniSearch: 1 file, ${r.miniIndexGzipKB} KB gzip`,
  );
  console.log(`  build: ${r.buildMs} ms; MiniSearch ${r.miniBuildMs} ms`);
  console.log(`  first query: ${fmt(r.firstQueryKB)} KB gzip; ${fmt(r.firstQueryRequests)} requests`);
  console.log(`  cold:  ours ${fmt(r.coldMs)} | MiniSearch ${fmt(r.miniColdMs)}`);
  console.log(`  warm:  ours ${fmt(r.warmMs)} | MiniSearch ${fmt(r.miniWarmMs)} | p95 ratio ${r.warmP95Ratio}`);
  console.log(`  recall against MiniSearch: ${r.recall}`);
}

/** The built files as the browser receives them: serialised once, parsed on every fetch (so cold runs pay the parse). */
function servedSource(build: SearchBuild, onFetch: (bytes: number) => void): SearchSource {
  const serve = <T>(value: T | undefined | null): T | null => {
    if (value === undefined || value === null) return null;
    const text = JSON.stringify(value);
    onFetch(gz(text));
    return JSON.parse(text) as T;
  };
  return {
    manifest: async () => serve(build.manifest)!,
    shard: async (key) => serve(build.shards.get(key)),
    bucket: async (n) => serve(build.buckets[n]) ?? [],
    cite: async (number) => serve(build.cite.get(number)),
  };
}

console.log(
  `\nSearch benchmark: ${QUERIES.length} word queries in en/ru/kk/lv, ${RUNS} interleaved runs; times in ms as min / median / p95 / max\n`,
);
const out: Record<string, unknown>[] = [];
for (const label of SCALES) {
  const corpus = label === 'site' ? site : committed;
  const scale = label === 'site' ? 1 : Number(label);
  const labels = facetLabels(corpus);
  const { docs, fields } = synthetic(corpus, scale);
  const numberOf = (d: SearchDoc) => corpus.provisions.get(d.provision.replace(/-c\d+\//, '/'))!.number;
  let t = performance.now();
  const build = await buildSearchFrom(docs, (d) => fields.get(d.id)!, labels, numberOf);
  const buildMs = performance.now() - t;
  const files = [build.manifest, ...build.shards.values(), ...build.buckets, ...build.cite.values()];

  t = performance.now();
  const mini = new MiniSearch<{ id: number } & Record<Field, string>>({
    fields: [...FIELDS],
    tokenize: (text) => terms(text),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 3, meta: 2 } },
  });
  mini.addAll(docs.map((d) => ({ id: d.id, ...fields.get(d.id)! })));
  const miniBuildMs = performance.now() - t;
  const miniJson = JSON.stringify(mini);
  const miniOptions = {
    fields: [...FIELDS],
    tokenize: (text: string) => terms(text),
    processTerm: (term: string) => term,
    searchOptions: { boost: { title: 3, meta: 2 } },
  };
  // MiniSearch's "documents shown" are read from an in-memory list, as ours come from their files.
  const byId = new Map(docs.map((d) => [d.id, d]));

  const cold = { ours: [] as number[], mini: [] as number[] };
  const warm = { ours: [] as number[], mini: [] as number[] };
  const firstBytes: number[] = [];
  const firstRequests: number[] = [];
  let recallHits = 0;
  let recallWanted = 0;
  for (let run = 0; run < RUNS; run++)
    for (const q of QUERIES) {
      // Ours, cold then warm.
      let bytes = 0;
      let requests = 0;
      const engine = new SearchEngine(servedSource(build, (b) => ((bytes += b), requests++)));
      t = performance.now();
      const result = await engine.search(q, {}, LIMIT);
      cold.ours.push(performance.now() - t);
      if (run === 0) {
        firstBytes.push(bytes);
        firstRequests.push(requests);
      }
      t = performance.now();
      await engine.search(q, {}, LIMIT);
      warm.ours.push(performance.now() - t);
      // MiniSearch, cold (load the serialised index) then warm, each doing what ours does: rank, count facets, take the first page.
      const miniQuery = (index: MiniSearch<{ id: number } & Record<Field, string>>) => {
        const hits = index.search(q);
        facetCounts(
          build.manifest,
          hits.map((r) => r.id as number),
        );
        hits.slice(0, LIMIT).map((r) => byId.get(r.id as number));
        return hits;
      };
      t = performance.now();
      const loaded = MiniSearch.loadJSON<{ id: number } & Record<Field, string>>(miniJson, miniOptions);
      miniQuery(loaded);
      cold.mini.push(performance.now() - t);
      t = performance.now();
      const miniHits = miniQuery(loaded);
      warm.mini.push(performance.now() - t);
      if (run === 0) {
        // Recall: the documents MiniSearch matches that ours matches too (all of them, not only the first page).
        const ours = new Set((await engine.search(q, {}, result.total)).hits.map((h) => h.doc.id));
        recallWanted += miniHits.length;
        recallHits += miniHits.filter((h) => ours.has(h.id as number)).length;
      }
    }
  const row = {
    scale: label === 'site' ? 'site (with the official law)' : `${scale}×`,
    docs: docs.length,
    indexFiles: files.length,
    shardFiles: build.shards.size,
    indexGzipKB: +(files.reduce((n, f) => n + gz(f), 0) / 1024).toFixed(1),
    miniIndexGzipKB: +(gz(miniJson) / 1024).toFixed(1),
    buildMs: Math.round(buildMs),
    miniBuildMs: Math.round(miniBuildMs),
    firstQueryKB: stats(firstBytes.map((b) => b / 1024)),
    firstQueryRequests: stats(firstRequests),
    coldMs: stats(cold.ours),
    miniColdMs: stats(cold.mini),
    warmMs: stats(warm.ours),
    miniWarmMs: stats(warm.mini),
    warmP95Ratio: +(stats(warm.ours).p95 / stats(warm.mini).p95).toFixed(2),
    recall: +(recallHits / Math.max(1, recallWanted)).toFixed(4),
  };
  out.push(row);
  print(row);
}

console.log('\nJSON:');
console.log(JSON.stringify(out));
