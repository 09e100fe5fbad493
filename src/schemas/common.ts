import { z } from 'astro/zod';
import { LANGUAGES } from './languages.ts';

/** Languages the knowledge base holds texts in (ISO 639-1), as listed in `languages.ts`. */
export const languageSchema = z.enum(LANGUAGES);
export type { Language } from './languages.ts';

/**
 * A calendar date written as YYYY-MM-DD, kept as a string: legal dates have no time zone. YAML
 * parsers that turn unquoted dates into Date objects are undone here.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    // A date the calendar does not have (2025-02-30) is a typing error, not a date.
    .refine((date) => {
      const parsed = new Date(`${date}T00:00:00Z`);
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
    }, 'no such date in the calendar'),
);

/** Lower-case kebab-case key, e.g. `kz-penal-code`. */
export const keySchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case kebab-case key');

/** Text per language, e.g. `{ en: "Convention on Cybercrime", lv: "Konvencija par kibernoziegumiem" }`. */
export const perLanguageSchema = z.partialRecord(languageSchema, z.string().min(1));
export type PerLanguage = z.output<typeof perLanguageSchema>;

/** Where in `content/sources/` a piece of content comes from. */
export const sourceLocationSchema = z.strictObject({
  /** File name under `content/sources/`. */
  file: z.string().regex(/^[\w.-]+$/, 'expected a file name under content/sources/'),
  /** Which part of the file, in words (e.g. "English text of the Convention"). */
  part: z.string().min(1).optional(),
  /** First and last line (1-based, inclusive) of the passage in the file. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
});
export type SourceLocation = z.output<typeof sourceLocationSchema>;

/**
 * Where a provision's text was taken from: a document under `content/sources/` (`file`, `part`,
 * `lines`), or an official text read from a law pack at build time (`pack`, its `file` inside the
 * pack, the version's `url` on the official portal, `lines`).
 */
export const provisionSourceSchema = z
  .strictObject({
    /** File name under `content/sources/`, or the path inside the pack. */
    file: z.string().min(1),
    /** Which part of the file, in words. */
    part: z.string().min(1).optional(),
    /** First and last line (1-based, inclusive) of the passage in the file. */
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
    /** Further line ranges of the same passage, where the source prints it in pieces (a footnote far from its marker). */
    continued: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])).optional(),
    /** Name of the law pack (an instrument's `officialText.pack`); absent for committed sources. */
    pack: keySchema.optional(),
    /** For a pack text: the version's address on the official legal information portal (cite this, not the pack). */
    url: z.url().optional(),
  })
  .superRefine((source, ctx) => {
    if (source.pack && !source.url)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a text from a law pack needs the portal address of its version' });
    if (!source.pack && !/^[\w.-]+$/.test(source.file))
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'expected a file name under content/sources/' });
  });
export type ProvisionSource = z.output<typeof provisionSourceSchema>;
