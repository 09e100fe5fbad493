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
    expect(fetched.filter((p) => p.startsWith('shard:')).sort()).toEqual(['shard:ac', 'shard:il']);
  });

  it('bounds the requests of any query: words no shard holds cost none, many words at most MAX_SHARDS, zero-width characters split nothing', async () => {
    const build = await buildSearch(realCorpus());
    const fetched: string[] = [];
    const engine = new SearchEngine(memorySource(build, (path) => fetched.push(path)));
    const result = await engine.search('qqzz xxyy jjkk');
    expect(fetched.filter((p) => p.startsWith('shard:'))).toEqual([]);
    expect(result.total).toBe(0);
    fetched.length = 0;
    const many = await engine.search('access data system computer offence party measures interception preservation search seizure traffic');
    expect(new Set(fetched.filter((p) => p.startsWith('shard:'))).size).toBeLessThanOrEqual(MAX_SHARDS);
    expect(many.omitted.length).toBeGreaterThan(0);
    const split = await engine.search('ill\u200Begal ac\u00ADcess');
    const whole = await engine.search('illegal access');
    expect(split.hits.map((h) => h.doc.id)).toEqual(whole.hits.map((h) => h.doc.id));
  });
});
