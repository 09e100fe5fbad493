/**
 * Builds the corpus from the real content/ tree the way Astro's loaders do (same schemas, same
 * ids), so scripts and unit tests run against real data without a build.
 */
import { join } from 'node:path';
import { buildCorpus, type Corpus } from './corpus.ts';
import { readContentTree, readYaml } from './read.ts';
import { keyFromFile } from './validate.ts';
import { versionId } from '../ids/index.ts';
import { concordanceSchema } from '../../schemas/concordance.ts';
import { concordanceTableSchema } from '../../schemas/concordance-table.ts';
import { instrumentSchema } from '../../schemas/instrument.ts';
import { provisionSchema } from '../../schemas/provision.ts';
import { sourceDocumentSchema } from '../../schemas/source.ts';
import { topicSchema } from '../../schemas/topic.ts';

const cache = new Map<string, Corpus>();

/** The corpus of the project at `root`, built once. */
export function corpusFromDisk(root: string): Corpus {
  const cached = cache.get(root);
  if (cached) return cached;
  const tree = readContentTree(root);
  const tables = readYaml(root, join(root, 'content', 'concordance', 'tables.yaml')) as unknown[];
  const corpus = buildCorpus({
    sources: tree.sources.map((e) => {
      const data = sourceDocumentSchema.parse(e.data);
      return { id: data.id, data };
    }),
    instruments: tree.instruments.map((e) => ({ id: keyFromFile(e.file), data: instrumentSchema.parse(e.data) })),
    provisions: tree.provisions.map((e) => {
      const data = provisionSchema.parse(e.data);
      return { id: versionId(data.instrument, data.number, data.lang), data, body: e.body };
    }),
    concordanceTables: tables.map((t) => {
      const data = concordanceTableSchema.parse(t);
      return { id: data.id, data };
    }),
    concordance: tree.concordance.map((e) => ({
      id: e.file.replace(/^content\/concordance\//, '').replace(/\.md$/, ''),
      data: concordanceSchema.parse(e.data),
      body: e.body,
    })),
    topics: tree.topics.map((e) => ({ id: keyFromFile(e.file), data: topicSchema.parse(e.data) })),
  });
  cache.set(root, corpus);
  return corpus;
}
