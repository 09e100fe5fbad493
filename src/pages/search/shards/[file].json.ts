/** `/search/shards/<hex>.json`: one term shard, an exported FlexSearch Document index. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardFile } from '../../../lib/search/build.ts';
import { loadSearch } from '../../../lib/search/load.ts';

export const getStaticPaths = (async () => {
  const search = await loadSearch();
  return [...search.shards.keys()].map((key) => ({ params: { file: shardFile(key) }, props: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => Response.json((await loadSearch()).shards.get(String(props['key'])));
