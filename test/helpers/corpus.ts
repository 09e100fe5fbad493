/**
 * The committed corpus for unit tests, built from content/ without Astro (see src/lib/content/from-disk.ts).
 * The official texts of a law pack are left out, so unit tests give the same result with or without
 * the pack; test/scripts/import/official-pack.test.ts covers the pack itself.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/lib/content/corpus.ts';
import { corpusFromDisk } from '../../src/lib/content/from-disk.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export function realCorpus(): Corpus {
  return corpusFromDisk(ROOT, { official: false });
}

/** Whether the last build read the official-law pack (its derived provisions are in `.official-law/`). */
export function officialLawLoaded(): boolean {
  const official = join(ROOT, '.official-law', 'provisions');
  return existsSync(official) && readdirSync(official).length > 0;
}
