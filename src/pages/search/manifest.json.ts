/** `/search/manifest.json`: shard keys, facet labels and document attributes (see src/lib/search/build.ts). */
import type { APIRoute } from 'astro';
import { loadSearch } from '../../lib/search/load.ts';

export const GET: APIRoute = async () => Response.json((await loadSearch()).manifest);
