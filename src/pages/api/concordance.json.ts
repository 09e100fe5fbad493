/** `/api/concordance.json`: every mapping of every concordance table (see src/lib/api/open-data.ts). */
import type { APIRoute } from 'astro';
import { concordanceJson } from '../../lib/api/open-data.ts';
import { loadCorpus } from '../../lib/content/load.ts';

export const GET: APIRoute = async () => Response.json(concordanceJson(await loadCorpus()));
