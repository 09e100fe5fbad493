/** The browser's search source: the static files under /search/, fetched on demand. */
import type { Manifest, SearchDoc } from './build.ts';
import type { SearchSource } from './engine.ts';

async function json<T>(path: string): Promise<T | null> {
  const response = await fetch(path);
  return response.ok ? ((await response.json()) as T) : null;
}

export function fetchSource(base = '/search'): SearchSource {
  return {
    manifest: async () => (await json<Manifest>(`${base}/manifest.json`))!,
    shard: (key) => json<Record<string, Record<string, string>>>(`${base}/shards/${key}.json`),
    bucket: async (n) => (await json<SearchDoc[]>(`${base}/docs/${n}.json`)) ?? [],
    cite: (number) => json<{ provision: string; docs: number[] }[]>(`${base}/cite/${number}.json`),
  };
}
