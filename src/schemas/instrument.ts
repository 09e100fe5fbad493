import { z } from 'astro/zod';
import { isoDateSchema, keySchema, languageSchema, perLanguageSchema, sourceLocationSchema } from './common.ts';

/** Path segments the site uses itself; an instrument key may not take them. */
export const RESERVED_KEYS = [
  'api',
  'concordance',
  'search',
  'offences',
  'compare',
  'downloads',
  'course-pack',
  'about',
  'instruments',
  'sources',
  '_astro',
];

/** One language version of an instrument as held here. */
export const heldLanguageSchema = z.strictObject({
  /** Language of the text. */
  lang: languageSchema,
  /** True when this version is authentic or an official translation; false for unofficial translations. */
  official: z.boolean(),
  /** Who made or published this version (e.g. "UN translation", "Latvijas Vēstnesis"). */
  by: z.string().min(1).optional(),
});
export type HeldLanguage = z.output<typeof heldLanguageSchema>;

/** One dated event in an instrument's life for one state (signature, ratification, entry into force…). */
export const statusEventSchema = z.strictObject({
  /** The state concerned, in English. */
  state: z.string().min(1),
  /** What happened. */
  event: z.enum([
    'signature-authorised',
    'signature',
    'ratification',
    'accession',
    'approval',
    'entry-into-force',
    'reservation',
    'declaration',
    'notification',
  ]),
  /** When it happened. */
  date: isoDateSchema.optional(),
  /** Anything the source adds (e.g. "internal procedures are being carried out"). */
  note: z.string().min(1).optional(),
});
export type StatusEvent = z.output<typeof statusEventSchema>;

/** A legal instrument or act: a treaty, a domestic code or law, or a ratification/signature act. */
export const instrumentSchema = z.strictObject({
  /** `treaty` (international instrument), `domestic` (a state's own law) or `act` (a ratification or signature act). */
  kind: z.enum(['treaty', 'domestic', 'act']),
  /** What sort of text it is, in English (Convention, Protocol, Code, Law, Decree…). */
  form: z.string().min(1),
  /** ISO 3166 alpha-2 code of the state whose law it is; null for international instruments. */
  jurisdiction: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** Full title in each language held. */
  titles: perLanguageSchema,
  /** Footnotes the source attaches to the title: the marker as printed ("*") and the number of the note entry it points to. */
  titleNotes: z.array(z.strictObject({ marker: z.string().min(1), note: z.string().min(1) })).default([]),
  /** Short name readers use (e.g. "Budapest Convention"). */
  shortTitle: z.string().min(1),
  /** Citation form that precedes the article number (e.g. "Convention on Cybercrime (ETS No. 185)"). */
  citation: z.string().min(1),
  /** Date the text was adopted or signed. */
  adopted: isoDateSchema.optional(),
  /** Date it was opened for signature. */
  openedForSignature: isoDateSchema.optional(),
  /** Date it entered into force (generally). */
  entryIntoForce: isoDateSchema.optional(),
  /** Place of adoption or signature. */
  place: z.string().min(1).optional(),
  /** Depositary of a treaty. */
  depositary: z.string().min(1).optional(),
  /** Languages in which the text is authentic. */
  authenticLanguages: z.array(z.string().min(1)).default([]),
  /** Language versions held here, each flagged official or unofficial. */
  languages: z.array(heldLanguageSchema).min(1),
  /** Keys of the instruments this act ratifies, signs or otherwise concerns. */
  concerns: z.array(keySchema).default([]),
  /** Where the text was imported from. */
  source: z.array(sourceLocationSchema).min(1),
  /** The date the text is current to, as the source states it. */
  asOf: isoDateSchema,
  /** Status events the source records (signatures, ratifications, entry into force per state). */
  status: z.array(statusEventSchema).default([]),
  /** Position in lists of instruments. */
  order: z.number().int(),
  /** A short note shown on the instrument page (e.g. how the text is held). */
  note: z.string().min(1).optional(),
  /**
   * Where its official text comes from when it is read at build time from a law pack (never
   * committed): the pack, the act's name in it, and the act's page on the official portal (shown
   * when the pack is not loaded).
   */
  officialText: z.strictObject({ pack: keySchema, act: z.string().min(1), url: z.url() }).optional(),
  /**
   * Where readers find the original as its publisher keeps it (the treaty office, the treaty
   * collection, the official gazette or the legal information portal), when it has a stable address.
   */
  original: z.strictObject({ publisher: z.string().min(1), url: z.url() }).optional(),
  /** True when its articles head rows of the coverage matrix (the instruments readers check coverage against). */
  matrixRows: z.boolean().optional(),
  /** Words readers use for it in a search, normalised (abbreviations and short names in each language, e.g. "ets", "оон"). */
  searchNames: z.array(z.string().min(1)).default([]),
});
export type Instrument = z.output<typeof instrumentSchema>;
