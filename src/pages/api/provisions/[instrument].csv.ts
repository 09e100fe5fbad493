/** `/api/provisions/<instrument>.csv`: the provision versions of one instrument, one line each, as in /api/provisions.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { provisionsCsvBytes } from '../../../lib/api/open-data.ts';
import { loadCorpus } from '../../../lib/content/load.ts';

export const getStaticPaths = (async () =>
  [...(await loadCorpus()).instruments.keys()].map((instrument) => ({ params: { instrument } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(provisionsCsvBytes(await loadCorpus(), String(params['instrument'])), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
