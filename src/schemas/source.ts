import { z } from 'astro/zod';
import { isoDateSchema, languageSchema } from './common.ts';

/** A source document held verbatim under `content/sources/`. */
export const sourceDocumentSchema = z.strictObject({
  /** Id used to cite the source from concordance rows (`source:`) and instruments. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** File name under `content/sources/`. */
  file: z.string().regex(/^[\w.-]+$/),
  /** What the document is, in English. */
  title: z.string().min(1),
  /** Who published it. */
  publisher: z.string().min(1),
  /** The date of the version held. */
  date: isoDateSchema,
  /** Languages it contains. */
  languages: z.array(languageSchema).min(1),
  /** How a page that relies on it should name it (e.g. "the Council of Europe profile of 1 May 2020"). */
  citeAs: z.string().min(1),
  /** True when the document quotes other publications' texts (pages relying on it show its date and ask readers to check the current text). */
  secondary: z.boolean().default(false),
});
export type SourceDocument = z.output<typeof sourceDocumentSchema>;
