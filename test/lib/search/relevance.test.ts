import { describe, expect, it } from 'vitest';
import { buildSearch } from '../../../src/lib/search/build.ts';
import { MAX_SHARDS, SearchEngine } from '../../../src/lib/search/engine.ts';
import { memorySource } from '../../../src/lib/search/memory-source.ts';
import { realCorpus } from '../../helpers/corpus.ts';
import { RELEVANCE } from './relevance-cases.ts';

const engine = buildSearch(realCorpus()).then((build) => new SearchEngine(memorySource(build)));

describe('search relevance', () => {
  it.each(RELEVANCE)('$query', async ({ query, top, within = 3, never = [] }) => {
    const result = await (await engine).search(query, {}, 50);
    const ranked = [...new Set(result.hits.map((h) => h.doc.provision))];
    for (const id of top)
      expect(ranked.slice(0, within), `${id} in the first ${within} of: ${ranked.slice(0, 8).join(', ')}`).toContain(id);
    for (const id of never) expect(ranked, `${id} must not match "${query}"`).not.toContain(id);
  });

  it('filters by facet and counts facets over all matches', async () => {
    const result = await (await engine).search('illegal access', { lang: 'kk' });
    expect(result.hits.every((h) => h.doc.lang === 'kk')).toBe(true);
    expect(result.facets.lang.map((f) => f.key).sort()).toEqual(['en', 'kk', 'lv', 'ru']);
    const kz = await (await engine).search('illegal access', { jurisdiction: 'KZ' });
    expect(kz.hits[0]?.doc.provision).toBe('kz-penal-code/205');
  });

  it('fetches only the shards of the query’s terms', async () => {
    const build = await buildSearch(realCorpus());
    const fetched: string[] = [];
    await new SearchEngine(memorySource(build, (path) => fetched.push(path))).search('illegal access');
    const files = build.manifest.shards;
    expect(fetched.filter((p) => p.startsWith('shard:')).sort()).toEqual(
      [...new Set([files['ac'], files['il']])].map((f) => `shard:${f}`).sort(),
    );
  });

  it('bounds the requests of any query: words no shard holds cost none, many words at most MAX_SHARDS, zero-width characters split nothing', async () => {
    // Small files, so that a query can need more of them than it may fetch.
    const build = await buildSearch(realCorpus(), 2_000);
    const fetched: string[] = [];
    const engine = new SearchEngine(memorySource(build, (path) => fetched.push(path)));
    const result = await engine.search('qqzz xxyy jjkk');
    expect(fetched.filter((p) => p.startsWith('shard:'))).toEqual([]);
    expect(result.total).toBe(0);
    fetched.length = 0;
    // Words of eight different shard files (their prefixes, with letters no word continues them by).
    const byFile = new Map<number, string>();
    for (const [prefix, file] of Object.entries(build.manifest.shards))
      if (/^[a-z]{2}$/.test(prefix) && !byFile.has(file)) byFile.set(file, prefix);
    const words = [...byFile.values()].slice(0, MAX_SHARDS + 2).map((p) => `${p}qxz`);
    expect(words.length).toBe(MAX_SHARDS + 2);
    const many = await engine.search(words.join(' '));
    expect(new Set(fetched.filter((p) => p.startsWith('shard:'))).size).toBeLessThanOrEqual(MAX_SHARDS);
    expect(many.omitted.length).toBeGreaterThan(0);
    const split = await engine.search('ill\u200Begal ac\u00ADcess');
    const whole = await engine.search('illegal access');
    expect(split.hits.map((h) => h.doc.id)).toEqual(whole.hits.map((h) => h.doc.id));
  });
});
