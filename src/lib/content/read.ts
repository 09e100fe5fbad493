/**
 * Reads the `content/` tree from disk as plain records, for checks and scripts that run outside
 * Astro's content layer (the same files Astro loads through `src/content.config.ts`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';

export interface ContentFile {
  /** Path relative to the project root, e.g. `content/provisions/budapest/en/2.md`. */
  file: string;
  /** Parsed frontmatter or YAML data (unvalidated). */
  data: Record<string, unknown>;
  /** Markdown body ('' for YAML files). */
  body: string;
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

/** Parses one Markdown file's frontmatter, naming the file when the YAML is malformed. */
export function readMarkdown(root: string, path: string): ContentFile {
  const file = relative(root, path);
  try {
    const { data, content } = matter(readFileSync(path, 'utf8'));
    return { file, data: data as Record<string, unknown>, body: content };
  } catch (error) {
    throw new Error(`${file}: malformed frontmatter: ${(error as Error).message}`, { cause: error });
  }
}

/** Parses one YAML file, naming the file when it is malformed. */
export function readYaml(root: string, path: string): unknown {
  const file = relative(root, path);
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: malformed YAML: ${(error as Error).message}`, { cause: error });
  }
}

export interface ContentTree {
  sources: ContentFile[];
  instruments: ContentFile[];
  provisions: ContentFile[];
  concordance: ContentFile[];
  concordanceTables: ContentFile[];
  topics: ContentFile[];
  /** Entries of content/citations-unresolved.yaml. */
  unresolvedCitations: ContentFile[];
}

/** Reads every collection's files under `<root>/content`. */
export function readContentTree(root: string): ContentTree {
  const content = join(root, 'content');
  const yamlEntries = (dir: string) =>
    listFiles(join(content, dir), ['.yaml']).map((path) => ({ file: relative(root, path), data: readYaml(root, path) as Record<string, unknown>, body: '' }));
  /** A YAML file holding a list: one record per item, named `<file>[<index>]` in messages. */
  const yamlList = (...path: string[]) => {
    const file = join(content, ...path);
    const list = existsSync(file) ? readYaml(root, file) : [];
    return (Array.isArray(list) ? list : []).map((data, index) => ({ file: `${relative(root, file)}[${index}]`, data: data as Record<string, unknown>, body: '' }));
  };
  const sources = yamlList('sources', 'sources.yaml');
  const concordanceTables = yamlList('concordance', 'tables.yaml');
  const unresolvedCitations = yamlList('citations-unresolved.yaml');
  return {
    sources,
    concordanceTables,
    unresolvedCitations,
    instruments: yamlEntries('instruments'),
    provisions: listFiles(join(content, 'provisions'), ['.md']).map((path) => readMarkdown(root, path)),
    concordance: listFiles(join(content, 'concordance'), ['.md']).map((path) => readMarkdown(root, path)),
    topics: yamlEntries('topics'),
  };
}
