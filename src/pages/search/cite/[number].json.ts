/** `/search/cite/<number>.json`: the documents of every provision with that article number. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../../lib/search/load.ts';

export const getStaticPaths = (async () => {
  const search = await loadSearch();
  return [...search.cite.keys()].map((number) => ({ params: { number } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json((await loadSearch()).cite.get(String(params['number'])));
