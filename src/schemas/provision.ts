import { z } from 'astro/zod';
import { isoDateSchema, keySchema, languageSchema, provisionSourceSchema } from './common.ts';

/** A title in another language than the text, e.g. an unofficial English title of a UN article. */
export const translatedTitleSchema = z.strictObject({
  /** Language of the title. */
  lang: languageSchema,
  /** The title. */
  text: z.string().min(1),
  /** Always false today: such titles are editorial translations. */
  official: z.boolean(),
});

/** One level of an instrument's structure above the article (chapter, section, title…). */
export const structureLevelSchema = z.strictObject({
  /** Name of the level as the instrument uses it. */
  level: z.enum(['part', 'chapter', 'section', 'title', 'annex']),
  /** Its number as printed (e.g. "II", "1"); for an annex, the word that heads it ("Приложение"). */
  number: z.string().min(1),
  /** Its heading in this language version. */
  title: z.string().min(1).optional(),
  /** Its heading in other languages, where the source has none (unofficial, editorial). */
  translatedTitles: z.array(translatedTitleSchema).default([]),
});
export type StructureLevel = z.output<typeof structureLevelSchema>;
export type StructureLevelInput = z.input<typeof structureLevelSchema>;

/** One language version of one article (or preamble, final clauses, note…) of an instrument. */
export const provisionSchema = z.strictObject({
  /** Key of the instrument it belongs to. */
  instrument: keySchema,
  /** Article number as a string ("2", "205", "preamble", "final"). */
  number: z.string().regex(/^[0-9a-z]+(?:-[0-9a-z]+)*$/, 'expected an article number such as 2, 12-1 or preamble'),
  /** What the entry is: an article, a preamble, final clauses and signatures, an interpretative or translator's note, a resolution, an annex, or the operative text of an act without articles. */
  type: z.enum(['article', 'preamble', 'final', 'note', 'resolution', 'annex', 'act-text']).default('article'),
  /** Heading of the article in this language, as the source gives it. */
  title: z.string().min(1).optional(),
  /** Language of this version. */
  lang: languageSchema,
  /** Place in the instrument's structure, outermost first. */
  structure: z.array(structureLevelSchema).default([]),
  /** Position within the instrument (same in every language). */
  order: z.number(),
  /** Titles in other languages that are not part of the source (unofficial, editorial). */
  translatedTitles: z.array(translatedTitleSchema).default([]),
  /** Provisions this entry interprets or concerns (for notes and ratification-act articles), as `<instrument>/<number>[#anchor]`. */
  concerns: z.array(z.string().min(1)).default([]),
  /** Where the text was taken from: a document under `content/sources/`, or an official law pack. */
  source: provisionSourceSchema,
  /** For texts held in several dated versions: the date this version entered into force, and whether it is the latest held. */
  version: z.strictObject({ date: isoDateSchema, current: z.boolean() }).optional(),
  /** Whether the provision is in force in this version, repealed ("исключена"), or not yet in force. */
  status: z.enum(['in-force', 'repealed', 'not-yet-in-force']).default('in-force'),
  /** The portal's amendment notes (Сноска / Ескерту) on this version: annotations, not law, with the amending laws they name. */
  amendments: z
    .array(
      z.strictObject({
        /** The note as the source prints it. */
        text: z.string().min(1),
        /** The amending laws it names, each with its number and date. */
        laws: z.array(z.strictObject({ number: z.string().min(1), date: isoDateSchema })),
      }),
    )
    .default([]),
  /** True when the source quotes only part of the article. */
  excerpt: z.boolean().default(false),
  /** Other quotations of the same article in the source that differ from the text held (the fullest is held). */
  variants: z
    .array(
      z.strictObject({
        /** Where the other quotation stands (e.g. "quoted under Budapest Article 17"). */
        part: z.string().min(1),
        /** Its lines in the source. */
        lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
        /** Its heading, where it differs. */
        title: z.string().min(1).optional(),
        /** Its text, paragraphs separated by blank lines. */
        text: z.string(),
      }),
    )
    .default([]),
  /** Where this version's paragraph anchors are aligned with the other languages' rather than read from its labels: what the reader is told (from `scripts/import/anchor-alignments.yaml`). */
  anchorNote: z.string().min(1).optional(),
});
export type Provision = z.output<typeof provisionSchema>;
