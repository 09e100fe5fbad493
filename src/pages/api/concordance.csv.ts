/** `/api/concordance.csv`: every mapping of every concordance table, one line each (see /downloads/). */
import type { APIRoute } from 'astro';
import { concordanceCsv, concordanceJson } from '../../lib/api/open-data.ts';
import { loadCorpus } from '../../lib/content/load.ts';

export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  return new Response(concordanceCsv(corpus, concordanceJson(corpus)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
