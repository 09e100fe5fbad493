import { z } from 'astro/zod';
import { keySchema } from './common.ts';

/**
 * What a law pack records about an act, derived at import time (`.official-law/acts.yaml`, never
 * committed): its title now, its official requisite, and a notice where the act's standing differs
 * from the text held (renamed, ceased to apply), shown on the act and on every row that cites it.
 */
export const officialActSchema = z.strictObject({
  /** The instrument it describes. */
  instrument: keySchema,
  /** The act's title now, per language, as the pack records it. */
  titles: z.partialRecord(z.enum(['ru', 'kk']), z.string().min(1)).default({}),
  /** The official requisite (date and number; for an act no longer in force, when it ceased to apply), verbatim. */
  requisite: z.string().min(1).optional(),
  /** What a reader must know about the act's standing: a new title (with the heading of the text held), or the end of its force in the pack's words. */
  notices: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('renamed'), lang: z.enum(['ru', 'kk']), title: z.string().min(1), held: z.string().min(1) }),
        z.strictObject({ kind: z.literal('ceased'), lang: z.enum(['ru', 'kk']), text: z.string().min(1) }),
      ]),
    )
    .default([]),
});
export type OfficialAct = z.output<typeof officialActSchema>;
