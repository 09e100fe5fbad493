/** `/api/provisions.csv`: every provision version, one line each (see /downloads/). */
import type { APIRoute } from 'astro';
import { provisionsCsvBytes } from '../../lib/api/open-data.ts';
import { loadCorpus } from '../../lib/content/load.ts';

export const GET: APIRoute = async () =>
  new Response(provisionsCsvBytes(await loadCorpus()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
