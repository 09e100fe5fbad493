import { z } from 'astro/zod';
import { claimSourceSchema, concordanceTargetSchema } from './concordance.ts';

/** A row key: the number of the provision a row starts from, with `#paragraph` for a paragraph row (`3#1-a`). */
export const rowKeySchema = z
  .string()
  .regex(/^[0-9a-z]+(?:-[0-9a-z]+)*(?:#[0-9a-z]+(?:-[0-9a-z]+)*)?$/, 'expected an article number such as 7 or 3#1-a');

/**
 * The rows of an editorial concordance table kept as one YAML file, `content/concordance/<table>.yaml`
 * (the table's `from` instrument, title and description are in `tables.yaml`).
 */
export const concordanceRowsFileSchema = z.strictObject({
  /** Rows by row key, each the list of its targets (checked row by row with `fileRowSchema`). */
  rows: z.record(rowKeySchema, z.unknown()),
});

/** One row of such a file: its targets, each editorial unless it names a `source`. */
export const fileRowSchema = z.strictObject({
  targets: z
    .array(
      concordanceTargetSchema.extend({
        /** Who says these provisions correspond; editorial by default. */
        source: claimSourceSchema.default('editorial'),
      }),
    )
    .min(1),
});
