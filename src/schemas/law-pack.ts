import { z } from 'astro/zod';
import { isoDateSchema } from './common.ts';

/**
 * A data pack of official legislation read at import time (never committed): `manifest.json` lists
 * every file with its act, language and the date its version entered into force. Only what the
 * manifest lists is read.
 */
export const lawPackFileSchema = z.object({
  /** Path inside the pack: `<act>/<lang>/<version-date>/<part>.md`. */
  file: z.string().regex(/^[a-z0-9-]+\/[a-z]{3}\/\d{4}-\d{2}-\d{2}\/[\w.-]+\.md$/, 'expected <act>/<lang>/<version-date>/<part>.md'),
  /** The act, as the pack names it (`penal-code`). */
  act: z.string().regex(/^[a-z0-9-]+$/),
  /** ISO 639-2 code of the language (`rus`, `kaz`). */
  lang: z.enum(['rus', 'kaz']),
  /** The date the version entered into force. */
  version_date: isoDateSchema,
  /** The version's address on the official legal information portal. */
  official_source: z.url(),
  /** Length in characters and SHA-256 of the file, checked on reading. */
  chars: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export const lawPackManifestSchema = z.array(lawPackFileSchema).min(1);
export type LawPackFile = z.output<typeof lawPackFileSchema>;

/** What the pack's `acts.json` records of an act that the site shows: its current titles and official requisite. */
export const lawPackActSchema = z.object({
  act: z.string(),
  /** The act's title now, per pack language (may differ from the title of the version held). */
  title: z.partialRecord(z.enum(['rus', 'kaz']), z.string()).optional(),
  /** The official requisite line (date, number; for an act no longer in force, when it ceased to apply). */
  requisite: z.string().optional(),
});
export const lawPackActsSchema = z.array(lawPackActSchema);
