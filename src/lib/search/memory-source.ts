/** A search source over an in-memory build: for tests and the benchmark (the site fetches the same files). */
import type { SearchBuild } from './build.ts';
import type { SearchSource } from './engine.ts';

export function memorySource(build: SearchBuild, onFetch?: (path: string, bytes: number) => void): SearchSource {
  const note = <T>(path: string, value: T): T => {
    onFetch?.(path, value === null ? 0 : JSON.stringify(value).length);
    return value;
  };
  return {
    manifest: async () => note('manifest', build.manifest),
    shard: async (key) => note(`shard:${key}`, build.shards.get(key) ?? null),
    bucket: async (n) => note(`bucket:${n}`, build.buckets[n] ?? []),
    cite: async (number) => note(`cite:${number}`, build.cite.get(number) ?? null),
  };
}
