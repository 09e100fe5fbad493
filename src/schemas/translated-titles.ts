import { z } from 'astro/zod';

/**
 * Editorial translations of an instrument's chapter and article titles into a language the source
 * does not give them in (e.g. `scripts/import/un-english-titles.yaml`). They carry no authority and
 * are labelled unofficial wherever they show.
 */
export const translatedTitlesSchema = z.strictObject({
  /** Chapter titles by chapter number as printed (I, II…). */
  chapters: z.record(z.string(), z.string().min(1)),
  /** Article titles by article number. */
  articles: z.record(z.string(), z.string().min(1)),
});
export type TranslatedTitles = z.output<typeof translatedTitlesSchema>;
