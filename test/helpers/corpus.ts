/**
 * Builds the corpus from the real content/ tree the way Astro's loaders do (same schemas, same
 * ids), so unit tests run against real data without a build.
 */
import { join } from 'node:path';
import { buildCorpus, type Corpus } from '../../src/lib/content/corpus.ts';
import { readContentTree, readYaml } from '../../src/lib/content/read.ts';
import { keyFromFile } from '../../src/lib/content/validate.ts';
import { versionId } from '../../src/lib/ids/index.ts';
import { concordanceSchema } from '../../src/schemas/concordance.ts';
import { concordanceTableSchema } from '../../src/schemas/concordance-table.ts';
import { instrumentSchema } from '../../src/schemas/instrument.ts';
import { provisionSchema } from '../../src/schemas/provision.ts';
import { sourceDocumentSchema } from '../../src/schemas/source.ts';
import { topicSchema } from '../../src/schemas/topic.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

let cached: Corpus | undefined;

export function realCorpus(): Corpus {
  if (cached) return cached;
  const tree = readContentTree(ROOT);
  const tables = readYaml(ROOT, join(ROOT, 'content', 'concordance', 'tables.yaml')) as unknown[];
  cached = buildCorpus({
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
  return cached;
}
