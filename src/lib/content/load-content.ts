/**
 * The content tree read, parsed and validated once per process, whoever asks first: the content
 * check, the Astro config (citation holdings), the content loader or a script. Kept on `globalThis`
 * because Astro evaluates the config and the content layer as separate module instances.
 */
import { parseContentTree, readContentFiles, type ReadOptions } from './read.ts';
import { formatProblems, validateContent, type ValidatedContent } from './validate.ts';

const KEY = Symbol.for('cybercrime-law-concordance:content');
type Cache = Map<string, ValidatedContent>;
const cache = ((globalThis as Record<symbol, Cache | undefined>)[KEY] ??= new Map());

/** The validated content of the project at `root`; throws naming the file when a file cannot be parsed. */
export function loadContent(root: string, options: ReadOptions = {}): ValidatedContent {
  const key = `${root}\u0000${options.official ?? true}`;
  let loaded = cache.get(key);
  if (!loaded) cache.set(key, (loaded = validateContent(parseContentTree(readContentFiles(root, options)))));
  return loaded;
}

/** The validated content, or an error listing every problem as `file: field: message`. */
export function loadValidContent(root: string, options: ReadOptions = {}): ValidatedContent['input'] {
  const { problems, input } = loadContent(root, options);
  if (problems.length > 0) throw new Error(`Content check failed (${problems.length} problem(s)):\n${formatProblems(problems)}`);
  return input;
}

/** Forgets what was read (the development server calls it when a content file changes). */
export function forgetContent(root: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${root}\u0000`)) cache.delete(key);
}
