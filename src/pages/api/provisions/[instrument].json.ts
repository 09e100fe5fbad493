/** `/api/provisions/<instrument>.json`: the provisions of one instrument, as in /api/provisions.json (a file that stays small as the corpus grows). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonArrayBytes } from '../../../lib/api/bytes.ts';
import { provisionRecords } from '../../../lib/api/open-data.ts';
import { loadCorpus } from '../../../lib/content/load.ts';

export const getStaticPaths = (async () =>
  [...(await loadCorpus()).instruments.keys()].map((instrument) => ({ params: { instrument } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(jsonArrayBytes(provisionRecords(await loadCorpus(), String(params['instrument']))), {
    headers: { 'Content-Type': 'application/json' },
  });
