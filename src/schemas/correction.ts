import { z } from 'astro/zod';

/**
 * One curated correction to a source document, applied by its importer (`scripts/import/corrections.yaml`).
 * It is pinned to the words around it, not to a line number, so that an edit elsewhere in the source
 * cannot point it at another line.
 */
export const correctionSchema = z.strictObject({
  /** File name of the source under `content/sources/`. */
  source: z.string().regex(/^[\w.-]+$/, 'expected a file name under content/sources/'),
  /** The exact text of the next non-blank line after the one corrected; it must occur once in the source. */
  followedBy: z.string().min(1),
  /** The exact text found on the corrected line; the import fails if that line no longer holds it. */
  found: z.string().min(1),
  /** What it is read as. */
  replace: z.string().min(1),
  /** Why: what is wrong in the source and how we know. */
  reason: z.string().min(1),
});
export const correctionsSchema = z.array(correctionSchema);
export type Correction = z.output<typeof correctionSchema>;
