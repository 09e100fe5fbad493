import { z } from 'astro/zod';
import { keySchema } from './common.ts';
import { instrumentSchema } from './instrument.ts';

/**
 * What the editors state about each instrument that its source does not (kind, citation form, dates
 * known from elsewhere, order…), in `scripts/import/instruments.yaml`. Importers add what they read
 * from the source (titles printed in it, line ranges, status tables) and write `content/instruments/<key>.yaml`.
 */
export const instrumentMetadataSchema = z.record(keySchema, instrumentSchema.omit({ source: true }).partial());
export type InstrumentMetadata = z.input<typeof instrumentMetadataSchema>;
