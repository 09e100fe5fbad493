/** The corpus of the project at `root`, from the one validated content load, for scripts and unit tests. */
import { buildCorpus, type Corpus } from './corpus.ts';
import { loadValidContent } from './load-content.ts';
import type { ReadOptions } from './read.ts';

const cache = new Map<string, Corpus>();

export function corpusFromDisk(root: string, options: ReadOptions = {}): Corpus {
  const key = `${root}\u0000${options.official ?? true}`;
  let corpus = cache.get(key);
  if (!corpus) cache.set(key, (corpus = buildCorpus(loadValidContent(root, options))));
  return corpus;
}
