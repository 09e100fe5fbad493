/**
 * Writes importer output deterministically: everything is computed first, then written; files
 * whose content is unchanged are not touched; files an importer owns but no longer produces are
 * deleted. A second run on the same sources changes nothing.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { listFiles } from '../../src/lib/content/read.ts';

export interface OutputFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

export interface WriteResult {
  written: string[];
  unchanged: number;
  deleted: string[];
}

/** YAML with a stable layout: no line folding, keys in insertion order, short lists of scalars on one line (`lines: [140, 142]`). */
export function toYaml(data: unknown): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item) && String(item.value).length <= 40)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', flowCollectionPadding: false });
}

/** A Markdown file with YAML frontmatter. */
export function markdownFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(frontmatter)}---\n${body}`;
}

/**
 * Writes `files` under `root`; deletes files below the `owned` folders that are not among them.
 * Throws before writing anything if two outputs share a path.
 */
export function writeOutputs(root: string, owned: string[], files: OutputFile[], extensions = ['.md', '.yaml']): WriteResult {
  const paths = new Set<string>();
  for (const file of files) {
    if (paths.has(file.path)) throw new Error(`two outputs would be written to ${file.path}`);
    paths.add(file.path);
  }
  const result: WriteResult = { written: [], unchanged: 0, deleted: [] };
  for (const file of files) {
    const path = join(root, file.path);
    let current: string | null;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = null;
    }
    if (current === file.content) {
      result.unchanged++;
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    result.written.push(file.path);
  }
  for (const dir of owned) {
    for (const path of listFiles(join(root, dir), extensions)) {
      const relative = path.slice(root.length + 1);
      if (!paths.has(relative)) {
        rmSync(path);
        result.deleted.push(relative);
      }
    }
  }
  return result;
}
