import { z } from 'astro/zod';
import { keySchema } from './common.ts';

/** A concordance table: a folder of rows under `content/concordance/<id>/`, described in `content/concordance/tables.yaml`. */
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
  derived: z.strictObject({ first: keySchema, then: keySchema }).optional(),
  /** Position in the list of tables. */
  order: z.number().int(),
});
export type ConcordanceTable = z.output<typeof concordanceTableSchema>;
