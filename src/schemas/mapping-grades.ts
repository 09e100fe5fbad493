import { z } from 'astro/zod';

/** The editorial grade of one mapping a source makes. */
export const mappingGradeSchema = z.strictObject({
  /** How closely the provisions match, in our judgement. */
  relation: z.enum(['equivalent', 'partial', 'related']),
  /** One line saying why. */
  rationale: z.string().min(1),
});

/**
 * Editorial grades of the mappings a source makes (e.g. `scripts/import/profile-grades.yaml`): per
 * row (the number of the article heading it), the grade of each provision the source names.
 */
export const mappingGradesSchema = z.record(
  z.string().regex(/^[0-9a-z-]+$/, 'expected an article number'),
  z.strictObject({
    /** Grade per target provision, `<instrument>/<number>`. */
    targets: z.record(z.string(), mappingGradeSchema).optional(),
    /** Why the row has no counterpart, where the source quotes nothing. */
    none: z.string().min(1).optional(),
    /** The row's editorial annotation (Markdown). */
    note: z.string().min(1).optional(),
  }),
);
export type MappingGrades = z.output<typeof mappingGradesSchema>;
