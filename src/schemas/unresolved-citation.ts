import { z } from 'astro/zod';

/** A citation the corpus cannot resolve, listed with its reason (`content/citations-unresolved.yaml`); it is shown unlinked. */
export const unresolvedCitationSchema = z.strictObject({
  /** The citing provision, `<instrument>/<number>`. */
  provision: z.string().regex(/^[a-z0-9-]+\/[0-9a-z-]+$/, 'expected a provision id such as budapest/2'),
  /** The citation as the grammar finds it in the text. */
  text: z.string().min(1),
  /** Why it cannot be resolved (the cited act is not held, a pronoun…). */
  reason: z.string().trim().min(1),
});
export type UnresolvedCitation = z.output<typeof unresolvedCitationSchema>;
