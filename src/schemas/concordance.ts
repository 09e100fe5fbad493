import { z } from 'astro/zod';
import { isoDateSchema } from './common.ts';

/**
 * How closely a counterpart matches, listed from closest to none (the order is their strength):
 * `equivalent`, `partial` and `related` grade a counterpart; `none` is a finding that the text
 * assessed has no counterpart; `not-assessed` says nobody has assessed it, or the data needed is
 * not held — it is never a finding, and never shown or exported as `none`.
 */
export const relationSchema = z.enum(['equivalent', 'partial', 'related', 'none', 'not-assessed']);
export type Relation = z.output<typeof relationSchema>;

/** The relations that name no provision: a finding of no counterpart, or no assessment. */
export const GAP_RELATIONS: readonly Relation[] = ['none', 'not-assessed'];

/** Who asserts a mapping: a source document (by its id in `content/sources/sources.yaml`) or `editorial`. */
export const claimSourceSchema = z.string().regex(/^[a-z0-9-]+$/, 'expected a source id or "editorial"');

/** One counterpart of the row's provision. */
export const concordanceTargetSchema = z.strictObject({
  /** The counterpart as `<instrument>/<number>[#anchor]`; null when the relation is `none` or `not-assessed`. */
  to: z.string().min(1).nullable(),
  /** Editorial grade of the match. */
  relation: relationSchema,
  /** Who says these provisions correspond. */
  source: claimSourceSchema,
  /** One-line editorial rationale for the grade. */
  rationale: z.string().min(1),
  /** For derived rows: the intermediate provision(s) the mapping passes through, one per path that reaches the target. */
  via: z.array(z.string().min(1)).min(1).optional(),
  /** Date of the version of the counterpart's text the grade was assessed against (YYYY-MM-DD); defaults to the table's `against`. */
  against: isoDateSchema.optional(),
});
export type ConcordanceTarget = z.output<typeof concordanceTargetSchema>;

/** Commentary quoted from a source about the row (kept apart from editorial notes). */
export const sourceCommentarySchema = z.strictObject({
  /** Id of the source that says it. */
  source: claimSourceSchema,
  /** The commentary, verbatim. */
  text: z.string().min(1),
});

/** One concordance row: a provision and its counterparts in other instruments. The body is the editorial annotation. */
export const concordanceSchema = z.strictObject({
  /** The provision the row starts from, as `<instrument>/<number>[#anchor]`. */
  from: z.string().min(1),
  /** Its counterparts, each graded and attributed. */
  targets: z.array(concordanceTargetSchema).min(1),
  /** Commentary the sources make on this row, verbatim. */
  commentary: z.array(sourceCommentarySchema).default([]),
  /** Position of the row in its table. */
  order: z.number(),
});
export type ConcordanceRow = z.output<typeof concordanceSchema>;
