/** Builds the content files importers write: provision Markdown and instrument YAML. */
import { parseOrThrow } from '../../src/lib/content/validate.ts';
import type { InstrumentMetadata } from '../../src/schemas/instrument-metadata.ts';
import { instrumentSchema, type Instrument } from '../../src/schemas/instrument.ts';
import type { Provision, StructureLevelInput } from '../../src/schemas/provision.ts';
import { unitsToMarkdown } from './markdown.ts';
import { parseUnits, readLabel } from './paragraphs.ts';
import { alignAnchors } from './align.ts';
import type { AnchorAlignment } from '../../src/schemas/anchor-alignment.ts';
import type { ImportReport } from './report.ts';
import { markdownFile, toYaml, type OutputFile } from './write.ts';

/** A provision as an importer produces it: frontmatter plus its paragraphs as the source gives them. */
export type ProvisionDraft = Omit<
  Provision,
  'type' | 'structure' | 'translatedTitles' | 'concerns' | 'excerpt' | 'variants' | 'status' | 'amendments'
> &
  Partial<Pick<Provision, 'type' | 'translatedTitles' | 'concerns' | 'excerpt' | 'variants'>> & {
    structure?: StructureLevelInput[];
    paragraphs: string[];
    /** Blocks that close the text and belong to no paragraph: signatures, approval stamps, session and date lines. */
    closing?: string[];
  };

/** Drops keys whose value is undefined or an empty array, so files stay small and stable. */
function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

/** A paragraph opening with what can only be a label: a number, a letter or a roman numeral, closed by ")" or "." or standing alone. */
function looksLabelled(text: string): boolean {
  const read = readLabel(text);
  return read !== null && (read.punctuated || /^(?:\d+(?:-\d+)?|[a-z]|[ivx]{1,4})$/.test(read.label));
}

/** The provision file; `alignments` aligns a language version's anchors where its source numbers paragraphs differently. */
export function provisionOutput(draft: ProvisionDraft, alignments: AnchorAlignment[] = []): OutputFile {
  const { paragraphs, closing = [], ...data } = draft;
  const alignment = alignments.find((a) => a.provision === `${data.instrument}/${data.number}` && a.lang === data.lang);
  const units = [...parseUnits(paragraphs), ...closing.map((text) => ({ anchor: null, depth: 0, text }))];
  const frontmatter = compact({
    instrument: data.instrument,
    number: data.number,
    type: data.type && data.type !== 'article' ? data.type : undefined,
    title: data.title,
    lang: data.lang,
    structure: data.structure,
    order: data.order,
    translatedTitles: data.translatedTitles,
    concerns: data.concerns,
    source: compact(data.source),
    excerpt: data.excerpt ? true : undefined,
    variants: data.variants,
    anchorNote: alignment?.note,
  });
  const aligned = alignment ? alignAnchors(units, alignment) : units;
  // A labelled paragraph that gets no anchor would be a sub-paragraph no citation can reach: never silently.
  const unreachable = aligned.find(
    (u, i) =>
      u.anchor === null &&
      looksLabelled(u.text) &&
      !alignment?.paragraphs.some((p) => p.anchor === null && units[i]!.text.startsWith(p.starts)) &&
      paragraphs.includes(u.text),
  );
  if (unreachable)
    throw new Error(
      `${data.source.file}${data.source.lines ? ` lines ${data.source.lines[0]}–${data.source.lines[1]}` : ''} (${data.instrument}/${data.number}, ${data.lang}): the paragraph "${unreachable.text.slice(0, 60)}" carries a label that continues no numbering; correct the source or align it in scripts/import/anchor-alignments.yaml`,
    );
  return {
    path: `content/provisions/${data.instrument}/${data.lang}/${data.number}.md`,
    content: markdownFile(frontmatter, unitsToMarkdown(aligned)),
  };
}

/** What an importer reads about an instrument from its source: where it stands, and any titles, notes or status events printed there. */
export type InstrumentFromSource = Pick<Instrument, 'source'> & Partial<Pick<Instrument, 'titles' | 'note' | 'status' | 'titleNotes'>>;

/** Status events in the source's order, with the editors' events inserted where their dates fall. */
function mergeStatus(fromSource: Instrument['status'], editorial: Instrument['status']): Instrument['status'] {
  const merged = [...fromSource];
  for (const event of editorial) {
    const after = merged.findLastIndex((e) => e.date !== undefined && event.date !== undefined && e.date <= event.date);
    merged.splice(after + 1, 0, event);
  }
  return merged;
}

/**
 * The instrument file: the editors' metadata (`scripts/import/instruments.yaml`) with what the
 * importer read from the source; fails naming the key when the result is not a valid instrument.
 */
export function instrumentOutput(key: string, metadata: InstrumentMetadata, fromSource: InstrumentFromSource): OutputFile {
  const editorial = metadata[key];
  if (!editorial) throw new Error(`scripts/import/instruments.yaml: no entry for instrument "${key}"`);
  const merged = {
    ...editorial,
    ...fromSource,
    titles: { ...editorial.titles, ...fromSource.titles },
    // YAML 1.2 reads dates as strings, the form the schema checks below.
    status: mergeStatus(fromSource.status ?? [], (editorial.status ?? []) as Instrument['status']),
  };
  parseOrThrow(instrumentSchema, `content/instruments/${key}.yaml (scripts/import/instruments.yaml + source)`, merged);
  const ordered = Object.fromEntries(
    Object.keys(instrumentSchema.shape)
      .filter((field) => field in merged)
      .map((field) => [field, merged[field as keyof typeof merged]]),
  );
  return { path: `content/instruments/${key}.yaml`, content: toYaml(compact(ordered)) };
}

/** Everything one importer produces. */
export interface ImportResult {
  /** Name of the source family, for the summary. */
  name: string;
  /** Source file under content/sources/. */
  source: string;
  files: OutputFile[];
  /** Folders (relative to the root) whose files this importer alone writes. */
  owned: string[];
  report: ImportReport;
}

/** Counts of provision files per `instrument/lang`, for the summary. */
export function countProvisions(files: OutputFile[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of files) {
    const m = /^content\/provisions\/([^/]+)\/([^/]+)\//.exec(f.path);
    if (m) counts[`${m[1]}/${m[2]}`] = (counts[`${m[1]}/${m[2]}`] ?? 0) + 1;
  }
  return counts;
}
