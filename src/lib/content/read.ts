/**
 * The one reader of the `content/` tree. Files are read as text once (`readContentFiles`), then
 * parsed (`parseContentTree`) with one YAML parser for YAML files and Markdown frontmatter alike.
 * Parsing is pure, so tests can change one file's text in memory instead of copying the tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One file of the tree as text, its path relative to the project root. */
export interface RawFile {
  file: string;
  text: string;
}

export interface ContentFile {
  /** Path relative to the project root, e.g. `content/provisions/budapest/en/2.md`; list items add `[index]`. */
  file: string;
  /** Parsed frontmatter or YAML data (unvalidated). */
  data: Record<string, unknown>;
  /** Markdown body ('' for YAML files). */
  body: string;
  /** Line of the file on which the body starts (1-based), so problems in the body name the file's line. */
  bodyLine?: number;
}

export interface ContentTree {
  sources: ContentFile[];
  instruments: ContentFile[];
  provisions: ContentFile[];
  /** Concordance rows written as Markdown, one file per row (`content/concordance/<table>/<row>.md`). */
  concordance: ContentFile[];
  /** Concordance tables whose rows are one YAML file (`content/concordance/<table>.yaml`). */
  concordanceRowFiles: ContentFile[];
  concordanceTables: ContentFile[];
  topics: ContentFile[];
  /** Entries of content/citations-unresolved.yaml. */
  unresolvedCitations: ContentFile[];
  /** What law packs record about the acts they hold (`.official-law/acts.yaml`, derived, never committed). */
  officialActs: ContentFile[];
  /** File names under content/sources/ (the documents themselves are not parsed). */
  sourceFiles: Set<string>;
}

/** Every file below `dir` whose name ends with one of `extensions`, sorted for determinism. */
export function listFiles(dir: string, extensions: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(path, extensions));
    else if (extensions.some((ext) => name.endsWith(ext))) files.push(path);
  }
  return files;
}

/**
 * The folder of official texts derived from law packs at import time (git-ignored, never committed):
 * its provisions join the content tree's.
 */
export const OFFICIAL_DIR = '.official-law';

/** Whether to read the official texts derived from law packs too (the site does; unit tests of the committed content do not). */
export interface ReadOptions {
  official?: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text; fails naming the file when its bytes are not UTF-8 (never replaced silently by U+FFFD). */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new Error(`${file}: not valid UTF-8; save it as UTF-8`);
  }
}

// Control characters other than tab and line breaks have no place in legal text or its data.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Fails naming file and line at the first control character in a text. */
function checkCharacters(file: string, text: string): void {
  const at = CONTROL.exec(text);
  if (!at) return;
  const line = text.slice(0, at.index).split('\n').length;
  throw new Error(`${file}: line ${line}: control character U+${at[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Reads the text of every Markdown and YAML file under `<root>/content` (and `<root>/.official-law`), and lists the source documents. */
export function readContentFiles(root: string, { official = true }: ReadOptions = {}): RawFile[] {
  const content = join(root, 'content');
  return listFiles(content, ['.md', '.yaml'])
    .filter((path) => !relative(content, path).startsWith('sources/') || path.endsWith('sources.yaml'))
    .concat(official ? listFiles(join(root, OFFICIAL_DIR), ['.md', '.yaml']) : [])
    .map((path) => ({ file: relative(root, path), text: decodeUtf8(relative(root, path), readFileSync(path)) }))
    .concat(listFiles(join(content, 'sources'), ['']).map((path) => ({ file: relative(root, path), text: '' })));
}

/** Parses YAML text, naming the file when it is malformed or repeats a key. */
export function parseYamlText(file: string, text: string): unknown {
  try {
    return parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    throw new Error(`${file}: malformed YAML: ${(error as Error).message}`, { cause: error });
  }
}

/** Splits a Markdown file into its frontmatter (parsed) and body. */
export function parseMarkdown(file: string, text: string): ContentFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file}: malformed frontmatter: the file must start with a --- block`);
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { uniqueKeys: true });
  } catch (error) {
    throw new Error(`${file}: malformed frontmatter: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: malformed frontmatter: expected a mapping`);
  return { file, data: data as Record<string, unknown>, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** A YAML file holding a list: one record per item, named `<file>[<index>]` in messages. */
function listItems(raw: RawFile | undefined): ContentFile[] {
  if (!raw) return [];
  const list = parseYamlText(raw.file, raw.text);
  if (!Array.isArray(list)) throw new Error(`${raw.file}: expected a YAML list`);
  return list.map((data, index) => ({ file: `${raw.file}[${index}]`, data: data as Record<string, unknown>, body: '' }));
}

const yamlEntry = (raw: RawFile): ContentFile => ({ file: raw.file, data: parseYamlText(raw.file, raw.text) as Record<string, unknown>, body: '' });

/** Sorts the files of the tree into collections and parses them. */
export function parseContentTree(files: RawFile[]): ContentTree {
  for (const f of files) checkCharacters(f.file, f.text);
  const under = (dir: string, ext: string) => files.filter((f) => f.file.startsWith(`content/${dir}`) && f.file.endsWith(ext));
  const named = (file: string) => files.find((f) => f.file === file);
  const tablesFile = 'content/concordance/tables.yaml';
  return {
    sources: listItems(named('content/sources/sources.yaml')),
    sourceFiles: new Set(files.filter((f) => /^content\/sources\/[^/]+$/.test(f.file) && f.file !== 'content/sources/sources.yaml').map((f) => f.file.slice('content/sources/'.length))),
    instruments: under('instruments/', '.yaml').map(yamlEntry),
    provisions: [...under('provisions/', '.md'), ...files.filter((f) => f.file.startsWith(`${OFFICIAL_DIR}/provisions/`))].map((f) =>
      parseMarkdown(f.file, f.text),
    ),
    concordance: under('concordance/', '.md').filter((f) => f.file.split('/').length === 4).map((f) => parseMarkdown(f.file, f.text)),
    concordanceRowFiles: under('concordance/', '.yaml')
      .filter((f) => f.file !== tablesFile && f.file.split('/').length === 3)
      .map(yamlEntry),
    concordanceTables: listItems(named(tablesFile)),
    topics: under('topics/', '.yaml').map(yamlEntry),
    unresolvedCitations: listItems(named('content/citations-unresolved.yaml')),
    officialActs: listItems(named(`${OFFICIAL_DIR}/acts.yaml`)),
  };
}

/** The name a YAML or Markdown entry gets from its file: `content/topics/illegal-access.yaml` → `illegal-access`. */
export function keyFromFile(file: string): string {
  return (file.split('/').pop() ?? '').replace(/\.(yaml|md)$/, '');
}
