/** `/search/docs/<n>.json`: 32 search documents (title, instrument, language, link, text). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../../lib/search/load.ts';

export const getStaticPaths = (async () => {
  const search = await loadSearch();
  return search.buckets.map((_, n) => ({ params: { bucket: String(n) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json((await loadSearch()).buckets[Number(params['bucket'])]);
