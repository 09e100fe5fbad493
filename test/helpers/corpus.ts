/**
 * The committed corpus for unit tests, built from content/ without Astro (see src/lib/content/from-disk.ts).
 * The official texts of a law pack are left out, so unit tests give the same result with or without
 * the pack; test/scripts/import/official-pack.test.ts covers the pack itself.
 */
import { join } from 'node:path';
import type { Corpus } from '../../src/lib/content/corpus.ts';
import { corpusFromDisk } from '../../src/lib/content/from-disk.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export function realCorpus(): Corpus {
  return corpusFromDisk(ROOT, { official: false });
}
