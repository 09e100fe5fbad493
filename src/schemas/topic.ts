import { z } from 'astro/zod';
import { languageSchema } from './common.ts';

/** An offence, liability rule, procedural power or cooperation measure that provisions are tagged with. */
export const topicSchema = z.strictObject({
  /** Which family the topic belongs to. */
  kind: z.enum(['offence', 'liability', 'procedure', 'cooperation', 'general']),
  /** Its name in each language we search in. */
  names: z.strictObject({ en: z.string().min(1), ru: z.string().min(1), kk: z.string().min(1), lv: z.string().min(1) }),
  /** Other words people search for it by, per language. */
  aliases: z.partialRecord(languageSchema, z.array(z.string().min(1))).default({}),
  /** A one-sentence description, in English. */
  description: z.string().min(1).optional(),
  /** Provisions tagged with this topic, as `<instrument>/<number>[#anchor]` (the only place tags are stated: the corpus gives each provision its topics from here). */
  provisions: z.array(z.string().min(1)).default([]),
  /** Position in the topic list. */
  order: z.number().int(),
});
export type Topic = z.output<typeof topicSchema>;
