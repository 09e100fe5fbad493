/** The corpus of the project at `root`, from the one validated content load, for scripts and unit tests. */
import { buildCorpus, type Corpus } from './corpus.ts';
import { loadValidContent } from './load-content.ts';

const cache = new Map<string, Corpus>();

export function corpusFromDisk(root: string): Corpus {
  let corpus = cache.get(root);
  if (!corpus) cache.set(root, (corpus = buildCorpus(loadValidContent(root))));
  return corpus;
}
