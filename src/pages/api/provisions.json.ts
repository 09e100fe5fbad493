/** `/api/provisions.json`: every provision with all its language versions (see src/lib/api/open-data.ts). */
import type { APIRoute } from 'astro';
import { jsonArrayBytes } from '../../lib/api/bytes.ts';
import { provisionRecords } from '../../lib/api/open-data.ts';
import { loadCorpus } from '../../lib/content/load.ts';

export const GET: APIRoute = async () =>
  new Response(jsonArrayBytes(provisionRecords(await loadCorpus())), { headers: { 'Content-Type': 'application/json' } });
