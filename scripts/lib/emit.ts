/** Builds the content files importers write: provision Markdown and instrument YAML. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { listFiles } from '../../src/lib/content/read.ts';
import type { Instrument } from '../../src/schemas/instrument.ts';
import type { Provision, StructureLevelInput } from '../../src/schemas/provision.ts';
import { unitsToMarkdown } from './markdown.ts';
import { parseUnits } from './paragraphs.ts';
import type { ImportReport } from './report.ts';
import { markdownFile, toYaml, type OutputFile } from './write.ts';

/** A provision as an importer produces it: frontmatter plus its paragraphs as the source gives them. */
export type ProvisionDraft = Omit<Provision, 'type' | 'structure' | 'topics' | 'translatedTitles' | 'concerns' | 'excerpt' | 'variants'> &
  Partial<Pick<Provision, 'type' | 'topics' | 'translatedTitles' | 'concerns' | 'excerpt' | 'variants'>> & {
    structure?: StructureLevelInput[];
    paragraphs: string[];
  };

/** Topics per provision id, from the `provisions` lists of content/topics/*.yaml. */
export type TopicTags = Map<string, Set<string>>;

export function readTopicTags(root: string): TopicTags {
  const tags: TopicTags = new Map();
  for (const path of listFiles(join(root, 'content', 'topics'), ['.yaml'])) {
    const topic = parse(readFileSync(path, 'utf8')) as { provisions?: string[] };
    const key = basename(path, '.yaml');
    for (const ref of topic.provisions ?? []) {
      const id = ref.replace(/#.*$/, '');
      tags.set(id, (tags.get(id) ?? new Set()).add(key));
    }
  }
  return tags;
}

/** Drops keys whose value is undefined or an empty array, so files stay small and stable. */
function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

export function provisionOutput(draft: ProvisionDraft, tags: TopicTags = new Map()): OutputFile {
  const { paragraphs, ...data } = draft;
  data.topics = [...(tags.get(`${data.instrument}/${data.number}`) ?? [])].sort();
  const frontmatter = compact({
    instrument: data.instrument,
    number: data.number,
    type: data.type && data.type !== 'article' ? data.type : undefined,
    title: data.title,
    lang: data.lang,
    structure: data.structure,
    order: data.order,
    topics: data.topics,
    translatedTitles: data.translatedTitles,
    concerns: data.concerns,
    source: compact(data.source),
    excerpt: data.excerpt ? true : undefined,
    variants: data.variants,
  });
  return {
    path: `content/provisions/${data.instrument}/${data.lang}/${data.number}.md`,
    content: markdownFile(frontmatter, unitsToMarkdown(parseUnits(paragraphs))),
  };
}

/** The input form of an instrument (defaults may be left out). */
export type InstrumentDraft = Omit<Instrument, 'authenticLanguages' | 'concerns' | 'status'> &
  Partial<Pick<Instrument, 'authenticLanguages' | 'concerns' | 'status'>>;

export function instrumentOutput(key: string, instrument: InstrumentDraft): OutputFile {
  return { path: `content/instruments/${key}.yaml`, content: toYaml(compact(instrument as unknown as Record<string, unknown>)) };
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
