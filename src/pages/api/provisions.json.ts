/** `/api/provisions.json`: every provision with all its language versions (see src/lib/api/open-data.ts). */
import type { APIRoute } from 'astro';
import { provisionsJson } from '../../lib/api/open-data.ts';
import { loadCorpus } from '../../lib/content/load.ts';

export const GET: APIRoute = async () => Response.json(provisionsJson(await loadCorpus()));
