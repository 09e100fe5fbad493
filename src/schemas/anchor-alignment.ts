import { z } from 'astro/zod';
import { languageSchema } from './common.ts';

/**
 * Where a language version numbers its paragraphs differently from the others (a skipped number,
 * an inserted item, a footnote read as a paragraph), the paragraphs whose anchors are aligned with
 * the other languages (`scripts/import/anchor-alignments.yaml`). The printed labels are never
 * changed; only the anchor a citation lands on. Each paragraph is found by its opening words, so
 * an edit elsewhere in the source cannot misdirect it.
 */
export const anchorAlignmentSchema = z.strictObject({
  /** The provision, `<instrument>/<number>`. */
  provision: z.string().regex(/^[a-z0-9-]+\/[0-9a-z-]+$/, 'expected <instrument>/<number>'),
  /** The language version whose anchors are aligned. */
  lang: languageSchema,
  /** Each paragraph: its opening words as printed, and the anchor it takes (null: none, it has no counterpart). */
  paragraphs: z
    .array(
      z.strictObject({
        /** The paragraph's first words, exactly as the source prints them (label included). */
        starts: z.string().min(1),
        /** The anchor of the corresponding paragraph in the other languages, or null when there is none. */
        anchor: z
          .string()
          .regex(/^[0-9a-z]+(?:-[0-9a-z]+)*$/, 'expected an anchor such as 2 or 1-b-ii')
          .nullable(),
      }),
    )
    .min(1),
  /** Why: what the source does and how the correspondence is known. */
  reason: z.string().min(1),
  /** What the reader is told on the page, beside this language's text. */
  note: z.string().min(1),
});
export const anchorAlignmentsSchema = z.array(anchorAlignmentSchema);
export type AnchorAlignment = z.output<typeof anchorAlignmentSchema>;
