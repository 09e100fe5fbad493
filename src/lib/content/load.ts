/** Loads the collections once per build and joins them into the corpus every page shares. */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from './corpus.ts';

let corpus: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  corpus ??= (async () =>
    buildCorpus({
      sources: await getCollection('sources'),
      instruments: await getCollection('instruments'),
      provisions: await getCollection('provisions'),
      concordanceTables: await getCollection('concordanceTables'),
      concordance: await getCollection('concordance'),
      topics: await getCollection('topics'),
      officialActs: await getCollection('officialActs'),
    }))();
  return corpus;
}
