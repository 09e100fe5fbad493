/** The real corpus for unit tests, built from content/ without Astro (see src/lib/content/from-disk.ts). */
import { join } from 'node:path';
import type { Corpus } from '../../src/lib/content/corpus.ts';
import { corpusFromDisk } from '../../src/lib/content/from-disk.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export function realCorpus(): Corpus {
  return corpusFromDisk(ROOT);
}
