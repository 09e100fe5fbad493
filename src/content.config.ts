/**
 * Content collections, all loaded from `content/` by one loader (`src/lib/content/loader.ts`),
 * which takes them from the one validated read of the tree. Each schema lives in its own file under
 * `src/schemas/`; declared here so pages get typed data.
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content/loader.ts';
import { concordanceSchema } from './schemas/concordance.ts';
import { concordanceTableSchema } from './schemas/concordance-table.ts';
import { instrumentSchema } from './schemas/instrument.ts';
import { provisionSchema } from './schemas/provision.ts';
import { sourceDocumentSchema } from './schemas/source.ts';
import { topicSchema } from './schemas/topic.ts';
import { officialActSchema } from './schemas/official-act.ts';

export const collections = {
  sources: defineCollection({ loader: contentLoader('sources'), schema: sourceDocumentSchema }),
  instruments: defineCollection({ loader: contentLoader('instruments'), schema: instrumentSchema }),
  provisions: defineCollection({ loader: contentLoader('provisions'), schema: provisionSchema }),
  concordanceTables: defineCollection({ loader: contentLoader('concordanceTables'), schema: concordanceTableSchema }),
  concordance: defineCollection({ loader: contentLoader('concordance'), schema: concordanceSchema }),
  topics: defineCollection({ loader: contentLoader('topics'), schema: topicSchema }),
  officialActs: defineCollection({ loader: contentLoader('officialActs'), schema: officialActSchema }),
};
