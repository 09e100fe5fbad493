/** `/search/shards/<n>.json`: one shard file, an exported FlexSearch Document index of a run of term prefixes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../../lib/search/load.ts';

export const getStaticPaths = (async () => {
  const search = await loadSearch();
  return [...search.shards.keys()].map((key) => ({ params: { file: key }, props: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => Response.json((await loadSearch()).shards.get(String(props['key'])));
