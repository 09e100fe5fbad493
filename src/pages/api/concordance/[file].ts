/** `/api/concordance/<table>.json` and `.csv`: one table's mappings, one line per mapping. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { concordanceCsv, concordanceJson } from '../../../lib/api/open-data.ts';
import { loadCorpus } from '../../../lib/content/load.ts';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return [...corpus.tables.keys()].flatMap((table) => [
    { params: { file: `${table}.json` }, props: { table, format: 'json' } },
    { params: { file: `${table}.csv` }, props: { table, format: 'csv' } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const corpus = await loadCorpus();
  const rows = concordanceJson(corpus).filter((r) => r.table === props['table']);
  if (props['format'] === 'json') return Response.json(rows);
  return new Response(concordanceCsv(corpus, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
