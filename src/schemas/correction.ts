import { z } from 'astro/zod';

/** One curated correction to a source document, applied by its importer (`scripts/import/corrections.yaml`). */
export const correctionSchema = z.strictObject({
  /** File name of the source under `content/sources/`. */
  source: z.string().regex(/^[\w.-]+$/, 'expected a file name under content/sources/'),
  /** Line of the source (1-based) the text is on. */
  line: z.number().int().positive(),
  /** The exact text found there; the import fails if the line no longer holds it. */
  found: z.string().min(1),
  /** What it is read as. */
  replace: z.string().min(1),
  /** Why: what is wrong in the source and how we know. */
  reason: z.string().min(1),
});
export const correctionsSchema = z.array(correctionSchema);
export type Correction = z.output<typeof correctionSchema>;
