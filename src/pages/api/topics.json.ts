/** `/api/topics.json`: offences and powers with their names, aliases and tagged provisions. */
import type { APIRoute } from 'astro';
import { topicsJson } from '../../lib/api/open-data.ts';
import { loadCorpus } from '../../lib/content/load.ts';

export const GET: APIRoute = async () => Response.json(topicsJson(await loadCorpus()));
