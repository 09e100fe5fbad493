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
    /** Where the source quotes nothing and says there is no counterpart: the finding, in the editors' words. */
    none: z.string().min(1).optional(),
    /** Where the source quotes nothing and says nothing of a counterpart: why the row is not assessed. */
    notAssessed: z.string().min(1).optional(),
    /** The row's editorial annotation (Markdown). */
    note: z.string().min(1).optional(),
  }),
);
export type MappingGrades = z.output<typeof mappingGradesSchema>;
