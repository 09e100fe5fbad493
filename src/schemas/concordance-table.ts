import { z } from 'astro/zod';
import { isoDateSchema, keySchema } from './common.ts';

/**
 * A concordance table, described in `content/concordance/tables.yaml`: its rows are a folder of Markdown
 * files (`content/concordance/<id>/`), one YAML file (`content/concordance/<id>.yaml`), or derived.
 */
export const concordanceTableSchema = z.strictObject({
  /** Folder name and URL segment, e.g. `budapest-kz`. */
  id: keySchema,
  /** Heading of the table page. */
  title: z.string().min(1),
  /** What the table shows and who makes its claims. */
  description: z.string().min(1),
  /** The instrument whose provisions head the rows. */
  from: keySchema,
  /** Label of the counterpart column (e.g. "Kazakhstan"). */
  toLabel: z.string().min(1),
  /** Id of the source document the table relies on, if any (its date is shown on the page). */
  source: z.string().min(1).optional(),
  /** For a table computed from two others: rows of `first` followed through the rows of `then` (e.g. UN → Budapest → Kazakhstan). */
  derived: z
    .strictObject({
      first: keySchema,
      then: keySchema,
      /** A table made directly for the same pair, which this derived view is shown against: rows where the two differ say so. */
      direct: keySchema.optional(),
    })
    .optional(),
  /** When the editors last assessed the table's rows: the date every `none` finding and grade is dated by. */
  assessed: isoDateSchema.optional(),
  /** Date of the version of the counterparts' text the rows were assessed against, where that text changes over time (a domestic law). */
  against: isoDateSchema.optional(),
  /** True when every article of `from` must have a row: an article without one fails the content check. */
  complete: z.boolean().default(false),
  /** Position in the list of tables. */
  order: z.number().int(),
});
export type ConcordanceTable = z.output<typeof concordanceTableSchema>;
