/**
 * `npm run bench:search`: the search index on the real corpus and on synthetic 10× and 100×
 * corpora made from it (every document repeated as another country's law), against MiniSearch
 * with the same normaliser. Prints a table and JSON:
 * index build time; index bytes (raw and gzip) against the gzip size of the indexed text; bytes
 * a first query fetches (gzip: manifest, the shards of its terms, its citation file, the document
 * buckets of the 20 results shown); warm query latency p50/p95 over a fixed query set in four
 * languages. No assertion: the figures are for reading (targets are in the README).
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { corpusFromDisk } from '../../src/lib/content/from-disk.ts';
import { buildSearchFrom, documentsOf, facetLabels, fieldTexts, FIELDS, type Field, type SearchDoc } from '../../src/lib/search/build.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { memorySource } from '../../src/lib/search/memory-source.ts';
import { terms } from '../../src/lib/search/normalise.ts';

const QUERIES = [
  '205',
  'Art. 2 Budapest',
  'Penal Code 28',
  'UN 41',
  'ст. 7',
  'illegal access',
  'data interference',
  'extradition',
  'production order',
  'child pornography',
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
const SCALES = (process.argv[2] ?? '1,10,100').split(',').map(Number);
const REPEAT = 15;

const gz = (value: unknown) => gzipSync(typeof value === 'string' ? value : JSON.stringify(value)).length;
const raw = (value: unknown) => Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

const corpus = corpusFromDisk(join(import.meta.dirname, '..', '..'));
const base = documentsOf(corpus);
const baseFields = new Map(base.map((d) => [d.id, fieldTexts(d, corpus)]));
const { instruments, topics } = facetLabels(corpus);

/** The corpus repeated `scale` times, copy k standing for another country's law (its own provision ids). */
function synthetic(scale: number): { docs: SearchDoc[]; fields: Map<number, Record<Field, string>> } {
  const docs: SearchDoc[] = [];
  const fields = new Map<number, Record<Field, string>>();
  for (let k = 0; k < scale; k++)
    for (const d of base) {
      const id = docs.length;
      docs.push({
        ...d,
        id,
        provision: k === 0 ? d.provision : d.provision.replace('/', `-c${k}/`),
        jurisdiction: k === 0 ? d.jurisdiction : `C${k}`,
      });
      const f = baseFields.get(d.id)!;
      fields.set(id, k === 0 ? f : { ...f, meta: `${f.meta} country${k}` });
    }
  return { docs, fields };
}

interface Row {
  scale: number;
  docs: number;
  engine: string;
  buildMs: number;
  indexRaw: number;
  indexGzip: number;
  textGzip: number;
  firstQueryGzipMedian: number | null;
  firstQueryGzipMax: number | null;
  p50ms: number;
  p95ms: number;
}

const rows: Row[] = [];
for (const scale of SCALES) {
  const { docs, fields } = synthetic(scale);
  const textGzip = gz(docs.map((d) => FIELDS.map((f) => fields.get(d.id)![f]).join('\n')).join('\n'));
  const numberOf = (d: SearchDoc) => corpus.provisions.get(d.provision.replace(/-c\d+\//, '/'))!.number;

  let started = performance.now();
  const build = await buildSearchFrom(docs, (d) => fields.get(d.id)!, { instruments, topics }, numberOf);
  const buildMs = performance.now() - started;
  const files = [build.manifest, ...build.shards.values(), ...build.buckets, ...build.cite.values()];
  const firstQuery: number[] = [];
  for (const q of QUERIES) {
    let bytes = 0;
    const engine = new SearchEngine(
      memorySource(build, (path) => {
        const [kind, key] = path.split(':');
        const value =
          kind === 'manifest'
            ? build.manifest
            : kind === 'shard'
              ? build.shards.get(key!)
              : kind === 'bucket'
                ? build.buckets[Number(key)]
                : build.cite.get(key!);
        if (value !== undefined && value !== null) bytes += gz(value);
      }),
    );
    await engine.search(q, {}, 20);
    firstQuery.push(bytes);
  }
  const warm = new SearchEngine(memorySource(build));
  for (const q of QUERIES) await warm.search(q, {}, 20);
  const times: number[] = [];
  for (let r = 0; r < REPEAT; r++)
    for (const q of QUERIES) {
      started = performance.now();
      await warm.search(q, {}, 20);
      times.push(performance.now() - started);
    }
  rows.push({
    scale,
    docs: docs.length,
    engine: 'FlexSearch (sharded)',
    buildMs: Math.round(buildMs),
    indexRaw: files.reduce((n, f) => n + raw(f), 0),
    indexGzip: files.reduce((n, f) => n + gz(f), 0),
    textGzip,
    firstQueryGzipMedian: percentile(firstQuery, 50),
    firstQueryGzipMax: Math.max(...firstQuery),
    p50ms: round(percentile(times, 50)),
    p95ms: round(percentile(times, 95)),
  });

  // Baseline: MiniSearch over the same documents and terms, one index.
  started = performance.now();
  const mini = new MiniSearch<{ id: number } & Record<Field, string>>({
    fields: [...FIELDS],
    tokenize: (text) => terms(text),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 3, meta: 2 } },
  });
  mini.addAll(docs.map((d) => ({ id: d.id, ...fields.get(d.id)! })));
  const miniMs = performance.now() - started;
  const serialised = JSON.stringify(mini);
  for (const q of QUERIES) mini.search(q);
  const miniTimes: number[] = [];
  for (let r = 0; r < REPEAT; r++)
    for (const q of QUERIES) {
      started = performance.now();
      mini.search(q).slice(0, 20);
      miniTimes.push(performance.now() - started);
    }
  rows.push({
    scale,
    docs: docs.length,
    engine: 'MiniSearch (one index)',
    buildMs: Math.round(miniMs),
    indexRaw: raw(serialised),
    indexGzip: gz(serialised),
    textGzip,
    firstQueryGzipMedian: null,
    firstQueryGzipMax: null,
    p50ms: round(percentile(miniTimes, 50)),
    p95ms: round(percentile(miniTimes, 95)),
  });
  process.stderr.write(`scale ${scale}× done\n`);
}

const kb = (n: number | null) => (n === null ? '—' : `${(n / 1024).toFixed(1)} KB`);
console.log('\nSearch benchmark (queries: %d in en/ru/kk/lv, warm latency over %d repeats)\n', QUERIES.length, REPEAT);
console.log(
  ['scale', 'docs', 'engine', 'build ms', 'index raw', 'index gzip', 'text gzip', '1st query gzip (median/max)', 'p50 ms', 'p95 ms'].join(
    ' | ',
  ),
);
for (const r of rows)
  console.log(
    [
      `${r.scale}×`,
      r.docs,
      r.engine,
      r.buildMs,
      kb(r.indexRaw),
      kb(r.indexGzip),
      kb(r.textGzip),
      r.firstQueryGzipMedian === null ? '— (whole index)' : `${kb(r.firstQueryGzipMedian)} / ${kb(r.firstQueryGzipMax)}`,
      r.p50ms,
      r.p95ms,
    ].join(' | '),
  );
console.log('\nJSON:');
console.log(JSON.stringify(rows, null, 2));
