/** Loads the collections once per build and joins them into the corpus every page shares. */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from './corpus.ts';

let corpus: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const instruments = await getCollection('instruments');
    // Astro answers with an empty store when its store cannot be read (content-store-file.ts reads a
    // file): a site without its content must fail to build, not be published empty.
    if (instruments.length === 0) throw new Error('The content layer holds no instruments: the content store was not read.');
    return buildCorpus({
      sources: await getCollection('sources'),
      instruments,
      provisions: await getCollection('provisions'),
      concordanceTables: await getCollection('concordanceTables'),
      concordance: await getCollection('concordance'),
      topics: await getCollection('topics'),
      officialActs: await getCollection('officialActs'),
    });
  })();
  return corpus;
}
