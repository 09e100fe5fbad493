/**
 * Content collections, all loaded from `content/`. Each schema lives in its own file under
 * `src/schemas/`; `scripts/check-content.ts` validates the same files with the same schemas and
 * also checks every cross-reference.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { versionId } from './lib/ids/index.ts';
import { concordanceSchema } from './schemas/concordance.ts';
import { concordanceTableSchema } from './schemas/concordance-table.ts';
import { instrumentSchema } from './schemas/instrument.ts';
import { provisionSchema } from './schemas/provision.ts';
import { sourceDocumentSchema } from './schemas/source.ts';
import { topicSchema } from './schemas/topic.ts';

const sources = defineCollection({ loader: file('content/sources/sources.yaml'), schema: sourceDocumentSchema });

const instruments = defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/instruments' }), schema: instrumentSchema });

const provisions = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: './content/provisions',
    // `budapest/2/en`: one entry per language version of a provision.
    generateId: ({ entry, data }) =>
      typeof data['instrument'] === 'string' && typeof data['number'] === 'string' && typeof data['lang'] === 'string'
        ? versionId(data['instrument'], data['number'], data['lang'])
        : entry,
  }),
  schema: provisionSchema,
});

const concordanceTables = defineCollection({ loader: file('content/concordance/tables.yaml'), schema: concordanceTableSchema });

const concordance = defineCollection({ loader: glob({ pattern: '*/*.md', base: './content/concordance' }), schema: concordanceSchema });

const topics = defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/topics' }), schema: topicSchema });

export const collections = { sources, instruments, provisions, concordanceTables, concordance, topics };
